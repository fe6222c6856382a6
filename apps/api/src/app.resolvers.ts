import type { ResolverClasses } from './common/graphql/schema-printer';
import { AgenciesResolver } from './agencies/agencies.resolver';
import { AgencyGroupsResolver } from './agencies/agency-groups.resolver';
import { AgencyImportResolver } from './agencies/import/agency-import.resolver';
import { ReorganisationResolver } from './agencies/reorganisation/reorganisation.resolver';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { IndicatorValueResolver } from './indicators/indicator-value.resolver';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { MeasurementsResolver } from './indicators/measurements.resolver';
import { NotificationAdminResolver } from './notifications/notification-admin.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { ParAppraisalResolver } from './par-index/par-appraisal.resolver';
import { ParAssessmentsResolver } from './par-index/par-assessments.resolver';
import { ParCycleAdminResolver } from './par-index/par-cycle-admin.resolver';
import { ParNationalResolver } from './par-index/par-national.resolver';
import { ParNationalImportResolver } from './par-index/par-national-import.resolver';
import { ParNationalReportResolver } from './par-index/par-national-report.resolver';
import { ParResponsibilityResolver } from './par-index/par-responsibility.resolver';
import { ParProvisionalResolver } from './par-index/par-provisional.resolver';
import { ParCriteriaResolver } from './par-index/par-criteria.resolver';
import { ParCyclesResolver } from './par-index/par-cycles.resolver';
import { ParEvidenceFieldsResolver } from './par-index/par-evidence-fields.resolver';
import { ParEvidenceResolver } from './par-index/par-evidence.resolver';
import { ParFrameworksResolver } from './par-index/par-frameworks.resolver';
import { ParRankingResolver } from './par-index/par-ranking.resolver';
import { ParSurveyFeedResolver } from './par-index/par-survey-feed.resolver';
import { ParSurveyImportResolver } from './par-index/par-survey-import.resolver';
import { SurveyAgencyResultResolver } from './surveys/survey-agency-result.resolver';
import { SurveyImportResolver } from './surveys/survey-import.resolver';
import { SurveyMeasurementsResolver } from './surveys/survey-measurements.resolver';
import { SurveyResultsResolver } from './surveys/survey-results.resolver';
import { SurveyTrendsResolver } from './surveys/survey-trends.resolver';
import { SurveysResolver } from './surveys/surveys.resolver';
import { InspectionChecklistFieldsResolver } from './inspections/checklist/inspection-checklist-fields.resolver';
import { InspectionChecklistResolver } from './inspections/checklist/inspection-checklist.resolver';
import { InspectionFindingFieldsResolver } from './inspections/inspection-finding-fields.resolver';
import { InspectionFindingsResolver } from './inspections/inspection-findings.resolver';
import { InspectionPlansResolver } from './inspections/inspection-plans.resolver';
import { InspectionsResolver } from './inspections/inspections.resolver';
import { InspectionTeamResolver } from './inspections/team/inspection-team.resolver';
import { ParOutputsResolver } from './par-index/par-outputs.resolver';
import { PlanItemAgencyResolver } from './plans/plan-item-agency.resolver';
import { TaskUpdateResolver } from './plans/task-update.resolver';
import { PlanImportResolver } from './plans/import/plan-import.resolver';
import { PlanItemsResolver } from './plans/plan-items.resolver';
import { PlansResolver } from './plans/plans.resolver';
import { TasksResolver } from './plans/tasks.resolver';
import { AgencyReportsResolver } from './reports/agency-reports.resolver';
import { ConsolidatedReportsResolver } from './reports/consolidated-reports.resolver';
import { ReportingRoundsResolver } from './reports/reporting-rounds.resolver';
import { UsersResolver } from './users/users.resolver';

/**
 * Every resolver class, for printing the schema without starting the app (`npm run schema:generate`). It is
 * owned here, next to app.module.ts, because only the app knows its domains; the conventions test compares the
 * running app's schema with the one built from this list, so a resolver missing here fails the build.
 */
export const RESOLVERS: ResolverClasses = [
  AgenciesResolver,
  AgencyGroupsResolver,
  AgencyImportResolver,
  ReorganisationResolver,
  ApiKeysResolver,
  AuditResolver,
  AuthResolver,
  UsersResolver,
  PlansResolver,
  PlanItemsResolver,
  TasksResolver,
  PlanItemAgencyResolver,
  TaskUpdateResolver,
  PlanImportResolver,
  IndicatorsResolver,
  IndicatorValueResolver,
  MeasurementsResolver,
  ReportingRoundsResolver,
  AgencyReportsResolver,
  ConsolidatedReportsResolver,
  NotificationsResolver,
  NotificationAdminResolver,
  ParFrameworksResolver,
  ParCriteriaResolver,
  ParCyclesResolver,
  ParAssessmentsResolver,
  ParEvidenceResolver,
  ParEvidenceFieldsResolver,
  ParAppraisalResolver,
  ParCycleAdminResolver,
  ParProvisionalResolver,
  ParNationalResolver,
  ParNationalReportResolver,
  ParNationalImportResolver,
  ParResponsibilityResolver,
  ParRankingResolver,
  ParSurveyImportResolver,
  ParSurveyFeedResolver,
  ParOutputsResolver,
  SurveysResolver,
  SurveyResultsResolver,
  SurveyTrendsResolver,
  SurveyAgencyResultResolver,
  SurveyImportResolver,
  InspectionPlansResolver,
  InspectionsResolver,
  InspectionFindingsResolver,
  InspectionFindingFieldsResolver,
  InspectionTeamResolver,
  InspectionChecklistResolver,
  InspectionChecklistFieldsResolver,
  SurveyMeasurementsResolver,
];
