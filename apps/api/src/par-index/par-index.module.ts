import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorsModule } from '../indicators/indicators.module';
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
import { ParNationalImportResolver } from './par-national-import.resolver';
import { ParNationalImportService } from './par-national-import.service';
import { ParNationalReportResolver } from './par-national-report.resolver';
import { ParNationalReportService } from './par-national-report.service';
import { ParProvisionalResolver } from './par-provisional.resolver';
import { ParProvisionalService } from './par-provisional.service';
import { ParIndicatorFiguresReader } from './par-indicator-figures';
import { ParEvidenceController } from './par-evidence.controller';
import { ParEvidenceFieldsResolver } from './par-evidence-fields.resolver';
import { ParEvidenceResolver } from './par-evidence.resolver';
import { ParEvidenceService } from './par-evidence.service';
import { ParRankingResolver } from './par-ranking.resolver';
import { ParRankingService } from './par-ranking.service';
import { ParSurveyFeedResolver } from './par-survey-feed.resolver';
import { ParSurveyFeedService } from './par-survey-feed.service';
import { ParSurveyImportResolver } from './par-survey-import.resolver';
import { ParSurveyImportService } from './par-survey-import.service';
import { ParSurveyPointsWriter } from './par-survey-points.writer';
import { ParOutputsResolver } from './par-outputs.resolver';
import { ParOutputsService } from './par-outputs.service';
import { SurveysModule } from '../surveys/surveys.module';

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
    IndicatorsModule,
    SurveysModule,
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
    ParSurveyPointsWriter,
    ParSurveyImportResolver,
    ParSurveyFeedService,
    ParSurveyFeedResolver,
    ParOutputsService,
    ParOutputsResolver,
    ParProvisionalService,
    ParIndicatorFiguresReader,
    ParProvisionalResolver,
    ParNationalService,
    ParNationalResolver,
    ParResponsibilityResolver,
    ParNationalReportService,
    ParNationalReportResolver,
    ParNationalImportService,
    ParNationalImportResolver,
  ],
  exports: [
    ParFrameworksService,
    ParFrameworkBuilder,
    ParCriteriaService,
    ParCyclesService,
    ParDeadlinesService,
    ParRankingService,
  ],
})
export class ParIndexModule {}
