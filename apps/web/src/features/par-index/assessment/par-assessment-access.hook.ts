import { hasPermission, Permission } from '@partrack/shared';
import { useSession } from '../../../app/auth/session.context';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { isOnOrBefore, parAssessmentView, type ParAssessmentView } from './par-assessment-view.util';

export interface ParAssessmentAccess {
  view: ParAssessmentView;
  /** PAR_SELF_ASSESS: scores the agency and attaches evidence. */
  canAssess: boolean;
  /** PAR_SELF_SUBMIT: sends the self-assessment and the explanations. */
  canSubmit: boolean;
  councilMember: boolean;
  /** Scores and evidence may still change: the self-assessment deadline has not passed. */
  selfOpen: boolean;
  explanationOpen: boolean;
}

/**
 * What the caller may do on an assessment, mirroring the API: permissions from the role table, council
 * membership from the cycle's user ids, deadlines by the date in Vietnam. The API checks all of it again.
 */
export function useParAssessmentAccess(assessment: ParAssessmentDetailFragment): ParAssessmentAccess {
  const session = useSession();
  const role = session?.user.role;
  const can = (permission: Permission) => (role ? hasPermission(role, permission) : false);
  const councilMember =
    can(Permission.PAR_APPRAISE) &&
    !!session &&
    (assessment.cycle?.councilUserIds.includes(session.user.id) ?? false);
  const today = todayInVietnam();
  const canSubmit = can(Permission.PAR_SELF_SUBMIT);
  const explanationOpen = isOnOrBefore(today, assessment.explanationDue);
  return {
    view: parAssessmentView({
      status: assessment.status,
      cycleStatus: assessment.cycle?.status ?? null,
      councilMember,
      canSubmit,
      explanationOpen,
    }),
    canAssess: can(Permission.PAR_SELF_ASSESS),
    canSubmit,
    councilMember,
    selfOpen: isOnOrBefore(today, assessment.selfAssessmentDeadline),
    explanationOpen,
  };
}
