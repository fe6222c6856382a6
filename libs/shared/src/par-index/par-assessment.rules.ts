import { AgencyKind, AgencyLevel } from '../agency/agency.enums';
import { ParScoringMethod, ParTargetGroup } from './par-index.enums';
import { isValidPoints, toHundredths } from './par-points';
import { isScaleOption, ParScaleOption } from './par-scale';

/** Where a yearly PAR Index cycle stands: its assessments move on their own until it is published. */
export enum ParCycleStatus {
  /** Agencies score themselves, the council appraises, agencies explain */
  OPEN = 'OPEN',
  /** Every assessment finalised and the results published: frozen */
  PUBLISHED = 'PUBLISHED',
}

/**
 * One agency's way through the cycle: DRAFT (the agency scores itself) → SUBMITTED (by its manager, or closed
 * by the deadline job) → APPRAISED (the council's first appraisal sent; the agency may explain differences)
 * → REAPPRAISAL (explanations sent, or their window closed) → FINALISED (the council's second appraisal).
 */
export enum ParAssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPRAISED = 'APPRAISED',
  REAPPRAISAL = 'REAPPRAISAL',
  FINALISED = 'FINALISED',
}

/** The agency-side phases whose deadline closes them by itself, and which the coordinator may extend. */
export enum ParDeadlinePhase {
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
  EXPLANATION = 'EXPLANATION',
}

/**
 * The target group an agency is scored in: the province root nationally, departments and sector branches of
 * the province as "sở, ban, ngành", people's committees of districts and communes in their groups; other
 * agencies (public service units…) are not scored.
 */
export function parTargetGroupOf(agency: {
  parentId: string | null;
  kind: AgencyKind;
  level: AgencyLevel;
}): ParTargetGroup | null {
  if (agency.parentId === null) return ParTargetGroup.PROVINCE;
  if (agency.level === AgencyLevel.PROVINCE)
    return agency.kind === AgencyKind.DEPARTMENT || agency.kind === AgencyKind.SECTOR_BRANCH
      ? ParTargetGroup.DEPARTMENT
      : null;
  if (agency.kind !== AgencyKind.PEOPLES_COMMITTEE) return null;
  if (agency.level === AgencyLevel.DISTRICT) return ParTargetGroup.DISTRICT;
  return agency.level === AgencyLevel.COMMUNE ? ParTargetGroup.COMMUNE : null;
}

/** DATA items are computed and SURVEY items come from surveys: an agency scores the others itself. */
export function isSelfScored(method: ParScoringMethod | null): boolean {
  return (
    method === ParScoringMethod.MANUAL ||
    method === ParScoringMethod.BONUS ||
    method === ParScoringMethod.PENALTY
  );
}

export type ParScoreProblem = 'notSelfScored' | 'invalidPoints' | 'aboveMaximum' | 'notAnOption';

/** Why `points` cannot be a self-score of an item, or null when it can. */
export function selfScoreProblem(
  item: { method: ParScoringMethod | null; maxPoints: number; options?: readonly ParScaleOption[] | null },
  points: number,
): ParScoreProblem | null {
  return isSelfScored(item.method) ? pointsProblem(item, points) : 'notSelfScored';
}

/** Points within the item's maximum and, on a MANUAL scale, one of its options; shared by every scorer. */
export function pointsProblem(
  item: { method: ParScoringMethod | null; maxPoints: number; options?: readonly ParScaleOption[] | null },
  points: number,
): 'invalidPoints' | 'aboveMaximum' | 'notAnOption' | null {
  if (!isValidPoints(points)) return 'invalidPoints';
  if (toHundredths(points) > toHundredths(item.maxPoints)) return 'aboveMaximum';
  if (item.method === ParScoringMethod.MANUAL && item.options?.length && !isScaleOption(item.options, points))
    return 'notAnOption';
  return null;
}
