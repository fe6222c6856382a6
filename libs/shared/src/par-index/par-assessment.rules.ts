import { AgencyKind, AgencyLevel } from '../agency/agency.enums';
import { ParScoringMethod, ParTargetGroup } from './par-index.enums';
import { isValidPoints, toHundredths } from './par-points';
import { isScaleOption, ParScaleOption } from './par-scale';

/** Where a yearly PAR Index cycle stands. Only the self-assessment phase exists so far. */
export enum ParCycleStatus {
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
}

export enum ParAssessmentStatus {
  /** The agency is scoring itself */
  DRAFT = 'DRAFT',
  /** Sent by the agency's manager: frozen */
  SUBMITTED = 'SUBMITTED',
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
  if (!isSelfScored(item.method)) return 'notSelfScored';
  if (!isValidPoints(points)) return 'invalidPoints';
  if (toHundredths(points) > toHundredths(item.maxPoints)) return 'aboveMaximum';
  if (item.method === ParScoringMethod.MANUAL && item.options?.length && !isScaleOption(item.options, points))
    return 'notAnOption';
  return null;
}
