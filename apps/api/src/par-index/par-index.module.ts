import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { ParCriteriaResolver } from './par-criteria.resolver';
import { ParCriteriaService } from './par-criteria.service';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksResolver } from './par-frameworks.resolver';
import { ParFrameworkBuilder } from './par-framework.builder';
import { ParFrameworksService } from './par-frameworks.service';
import { ParFrameworkXlsxService } from './par-framework-xlsx.service';
import { ParIndexLoaders } from './par-index.loaders';

/** The PAR Index (Chỉ số CCHC): criteria frameworks now; assessment cycles, appraisal and ranking next. */
@Module({
  imports: [TypeOrmModule.forFeature([ParFramework, ParCriterion]), AgenciesModule, AuditModule],
  providers: [
    ParFrameworksService,
    ParFrameworkBuilder,
    ParFrameworkXlsxService,
    ParCriteriaService,
    ParIndexLoaders,
    ParFrameworksResolver,
    ParCriteriaResolver,
  ],
  exports: [ParFrameworksService, ParFrameworkBuilder, ParCriteriaService],
})
export class ParIndexModule {}
