import type { Dayjs } from 'dayjs';
import { ParAssessmentStatus, ParDeadlinePhase } from '@partrack/shared';

/** What the API fills in for an omitted appraisal or publication date: 30 days after the one before. */
export const DEFAULT_DEADLINE_GAP_DAYS = 30;
export const EXPLANATION_DAYS_MIN = 1;
export const EXPLANATION_DAYS_MAX = 60;
export const EXPLANATION_DAYS_DEFAULT = 5;
/** The API's limit on a reason for extending or reopening, which goes to the audit log. */
export const PAR_REASON_MAX = 1000;

/** The appraisal date the cycle will get: the one chosen, else the API's default after the self-assessment. */
export function effectiveAppraisalDue(selfDue: Dayjs | null, appraisalDue: Dayjs | null): Dayjs | null {
  if (appraisalDue) return appraisalDue;
  return selfDue ? selfDue.add(DEFAULT_DEADLINE_GAP_DAYS, 'day') : null;
}

/**
 * The deadlines follow each other (self-assessment ≤ appraisal ≤ publication), as the API checks; an empty
 * appraisal date counts as its default so a publication date before it is refused here rather than there.
 */
export function deadlineOrderProblem(
  selfDue: Dayjs | null,
  appraisalDue: Dayjs | null,
  publicationDue: Dayjs | null,
): 'appraisalBeforeSelf' | 'publicationBeforeAppraisal' | null {
  if (selfDue && appraisalDue && appraisalDue.isBefore(selfDue, 'day')) return 'appraisalBeforeSelf';
  const appraisal = effectiveAppraisalDue(selfDue, appraisalDue);
  if (appraisal && publicationDue && publicationDue.isBefore(appraisal, 'day'))
    return 'publicationBeforeAppraisal';
  return null;
}

/** The row fields the coordinator's actions look at. */
export interface ParAssessmentDeadlines {
  status: ParAssessmentStatus;
  closedByDeadline: ParDeadlinePhase | null;
  selfAssessmentDeadline: string;
  explanationDue: string | null;
}

/**
 * The phases the API may extend: the one in progress (self-scoring in DRAFT, explaining in APPRAISED), or the
 * one its deadline has just closed (the API still refuses when a later step was taken since).
 */
export function extendablePhases(row: ParAssessmentDeadlines): ParDeadlinePhase[] {
  const phases: ParDeadlinePhase[] = [];
  if (
    row.status === ParAssessmentStatus.DRAFT ||
    (row.status === ParAssessmentStatus.SUBMITTED &&
      row.closedByDeadline === ParDeadlinePhase.SELF_ASSESSMENT)
  )
    phases.push(ParDeadlinePhase.SELF_ASSESSMENT);
  if (
    row.status === ParAssessmentStatus.APPRAISED ||
    (row.status === ParAssessmentStatus.REAPPRAISAL && row.closedByDeadline === ParDeadlinePhase.EXPLANATION)
  )
    phases.push(ParDeadlinePhase.EXPLANATION);
  return phases;
}

/** The deadline an extension must go beyond: the agency's own self-assessment date, or its explanation date. */
export function currentDeadline(row: ParAssessmentDeadlines, phase: ParDeadlinePhase): string | null {
  return phase === ParDeadlinePhase.SELF_ASSESSMENT ? row.selfAssessmentDeadline : row.explanationDue;
}

/** A sent assessment goes one step back; a DRAFT has nothing to reopen. */
export function canReopen(status: ParAssessmentStatus): boolean {
  return status !== ParAssessmentStatus.DRAFT;
}
