import { AgencyGroup } from '../agencies/agency-group.entity';
import { Agency } from '../agencies/agency.entity';
import { AgencyVersion } from '../agencies/agency-version.entity';
import { AgencyReorganisation } from '../agencies/reorganisation/reorganisation.entity';
import { ApiKey } from '../api-keys/api-key.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { IndicatorPlanItem } from '../indicators/indicator-plan-item.entity';
import { IndicatorTarget } from '../indicators/indicator-target.entity';
import { Indicator } from '../indicators/indicator.entity';
import { MeasurementRevision } from '../indicators/measurement-revision.entity';
import { EmailMessage } from '../notifications/email-message.entity';
import { NotificationMute } from '../notifications/notification-mute.entity';
import { Notification } from '../notifications/notification.entity';
import { Measurement } from '../indicators/measurement.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ThrottleCounter } from '../auth/throttle-counter.entity';
import { ParAssessment } from '../par-index/par-assessment.entity';
import { ParCriterion } from '../par-index/par-criterion.entity';
import { ParCycle } from '../par-index/par-cycle.entity';
import { ParAreaTotal } from '../par-index/par-area-total.entity';
import { ParScore } from '../par-index/par-score.entity';
import { ParEvidence } from '../par-index/par-evidence.entity';
import { ParResponsibility } from '../par-index/par-responsibility.entity';
import { ParFramework } from '../par-index/par-framework.entity';
import { SurveyQuestion } from '../surveys/survey-question.entity';
import { SurveyRespondents } from '../surveys/survey-respondents.entity';
import { InspectionChecklistItem } from '../inspections/checklist/inspection-checklist-item.entity';
import { InspectionFinding } from '../inspections/inspection-finding.entity';
import { InspectionPlan } from '../inspections/inspection-plan.entity';
import { Inspection } from '../inspections/inspection.entity';
import { SurveyResult } from '../surveys/survey-result.entity';
import { SurveyFormSubmission } from '../surveys/public-form/survey-form-submission.entity';
import { Survey } from '../surveys/survey.entity';
import { PlanItemAgency } from '../plans/plan-item-agency.entity';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import { ReformArea } from '../plans/reform-area.entity';
import { TaskUpdate } from '../plans/task-update.entity';
import { AgencyReport } from '../reports/agency-report.entity';
import { ConsolidatedReport } from '../reports/consolidated-report.entity';
import { ReportAttachment } from '../reports/report-attachment.entity';
import { ReportEvent } from '../reports/report-event.entity';
import { ReportingRound } from '../reports/reporting-round.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  Agency,
  AgencyGroup,
  AgencyVersion,
  AgencyReorganisation,
  User,
  RefreshToken,
  LoginAttempt,
  ThrottleCounter,
  ApiKey,
  AuditEntry,
  ReformArea,
  Plan,
  PlanItem,
  PlanItemAgency,
  TaskUpdate,
  Indicator,
  IndicatorTarget,
  IndicatorPlanItem,
  Measurement,
  MeasurementRevision,
  ReportingRound,
  AgencyReport,
  ReportEvent,
  ConsolidatedReport,
  ReportAttachment,
  Notification,
  NotificationMute,
  EmailMessage,
  ParFramework,
  ParCriterion,
  ParCycle,
  ParAssessment,
  ParScore,
  ParAreaTotal,
  ParEvidence,
  ParResponsibility,
  Survey,
  SurveyQuestion,
  SurveyResult,
  SurveyRespondents,
  SurveyFormSubmission,
  InspectionPlan,
  Inspection,
  InspectionFinding,
  InspectionChecklistItem,
];
