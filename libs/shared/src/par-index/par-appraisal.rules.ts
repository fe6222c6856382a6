import { ParScoringMethod } from './par-index.enums';
import { pointsProblem } from './par-assessment.rules';
import { toHundredths } from './par-points';
import { ParScaleOption } from './par-scale';

/** Survey items get their points from a survey import, never from the council. */
export function isAppraised(method: ParScoringMethod | null): boolean {
  return method !== null && method !== ParScoringMethod.SURVEY;
}

export type ParAppraisalProblem = 'notAppraised' | 'invalidPoints' | 'aboveMaximum' | 'notAnOption';

/** Why `points` cannot be the council's score of an item (first or second appraisal), or null. */
export function appraisalProblem(
  item: { method: ParScoringMethod | null; maxPoints: number; options?: readonly ParScaleOption[] | null },
  points: number,
): ParAppraisalProblem | null {
  return isAppraised(item.method) ? pointsProblem(item, points) : 'notAppraised';
}

/** Whether two scores differ, to the hundredth; an absent self-score differs from any appraisal. */
export function pointsDiffer(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a !== b;
  return toHundredths(a) !== toHundredths(b);
}

/**
 * The council must give a reason whenever its score differs from the agency's own (items the agency scores);
 * computed and survey items have no self-score to differ from.
 */
export function appraisalNeedsReason(selfScored: boolean, self: number | null, appraised: number): boolean {
  return selfScored && pointsDiffer(self, appraised);
}

/** The points that count: the second appraisal's when there is one, else the first's. */
export function finalPoints(score: {
  appraisedPoints: number | null;
  reappraisedPoints: number | null;
}): number | null {
  return score.reappraisedPoints ?? score.appraisedPoints;
}
