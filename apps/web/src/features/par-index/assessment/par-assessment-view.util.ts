import { ParAssessmentStatus, ParCycleStatus } from '@partrack/shared';

/** Which screen an assessment shows the caller: the step they may act on, else the read-only scorecard. */
export type ParAssessmentView = 'self' | 'appraisal' | 'explanation' | 'reappraisal' | 'scorecard';

export interface ParAssessmentViewInput {
  status: ParAssessmentStatus;
  cycleStatus: ParCycleStatus | null;
  /** Named in the cycle's council and holding PAR_APPRAISE, as the API checks both. */
  councilMember: boolean;
  /** PAR_SELF_SUBMIT: the agency's side, which sends the explanations. */
  canSubmit: boolean;
  /** Today is on or before the explanation deadline (the day itself included). */
  explanationOpen: boolean;
}

export function parAssessmentView(input: ParAssessmentViewInput): ParAssessmentView {
  // A published cycle never changes again: everybody reads the outcome.
  const open = input.cycleStatus !== ParCycleStatus.PUBLISHED;
  switch (input.status) {
    case ParAssessmentStatus.DRAFT:
      // The self-assessment table also serves its readers (read-only), as before.
      return 'self';
    case ParAssessmentStatus.SUBMITTED:
      return open && input.councilMember ? 'appraisal' : 'scorecard';
    case ParAssessmentStatus.APPRAISED:
      return open && input.canSubmit && input.explanationOpen ? 'explanation' : 'scorecard';
    case ParAssessmentStatus.REAPPRAISAL:
      return open && input.councilMember ? 'reappraisal' : 'scorecard';
    case ParAssessmentStatus.FINALISED:
      return 'scorecard';
  }
}

/** Whether `today` (YYYY-MM-DD in Vietnam) is on or before `due`; no deadline means nothing is open. */
export function isOnOrBefore(today: string, due: string | null | undefined): boolean {
  return !!due && today <= due;
}
