import { ParAssessmentStatus } from '@partrack/shared';
import { parAssessmentPath } from '../par-framework.util';

export const parNationalPath = (assessmentId: string) => `${parAssessmentPath(assessmentId)}/national`;

export const NATIONAL_TABS = ['assign', 'ministry', 'improvement'] as const;

export type NationalTab = (typeof NATIONAL_TABS)[number];

export function isNationalTab(value: string | null): value is NationalTab {
  return NATIONAL_TABS.some((tab) => tab === value);
}

/**
 * The section the assessment's step calls for: assignments while the province scores itself, the
 * Ministry's points once it is sent, the improvement tasks once those are recorded.
 */
export function defaultNationalTab(status: ParAssessmentStatus): NationalTab {
  if (status === ParAssessmentStatus.SUBMITTED) return 'ministry';
  if (status === ParAssessmentStatus.FINALISED) return 'improvement';
  return 'assign';
}
