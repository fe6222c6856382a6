import { assertNever } from '../auth/roles';
import { ReportAction, ReportStatus } from './report.enums';

/**
 * The one transition table of agency reports: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with comments) →
 * SUBMITTED again; an accepted report can be reopened by the coordinator (back to RETURNED). Null when the
 * action is not allowed from that status.
 */
export function nextReportStatus(status: ReportStatus, action: ReportAction): ReportStatus | null {
  switch (action) {
    case ReportAction.SUBMIT:
      return status === ReportStatus.DRAFT || status === ReportStatus.RETURNED
        ? ReportStatus.SUBMITTED
        : null;
    case ReportAction.ACCEPT:
      return status === ReportStatus.SUBMITTED ? ReportStatus.ACCEPTED : null;
    case ReportAction.RETURN:
      return status === ReportStatus.SUBMITTED ? ReportStatus.RETURNED : null;
    case ReportAction.REOPEN:
      return status === ReportStatus.ACCEPTED ? ReportStatus.RETURNED : null;
    default:
      return assertNever(action);
  }
}

/** Staff may edit the narrative only while the report is with the agency. */
export function isReportEditable(status: ReportStatus): boolean {
  return status === ReportStatus.DRAFT || status === ReportStatus.RETURNED;
}

/** Late when handed in after the internal due date (both 'YYYY-MM-DD', the day in Vietnam). */
export function isLateSubmission(submittedOn: string, dueDate: string): boolean {
  return submittedOn > dueDate;
}
