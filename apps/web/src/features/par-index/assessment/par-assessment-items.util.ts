import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';

export type ParScoreRow = ParAssessmentDetailFragment['scores'][number];
export type ParEvidenceRow = ParAssessmentDetailFragment['evidence'][number];

/** A scored item (a leaf of the criteria tree) with the area it belongs to, for headings in card lists. */
export interface ParLeafItem {
  criterion: ParCriterionItem;
  /** The top-level item above it; null when the leaf is an area itself. */
  area: ParCriterionItem | null;
}

/** The leaves in tree order (criteria arrive depth first), each with its area. */
export function leafItems(criteria: readonly ParCriterionItem[]): ParLeafItem[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const parents = new Set(criteria.map((c) => c.parentId).filter((id): id is string => !!id));
  const areaOf = (criterion: ParCriterionItem): ParCriterionItem | null => {
    let current = criterion;
    const seen = new Set<string>();
    // A broken parent chain (a cycle or a missing parent) ends the walk instead of looping.
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current.id === criterion.id ? null : current;
  };
  return criteria
    .filter((c) => !parents.has(c.id))
    .map((criterion) => ({ criterion, area: areaOf(criterion) }));
}

export interface ParAreaGroup<T extends ParLeafItem> {
  /** The area's id, or the leaf's own id for a leaf without an area. */
  key: string;
  area: ParCriterionItem | null;
  items: T[];
}

/** Consecutive items of the same area together, in their order. */
export function groupByArea<T extends ParLeafItem>(items: readonly T[]): ParAreaGroup<T>[] {
  const groups: ParAreaGroup<T>[] = [];
  for (const item of items) {
    const key = item.area?.id ?? item.criterion.id;
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, area: item.area, items: [item] });
  }
  return groups;
}

export function scoresByCriterion(scores: readonly ParScoreRow[]): ReadonlyMap<string, ParScoreRow> {
  return new Map(scores.map((score) => [score.criterionId, score]));
}

/** Evidence by item, in the API's order (oldest first). */
export function evidenceByCriterion(
  evidence: readonly ParEvidenceRow[],
): ReadonlyMap<string, readonly ParEvidenceRow[]> {
  const result = new Map<string, ParEvidenceRow[]>();
  for (const item of evidence) result.set(item.criterionId, [...(result.get(item.criterionId) ?? []), item]);
  return result;
}

/**
 * The API names a refused entry by its place in the list sent ("input.scores[2].reason"); the item is the one
 * sent there. Messages that name no entry are returned apart.
 */
export function itemFieldErrors(
  fieldErrors: readonly { field: string; message: string }[],
  list: 'scores' | 'answers' | 'explanations',
  sent: readonly { criterionId: string }[],
): { byCriterion: Map<string, string>; other: string[] } {
  const pattern = new RegExp(`(?:^|\\.)${list}\\[(\\d+)\\]\\.\\w+$`);
  const byCriterion = new Map<string, string>();
  const other: string[] = [];
  for (const { field, message } of fieldErrors) {
    const index = pattern.exec(field)?.[1];
    const criterionId = index === undefined ? undefined : sent[Number(index)]?.criterionId;
    if (criterionId) byCriterion.set(criterionId, message);
    else other.push(message);
  }
  return { byCriterion, other };
}
