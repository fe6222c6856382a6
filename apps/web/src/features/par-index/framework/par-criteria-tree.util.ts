import { ParCriterionLevel } from '@partrack/shared';
import type { ParCriterionFieldsFragment } from '../../../gql/graphql';

export type ParCriterionItem = ParCriterionFieldsFragment;

export interface ParCriterionRow {
  key: string;
  criterion: ParCriterionItem;
  /** 0 for an area, 1 for a criterion, 2 for a sub-criterion (as placed in the tree). */
  depth: number;
  /** Set only on rows with children, so antd's Table shows an expand button on those alone. */
  children?: ParCriterionRow[];
}

export interface ParCriteriaTree {
  rows: ParCriterionRow[];
  /** Keys of the rows with children, in tree order: what "expand all" opens. */
  branchKeys: string[];
}

const CHILD_LEVEL: Readonly<Record<ParCriterionLevel, ParCriterionLevel | null>> = {
  [ParCriterionLevel.AREA]: ParCriterionLevel.CRITERION,
  [ParCriterionLevel.CRITERION]: ParCriterionLevel.SUB_CRITERION,
  [ParCriterionLevel.SUB_CRITERION]: null,
};

/** The level of an item added under `level`; null under a sub-criterion, the last level. */
export function childLevelOf(level: ParCriterionLevel): ParCriterionLevel | null {
  return CHILD_LEVEL[level];
}

/**
 * framework.criteria arrives flat in tree order (depth first, siblings by position); the tree keeps that order
 * under each parent. An item whose parent is missing from the list becomes a root rather than vanishing.
 */
export function buildCriteriaTree(criteria: readonly ParCriterionItem[]): ParCriteriaTree {
  const ids = new Set(criteria.map((c) => c.id));
  const childrenOf = new Map<string, ParCriterionItem[]>();
  const roots: ParCriterionItem[] = [];
  for (const criterion of criteria) {
    if (criterion.parentId && criterion.parentId !== criterion.id && ids.has(criterion.parentId)) {
      childrenOf.set(criterion.parentId, [...(childrenOf.get(criterion.parentId) ?? []), criterion]);
    } else roots.push(criterion);
  }
  const visited = new Set<string>();
  const toRow = (criterion: ParCriterionItem, depth: number): ParCriterionRow => {
    visited.add(criterion.id);
    const row: ParCriterionRow = { key: criterion.id, criterion, depth };
    const children = (childrenOf.get(criterion.id) ?? [])
      .filter((child) => !visited.has(child.id))
      .map((child) => toRow(child, depth + 1));
    if (children.length > 0) row.children = children;
    return row;
  };
  const rows = roots.map((root) => toRow(root, 0));
  const branchKeys = flattenCriteriaTree(rows)
    .filter((row) => row.children)
    .map((row) => row.key);
  return { rows, branchKeys };
}

/** Rows in the order the table shows them with every branch open (depth first). */
export function flattenCriteriaTree(rows: readonly ParCriterionRow[]): ParCriterionRow[] {
  return rows.flatMap((row) => [row, ...flattenCriteriaTree(row.children ?? [])]);
}
