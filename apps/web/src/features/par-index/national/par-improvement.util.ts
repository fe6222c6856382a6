import { finalPoints, fromHundredths, ParScoringMethod, toHundredths } from '@partrack/shared';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import { nationalLeaves } from './par-national-appraisal.util';

type Score = ParNationalAssessmentFragment['scores'][number];

export interface LostItem {
  criterion: ParCriterionItem;
  /** The points that count (the Ministry's); 0 when the item has none. */
  points: number;
  /** What the item cost: maximum − points, or the penalty's points. */
  loss: number;
}

/**
 * The items that lost points, as `createParImprovementTasks` counts them: a penalty costs its points, a bonus
 * never costs anything, every other item its maximum minus the points that count.
 */
export function lostItems(criteria: readonly ParCriterionItem[], scores: readonly Score[]): LostItem[] {
  const byCriterion = new Map(scores.map((score) => [score.criterionId, score]));
  return nationalLeaves(criteria).flatMap((criterion) => {
    const score = byCriterion.get(criterion.id);
    const points = score ? (finalPoints(score) ?? 0) : 0;
    const loss =
      criterion.method === ParScoringMethod.PENALTY
        ? toHundredths(points)
        : criterion.method === ParScoringMethod.BONUS
          ? 0
          : toHundredths(criterion.maxPoints) - toHundredths(points);
    return loss > 0 ? [{ criterion, points, loss: fromHundredths(loss) }] : [];
  });
}

/** The points lost in all, in whole hundredths so 0,1 + 0,2 adds up to 0,3. */
export function totalLoss(items: readonly LostItem[]): number {
  return fromHundredths(items.reduce((sum, item) => sum + toHundredths(item.loss), 0));
}
