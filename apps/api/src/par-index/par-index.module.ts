import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsResolver } from './par-assessments.resolver';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCriteriaResolver } from './par-criteria.resolver';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesResolver } from './par-cycles.resolver';
import { ParCyclesService } from './par-cycles.service';
import { ParScore } from './par-score.entity';
import { ParCriteriaService } from './par-criteria.service';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksResolver } from './par-frameworks.resolver';
import { ParFrameworkBuilder } from './par-framework.builder';
import { ParFrameworksService } from './par-frameworks.service';
import { ParFrameworkXlsxService } from './par-framework-xlsx.service';
import { ParIndexLoaders } from './par-index.loaders';

/** The PAR Index (Chỉ số CCHC): criteria frameworks, cycles and self-assessment; appraisal and ranking next. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ParFramework, ParCriterion, ParCycle, ParAssessment, ParScore]),
    AgenciesModule,
    AuditModule,
  ],
  providers: [
    ParFrameworksService,
    ParFrameworkBuilder,
    ParFrameworkXlsxService,
    ParCriteriaService,
    ParCyclesService,
    ParAssessmentsService,
    ParCyclesResolver,
    ParAssessmentsResolver,
    ParIndexLoaders,
    ParFrameworksResolver,
    ParCriteriaResolver,
  ],
  exports: [ParFrameworksService, ParFrameworkBuilder, ParCriteriaService],
})
export class ParIndexModule {}
