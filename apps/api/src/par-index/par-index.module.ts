import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { PlansModule } from '../plans/plans.module';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsResolver } from './par-assessments.resolver';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCriteriaResolver } from './par-criteria.resolver';
import { ParCycle } from './par-cycle.entity';
import { ParCyclesResolver } from './par-cycles.resolver';
import { ParCyclesService } from './par-cycles.service';
import { ParScore } from './par-score.entity';
import { ParEvidence } from './par-evidence.entity';
import { ParResponsibility } from './par-responsibility.entity';
import { ParCriteriaService } from './par-criteria.service';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksResolver } from './par-frameworks.resolver';
import { ParFrameworkBuilder } from './par-framework.builder';
import { ParFrameworksService } from './par-frameworks.service';
import { ParFrameworkXlsxService } from './par-framework-xlsx.service';
import { ParIndexLoaders } from './par-index.loaders';
import { ParAppraisalResolver } from './par-appraisal.resolver';
import { ParAppraisalService } from './par-appraisal.service';
import { ParCycleAdminResolver } from './par-cycle-admin.resolver';
import { ParCycleAdminService } from './par-cycle-admin.service';
import { ParDeadlinesService } from './par-deadlines.service';
import { ParNationalResolver } from './par-national.resolver';
import { ParResponsibilityResolver } from './par-responsibility.resolver';
import { ParNationalService } from './par-national.service';
import { ParProvisionalResolver } from './par-provisional.resolver';
import { ParProvisionalService } from './par-provisional.service';
import { ParEvidenceController } from './par-evidence.controller';
import { ParEvidenceFieldsResolver } from './par-evidence-fields.resolver';
import { ParEvidenceResolver } from './par-evidence.resolver';
import { ParEvidenceService } from './par-evidence.service';
import { ParRankingResolver } from './par-ranking.resolver';
import { ParRankingService } from './par-ranking.service';
import { ParSurveyImportResolver } from './par-survey-import.resolver';
import { ParSurveyImportService } from './par-survey-import.service';
import { ParOutputsResolver } from './par-outputs.resolver';
import { ParOutputsService } from './par-outputs.service';

/** The PAR Index (Chỉ số CCHC): criteria frameworks, cycles, self-assessment with evidence, appraisal, ranking. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ParFramework,
      ParCriterion,
      ParCycle,
      ParAssessment,
      ParScore,
      ParEvidence,
      ParResponsibility,
    ]),
    AgenciesModule,
    AuditModule,
    PlansModule,
  ],
  controllers: [ParEvidenceController],
  providers: [
    ParEvidenceService,
    ParEvidenceResolver,
    ParEvidenceFieldsResolver,
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
    ParAppraisalService,
    ParAppraisalResolver,
    ParCycleAdminService,
    ParCycleAdminResolver,
    ParDeadlinesService,
    ParRankingService,
    ParRankingResolver,
    ParSurveyImportService,
    ParSurveyImportResolver,
    ParOutputsService,
    ParOutputsResolver,
    ParProvisionalService,
    ParProvisionalResolver,
    ParNationalService,
    ParNationalResolver,
    ParResponsibilityResolver,
  ],
  exports: [
    ParFrameworksService,
    ParFrameworkBuilder,
    ParCriteriaService,
    ParCyclesService,
    ParDeadlinesService,
  ],
})
export class ParIndexModule {}
