import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';

export type ParResponsibilityRow = ParNationalAssessmentFragment['responsibilities'][number];

/** The agency chosen on each item by the user, not saved yet; null clears the item's own assignment. */
export type AssignmentEdits = Readonly<Record<string, string | null>>;

export interface ResolvedAssignment {
  /** The item's own assignment (saved or edited); null when it has none. */
  own: string | null;
  /** The nearest item above with an assignment, which then answers for this one; null when none. */
  inherited: { agencyId: string; fromCode: string } | null;
}

/** The saved assignments by item. */
export function savedAssignments(rows: readonly ParResponsibilityRow[]): ReadonlyMap<string, string> {
  return new Map(rows.map((row) => [row.criterionId, row.agencyId]));
}

/** The item's own agency as the user sees it: the edit when there is one, else the saved assignment. */
export function ownAgency(
  criterionId: string,
  saved: ReadonlyMap<string, string>,
  edits: AssignmentEdits,
): string | null {
  return criterionId in edits ? (edits[criterionId] ?? null) : (saved.get(criterionId) ?? null);
}

/**
 * Each item's own agency and the one it inherits, as the API resolves them: an assignment covers the items
 * below it and the nearest one wins (`responsibleAgencies`), so edits show their effect before saving.
 */
export function resolveAssignments(
  criteria: readonly ParCriterionItem[],
  saved: ReadonlyMap<string, string>,
  edits: AssignmentEdits,
): ReadonlyMap<string, ResolvedAssignment> {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const result = new Map<string, ResolvedAssignment>();
  for (const criterion of criteria) {
    let inherited: ResolvedAssignment['inherited'] = null;
    let parentId = criterion.parentId;
    const seen = new Set<string>([criterion.id]);
    // A broken parent chain (a loop or a missing parent) ends the walk instead of looping.
    while (parentId && !seen.has(parentId) && !inherited) {
      seen.add(parentId);
      const parent = byId.get(parentId);
      if (!parent) break;
      const agencyId = ownAgency(parent.id, saved, edits);
      if (agencyId) inherited = { agencyId, fromCode: parent.code };
      parentId = parent.parentId;
    }
    result.set(criterion.id, { own: ownAgency(criterion.id, saved, edits), inherited });
  }
  return result;
}

/** The edits that change something, in the framework's order: what `assignParResponsibilities` receives. */
export function assignmentChanges(
  criteria: readonly ParCriterionItem[],
  saved: ReadonlyMap<string, string>,
  edits: AssignmentEdits,
): { criterionId: string; agencyId: string | null }[] {
  return criteria
    .filter((c) => c.id in edits && (edits[c.id] ?? null) !== (saved.get(c.id) ?? null))
    .map((c) => ({ criterionId: c.id, agencyId: edits[c.id] ?? null }));
}

/**
 * The API names a refused entry by its place in the list sent ("input.assignments[2].agencyId"); the row is
 * the one sent there. Messages that name no entry are returned apart, for the general alert.
 */
export function listFieldErrors(
  fieldErrors: readonly { field: string; message: string }[],
  list: string,
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
