import { isSelfScored, selfScoreProblem, type ParScoreProblem } from '@partrack/shared';
import type { FieldError } from '../../../app/apollo/api-error';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';

/** What the agency put on an item: its points (null: not scored), its note and why it has no evidence. */
export interface SelfScore {
  points: number | null;
  note: string;
  /** Only asked for on items that require evidence and have none. */
  noEvidenceReason: string;
}

export type SelfScores = ReadonlyMap<string, SelfScore>;

/** The user's unsaved changes, item by item; the rest shows what the API holds. */
export type SelfScoreEdits = Readonly<Record<string, Partial<SelfScore>>>;

export interface ParSelfScoreInputValue {
  criterionId: string;
  points: number | null;
  note: string | null;
  noEvidenceReason: string | null;
}

const EMPTY: SelfScore = { points: null, note: '', noEvidenceReason: '' };

/** The saved scores by item. */
export function savedScoresOf(
  scores: readonly {
    criterionId: string;
    selfPoints: number | null;
    selfNote: string | null;
    noEvidenceReason: string | null;
  }[],
): SelfScores {
  return new Map(
    scores.map((score) => [
      score.criterionId,
      {
        points: score.selfPoints,
        note: score.selfNote ?? '',
        noEvidenceReason: score.noEvidenceReason ?? '',
      },
    ]),
  );
}

/** What an item shows: the user's edit over the saved score. */
export function currentScore(saved: SelfScores, edits: SelfScoreEdits, criterionId: string): SelfScore {
  return { ...EMPTY, ...saved.get(criterionId), ...edits[criterionId] };
}

/** Items the agency scores itself: leaves scored MANUAL, BONUS or PENALTY, in tree order. */
export function selfScoredItems(criteria: readonly ParCriterionItem[]): ParCriterionItem[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter((id): id is string => !!id));
  return criteria.filter((c) => !parents.has(c.id) && isSelfScored(c.method));
}

/**
 * Only the items whose points, note or no-evidence reason differ from what is saved (texts compared trimmed),
 * in tree order. The API replaces the note and the reason with each score, so both are always sent.
 */
export function changedScores(
  criteria: readonly ParCriterionItem[],
  saved: SelfScores,
  edits: SelfScoreEdits,
): ParSelfScoreInputValue[] {
  return selfScoredItems(criteria).flatMap((criterion) => {
    if (!edits[criterion.id]) return [];
    const before = { ...EMPTY, ...saved.get(criterion.id) };
    const after = currentScore(saved, edits, criterion.id);
    const note = after.note.trim();
    const reason = after.noEvidenceReason.trim();
    if (
      after.points === before.points &&
      note === before.note.trim() &&
      reason === before.noEvidenceReason.trim()
    )
      return [];
    return [
      {
        criterionId: criterion.id,
        points: after.points,
        note: note || null,
        noEvidenceReason: reason || null,
      },
    ];
  });
}

/** Why a changed score cannot be saved as it is, by item; the API checks the same rules. */
export function scoreProblems(
  criteria: readonly ParCriterionItem[],
  changes: readonly ParSelfScoreInputValue[],
): Map<string, ParScoreProblem> {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const problems = new Map<string, ParScoreProblem>();
  for (const change of changes) {
    const criterion = byId.get(change.criterionId);
    if (!criterion || change.points === null) continue;
    const problem = selfScoreProblem(
      { method: criterion.method, maxPoints: criterion.maxPoints, options: criterion.scale },
      change.points,
    );
    if (problem) problems.set(criterion.id, problem);
  }
  return problems;
}

const SCORE_FIELD = /(?:^|\.)scores\[(\d+)\]\.(?:points|criterionId|note|noEvidenceReason)$/;

/**
 * The API names a refused score by its place in what was sent ("scores[2].points"); the row is the item sent
 * there. Messages that name no score are returned apart.
 */
export function scoreFieldErrors(
  fieldErrors: readonly FieldError[],
  sent: readonly { criterionId: string }[],
): { byCriterion: Map<string, string>; other: string[] } {
  const byCriterion = new Map<string, string>();
  const other: string[] = [];
  for (const { field, message } of fieldErrors) {
    const index = SCORE_FIELD.exec(field)?.[1];
    const criterionId = index === undefined ? undefined : sent[Number(index)]?.criterionId;
    if (criterionId) byCriterion.set(criterionId, message);
    else other.push(message);
  }
  return { byCriterion, other };
}
