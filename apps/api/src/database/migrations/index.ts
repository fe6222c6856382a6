import { Initial1795846729433 } from './1795846729433-initial';
import { Plans1795848926867 } from './1795848926867-plans';
import { Indicators1795856680120 } from './1795856680120-indicators';
import { Reports1795857748239 } from './1795857748239-reports';
import { Notifications1795858403239 } from './1795858403239-notifications';
import { ReportAttachments1795859722938 } from './1795859722938-report-attachments';
import { TokenVersion1795860000000 } from './1795860000000-token-version';
import { AgencyGroupProvince1795860100000 } from './1795860100000-agency-group-province';
import { FinalisedAt1795860200000 } from './1795860200000-finalised-at';
import { ParFrameworks1796649442038 } from './1796649442038-par-frameworks';
import { ParCycles1796653358607 } from './1796653358607-par-cycles';
import { ParAppraisal1796659726171 } from './1796659726171-par-appraisal';
import { ParYearRange1796660385434 } from './1796660385434-par-year-range';
import { ParDataRules1796660896366 } from './1796660896366-par-data-rules';
import { ParResponsibilities1796661667940 } from './1796661667940-par-responsibilities';
import { ParCycleSurveyHeld1796670902348 } from './1796670902348-par-cycle-survey-held';
import { Surveys1796672910798 } from './1796672910798-surveys';
import { Inspections1796675438805 } from './1796675438805-inspections';
import { ParAreaTotals1796681974808 } from './1796681974808-par-area-totals';
import { SurveyOnlineForm1796682022245 } from './1796682022245-survey-online-form';
import { InspectionChecklists1796682508819 } from './1796682508819-inspection-checklists';
import { AgencyVersions1796692776762 } from './1796692776762-agency-versions';
import { AgencyReorganisations1796694210786 } from './1796694210786-agency-reorganisations';

// Migrations in the order they run. `npm run db:migration:generate -- <Name>` writes a new file; add it here.
export const MIGRATIONS: (new () => unknown)[] = [
  Initial1795846729433,
  Plans1795848926867,
  Indicators1795856680120,
  Reports1795857748239,
  Notifications1795858403239,
  ReportAttachments1795859722938,
  TokenVersion1795860000000,
  AgencyGroupProvince1795860100000,
  FinalisedAt1795860200000,
  ParFrameworks1796649442038,
  ParCycles1796653358607,
  ParAppraisal1796659726171,
  ParYearRange1796660385434,
  ParDataRules1796660896366,
  ParResponsibilities1796661667940,
  ParCycleSurveyHeld1796670902348,
  Surveys1796672910798,
  Inspections1796675438805,
  ParAreaTotals1796681974808,
  SurveyOnlineForm1796682022245,
  InspectionChecklists1796682508819,
  AgencyVersions1796692776762,
  AgencyReorganisations1796694210786,
];
