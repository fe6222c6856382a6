import { appraisalProblem, type ParAppraisalProblem } from '@partrack/shared';
import type { ParLeafItem, ParScoreRow } from './par-assessment-items.util';

type Scores = ReadonlyMap<string, ParScoreRow>;

/** The council's second appraisal of an explained item: points and its answer to the explanation. */
export interface ReappraisalValue {
  points: number | null;
  answer: string;
}

export type ReappraisalEdits = Readonly<Record<string, Partial<ReappraisalValue>>>;

export type ReappraisalProblem = ParAppraisalProblem | 'pointsRequired' | 'answerRequired';

/** Items the agency explained: the only ones the second appraisal answers. */
export function explainedItems<T extends ParLeafItem>(items: readonly T[], scores: Scores): T[] {
  return items.filter((item) => !!scores.get(item.criterion.id)?.explanation?.trim());
}

/**
 * What an item shows: the edit over the saved second appraisal; before any, the first appraisal's points, so
 * keeping them only takes an answer.
 */
export function currentReappraisal(
  scores: Scores,
  edits: ReappraisalEdits,
  criterionId: string,
): ReappraisalValue {
  const score = scores.get(criterionId);
  return {
    points: score?.reappraisedPoints ?? score?.appraisedPoints ?? null,
    answer: score?.reappraisalAnswer ?? '',
    ...edits[criterionId],
  };
}

/** The edited items that differ from what is saved, with the points and the (trimmed) answer the API takes. */
export function reappraisalChanges(
  items: readonly ParLeafItem[],
  scores: Scores,
  edits: ReappraisalEdits,
): { criterionId: string; points: number | null; answer: string }[] {
  return explainedItems(items, scores).flatMap(({ criterion }) => {
    if (!edits[criterion.id]) return [];
    const score = scores.get(criterion.id);
    const after = currentReappraisal(scores, edits, criterion.id);
    const answer = after.answer.trim();
    if (
      after.points === (score?.reappraisedPoints ?? null) &&
      answer === (score?.reappraisalAnswer ?? '').trim()
    )
      return [];
    return [{ criterionId: criterion.id, points: after.points, answer }];
  });
}

/** Every answer needs points and a written reply (the API requires both). */
export function reappraisalProblems(
  items: readonly ParLeafItem[],
  scores: Scores,
  edits: ReappraisalEdits,
): Map<string, ReappraisalProblem> {
  const byId = new Map(items.map((item) => [item.criterion.id, item.criterion]));
  const problems = new Map<string, ReappraisalProblem>();
  for (const change of reappraisalChanges(items, scores, edits)) {
    const criterion = byId.get(change.criterionId);
    if (!criterion) continue;
    if (change.points === null) problems.set(criterion.id, 'pointsRequired');
    else {
      const problem = appraisalProblem({ ...criterion, options: criterion.scale }, change.points);
      if (problem) problems.set(criterion.id, problem);
      else if (!change.answer) problems.set(criterion.id, 'answerRequired');
    }
  }
  return problems;
}

/** Explained items without a saved answer: finalising waits for them. */
export function unansweredCount(items: readonly ParLeafItem[], scores: Scores): number {
  return explainedItems(items, scores).filter((item) => !scores.get(item.criterion.id)?.reappraisalAnswer)
    .length;
}
