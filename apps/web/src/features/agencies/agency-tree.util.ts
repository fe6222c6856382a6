import { foldVietnamese } from '@partrack/shared';
import type { AgencyTreeQuery } from '../../gql/graphql';

export type AgencyTreeRow = AgencyTreeQuery['agencyTree'][number];

export interface AgencyNode {
  row: AgencyTreeRow;
  children: AgencyNode[];
}

export interface AgencyForest {
  roots: AgencyNode[];
  byId: ReadonlyMap<string, AgencyNode>;
  /** Ids of nodes that have children: what "expand all" opens. */
  branchIds: string[];
}

/**
 * Rows arrive depth-first with parentId; a row whose parent is outside the returned scope (rootId, or a
 * user limited to their own subtree) becomes a root rather than disappearing.
 */
export function buildAgencyForest(rows: readonly AgencyTreeRow[]): AgencyForest {
  const byId = new Map<string, AgencyNode>();
  for (const row of rows) byId.set(row.id, { row, children: [] });
  const roots: AgencyNode[] = [];
  for (const row of rows) {
    const node = byId.get(row.id);
    if (!node) continue;
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const branchIds = [...byId.values()].filter((node) => node.children.length > 0).map((node) => node.row.id);
  return { roots, byId, branchIds };
}

export function agencyMatches(row: AgencyTreeRow, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  return [row.name, row.shortName ?? '', row.code, ...row.aliases].some((text) =>
    foldVietnamese(text).includes(foldedQuery),
  );
}

export interface FilteredForest {
  roots: AgencyNode[];
  matchedIds: ReadonlySet<string>;
  /** Ancestors of every match, so each match is visible without manual expanding. */
  expandIds: string[];
}

/**
 * Keeps matches with their ancestors (for context) and their whole subtree (searching "Sở Y tế" should still
 * let you browse its units). Matching folds diacritics, so "so y te" finds "Sở Y tế".
 */
export function filterAgencyForest(roots: readonly AgencyNode[], query: string): FilteredForest {
  const folded = foldVietnamese(query);
  const matchedIds = new Set<string>();
  const expandIds = new Set<string>();
  if (!folded) return { roots: [...roots], matchedIds, expandIds: [] };

  const visit = (node: AgencyNode, ancestors: readonly string[]): AgencyNode | null => {
    if (agencyMatches(node.row, folded)) {
      matchedIds.add(node.row.id);
      for (const id of ancestors) expandIds.add(id);
      // Descendants may match too; walk them only to record those matches, but keep the full subtree.
      for (const child of node.children) visit(child, [...ancestors, node.row.id]);
      return node;
    }
    const children = node.children
      .map((child) => visit(child, [...ancestors, node.row.id]))
      .filter((child): child is AgencyNode => child !== null);
    return children.length > 0 ? { row: node.row, children } : null;
  };

  const filtered = roots.map((root) => visit(root, [])).filter((node): node is AgencyNode => node !== null);
  return { roots: filtered, matchedIds, expandIds: [...expandIds] };
}

/** Flattens a forest into picker options ("Sở Y tế › Bệnh viện A") for selects that cannot show a tree. */
export function flattenForest(roots: readonly AgencyNode[]): AgencyNode[] {
  const result: AgencyNode[] = [];
  const walk = (node: AgencyNode) => {
    result.push(node);
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return result;
}
