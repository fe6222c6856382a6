import {
  appraisalNeedsReason,
  appraisalProblem,
  isAppraised,
  isSelfScored,
  pointsDiffer,
  type ParAppraisalProblem,
} from '@partrack/shared';
import type { ParLeafItem, ParScoreRow } from './par-assessment-items.util';

type Scores = ReadonlyMap<string, ParScoreRow>;

/** The council's first appraisal of an item: points (null: not yet) and why they differ from the self-score. */
export interface AppraisalValue {
  points: number | null;
  reason: string;
}

/** Unsaved edits by item; the rest shows what the API holds. */
export type AppraisalEdits = Readonly<Record<string, Partial<AppraisalValue>>>;

export type AppraisalProblem = ParAppraisalProblem | 'reasonRequired';

export function currentAppraisal(scores: Scores, edits: AppraisalEdits, criterionId: string): AppraisalValue {
  const score = scores.get(criterionId);
  return {
    points: score?.appraisedPoints ?? null,
    reason: score?.appraisalReason ?? '',
    ...edits[criterionId],
  };
}

/** Items the council appraises (all but survey items), as the API's saveParAppraisal takes them. */
export function appraisalChanges(
  items: readonly ParLeafItem[],
  scores: Scores,
  edits: AppraisalEdits,
): { criterionId: string; points: number | null; reason: string | null }[] {
  return items.flatMap(({ criterion }) => {
    if (!isAppraised(criterion.method) || !edits[criterion.id]) return [];
    const score = scores.get(criterion.id);
    const after = currentAppraisal(scores, edits, criterion.id);
    const reason = after.reason.trim();
    if (after.points === (score?.appraisedPoints ?? null) && reason === (score?.appraisalReason ?? '').trim())
      return [];
    return [{ criterionId: criterion.id, points: after.points, reason: reason || null }];
  });
}

/**
 * Why a changed appraisal would be refused, by item: points outside the item's rules, or a difference from
 * the self-score without a reason (the API's rule, checked here first so the user sees it at the item).
 */
export function appraisalProblems(
  items: readonly ParLeafItem[],
  scores: Scores,
  edits: AppraisalEdits,
): Map<string, AppraisalProblem> {
  const byId = new Map(items.map((item) => [item.criterion.id, item.criterion]));
  const problems = new Map<string, AppraisalProblem>();
  for (const change of appraisalChanges(items, scores, edits)) {
    const criterion = byId.get(change.criterionId);
    if (!criterion || change.points === null) continue;
    const problem = appraisalProblem({ ...criterion, options: criterion.scale }, change.points);
    const self = scores.get(criterion.id)?.selfPoints ?? null;
    if (problem) problems.set(criterion.id, problem);
    else if (appraisalNeedsReason(isSelfScored(criterion.method), self, change.points) && !change.reason)
      problems.set(criterion.id, 'reasonRequired');
  }
  return problems;
}

/** The appraisal differs from what the agency gave itself (only items it scores can differ). */
export function differsFromSelf(item: ParLeafItem, self: number | null, appraised: number | null): boolean {
  return isSelfScored(item.criterion.method) && appraised !== null && pointsDiffer(self, appraised);
}

export interface AppraisalFilter {
  /** "Chỉ mục có chênh lệch" */
  differences: boolean;
  /** "Chưa thẩm định" */
  unappraised: boolean;
}

/** The items the filters keep, judged on what the council sees now (its unsaved edits included). */
export function filterAppraisalItems<T extends ParLeafItem>(
  items: readonly T[],
  scores: Scores,
  edits: AppraisalEdits,
  filter: AppraisalFilter,
): T[] {
  return items.filter((item) => {
    const { points } = currentAppraisal(scores, edits, item.criterion.id);
    const self = scores.get(item.criterion.id)?.selfPoints ?? null;
    if (filter.differences && !differsFromSelf(item, self, points)) return false;
    if (filter.unappraised && !(isAppraised(item.criterion.method) && points === null)) return false;
    return true;
  });
}

/** Items whose first appraisal differs from the self-score: what the agency may explain. */
export function differingItems<T extends ParLeafItem>(items: readonly T[], scores: Scores): T[] {
  return items.filter((item) => {
    const score = scores.get(item.criterion.id);
    return differsFromSelf(item, score?.selfPoints ?? null, score?.appraisedPoints ?? null);
  });
}

/** Only the explanations written (trimmed); none at all means the agency accepts the appraisal. */
export function filledExplanations(
  items: readonly ParLeafItem[],
  texts: Readonly<Record<string, string>>,
): { criterionId: string; text: string }[] {
  return items.flatMap(({ criterion }) => {
    const text = texts[criterion.id]?.trim();
    return text ? [{ criterionId: criterion.id, text }] : [];
  });
}
