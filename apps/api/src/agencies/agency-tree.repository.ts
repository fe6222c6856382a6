import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/**
 * The one place that walks the agency hierarchy (`parent_id`). Fragments render SQL to embed in a bigger
 * query or a QueryBuilder; AgencyTreeRepository runs the statements that answer with ids. Every walk follows
 * the current parent links whatever the dates; only `validOn` and `depthFirst` look at validity, each as
 * documented. The rendered SQL is snapshotted in apps/api/src/queries (`npm run sql:check`).
 */

/**
 * A value a fragment takes from the enclosing query: a placeholder (`:name` in a QueryBuilder, `$n` in a raw
 * query) or a qualified column of the enclosing query (`u.agency_id`).
 */
export type SqlRef = `:${string}` | `$${number}` | `${string}.${string}`;

// A fragment pastes the reference inside its own subquery, where an unqualified column, or one qualified by
// the fragment's own names, would silently bind to the fragment's rows instead of the enclosing query's.
const REF = /^(?::[A-Za-z_]\w*|\$\d+|(?!(?:node|up|down|chain)\.)[A-Za-z_]\w*\.[A-Za-z_]\w*)$/;

function checked(ref: SqlRef): string {
  if (!REF.test(ref)) throw new Error(`agency tree: "${ref}" is not a placeholder or a qualified column`);
  return ref;
}

// Walks up stop after this many steps: a parent loop written behind the mutations' back (they refuse cycles)
// then ends the walk instead of running until statement_timeout.
const MAX_STEPS = 64;

/**
 * `root` and every agency below it, as a parenthesised subquery of ids: `x.id IN ${subtreeSql(':root')}`.
 * Ended agencies are included. With `validOn` only agencies valid that day are kept, and an ended agency still
 * leads to its valid descendants (they exist on that day, wherever they hang).
 */
export function subtreeSql(root: SqlRef, options: { validOn?: SqlRef } = {}): string {
  const day = options.validOn === undefined ? null : checked(options.validOn);
  const columns = day ? 'node.id, node.valid_from, node.valid_to' : 'node.id';
  const valid = day
    ? ` WHERE down.valid_from <= ${day} AND (down.valid_to IS NULL OR down.valid_to > ${day})`
    : '';
  return `(WITH RECURSIVE down AS (
  SELECT ${columns} FROM agency node WHERE node.id = ${checked(root)}
  UNION ALL
  SELECT ${columns} FROM agency node JOIN down ON node.parent_id = down.id
) SELECT id FROM down${valid})`;
}

/** WHERE condition limiting `alias.id` to the subtree of the QueryBuilder parameter `:param`. */
export function subtreeCondition(alias: string, param = 'scopeRoot'): string {
  return `${alias}.id IN ${subtreeSql(`:${param}`)}`;
}

/** `start` and its ancestors up to the root, as rows (id, parent_id, n), n = steps up (0 = `start`). */
export function ancestorsSql(start: SqlRef): string {
  return `(WITH RECURSIVE up AS (
  SELECT node.id, node.parent_id, 0 AS n FROM agency node WHERE node.id = ${checked(start)}
  UNION ALL
  SELECT node.id, node.parent_id, up.n + 1 FROM agency node JOIN up ON node.id = up.parent_id WHERE up.n < ${MAX_STEPS}
) SELECT id, parent_id, n FROM up)`;
}

/** The root (province) of `agency`'s tree as a scalar subquery; NULL when there is no such agency. */
export function provinceRootSql(agency: SqlRef): string {
  return `(SELECT chain.id FROM ${ancestorsSql(agency)} AS chain WHERE chain.parent_id IS NULL LIMIT 1)`;
}

/** Walks up from each of the ids in `$1` at once: rows (start_id, id, parent_id, n). */
const UP_FROM_EACH = `WITH RECURSIVE up AS (
  SELECT node.id AS start_id, node.id, node.parent_id, 0 AS n FROM agency node WHERE node.id = ANY($1::uuid[])
  UNION ALL
  SELECT up.start_id, node.id, node.parent_id, up.n + 1 FROM up JOIN agency node ON node.id = up.parent_id WHERE up.n < ${MAX_STEPS}
)`;

/**
 * The whole subtree from `start` (every root when 'roots'), depth-first by name. Unlike subtreeSql it prunes:
 * an agency not valid on $1 hides its descendants too, unless $2 (include inactive). $3 is the root id.
 */
function depthFirstSql(start: 'root' | 'roots'): string {
  const from = start === 'root' ? 'a.id = $3' : 'a.parent_id IS NULL';
  const valid = '($2 OR (a.valid_from <= $1 AND (a.valid_to IS NULL OR a.valid_to > $1)))';
  return `WITH RECURSIVE tree AS (
  SELECT a.*, 0 AS depth, ARRAY[lower(a.name) || '|' || a.id::text] AS sort_path
    FROM agency a WHERE ${from} AND ${valid}
  UNION ALL
  SELECT a.*, tree.depth + 1, tree.sort_path || (lower(a.name) || '|' || a.id::text)
    FROM agency a JOIN tree ON a.parent_id = tree.id
   WHERE ${valid} AND tree.depth < ${MAX_STEPS}
)
SELECT tree.id, tree.code, tree.name, tree.short_name, tree.aliases, tree.kind, tree.level, tree.parent_id, tree.depth,
       to_char(tree.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(tree.valid_to, 'YYYY-MM-DD') AS valid_to,
       tree.successor_id, COALESCE(counts.n, 0) AS child_count
  FROM tree
  LEFT JOIN (SELECT parent_id, count(*) AS n FROM tree GROUP BY parent_id) counts ON counts.parent_id = tree.id
 ORDER BY tree.sort_path`;
}

/** The statements AgencyTreeRepository runs, by method (exported for the SQL snapshots). */
export const AGENCY_TREE_SQL = {
  ancestorIds: `SELECT chain.id FROM ${ancestorsSql('$1')} AS chain ORDER BY chain.n`,
  isWithin: `SELECT EXISTS (SELECT 1 FROM ${ancestorsSql('$1')} AS chain WHERE chain.id = $2) AS within`,
  ancestorIdsOfEach: `${UP_FROM_EACH} SELECT start_id, parent_id AS ancestor_id, n FROM up WHERE parent_id IS NOT NULL ORDER BY n DESC`,
  provinceRoots: `${UP_FROM_EACH} SELECT start_id, id AS root_id FROM up WHERE parent_id IS NULL`,
  subtreeIds: `SELECT sub.id FROM ${subtreeSql('$1')} AS sub`,
  subtreeIdsValidOn: `SELECT sub.id FROM ${subtreeSql('$1', { validOn: '$2' })} AS sub`,
  descendantCounts: `WITH RECURSIVE down AS (
  SELECT node.id AS root_id, node.id, 0 AS depth FROM agency node WHERE node.id = ANY($1::uuid[])
  UNION ALL
  SELECT down.root_id, node.id, down.depth + 1 FROM agency node JOIN down ON node.parent_id = down.id WHERE down.depth < ${MAX_STEPS}
) SELECT root_id, count(*) - 1 AS n FROM down GROUP BY root_id`,
  depthFirstFromRoot: depthFirstSql('root'),
  depthFirstFromRoots: depthFirstSql('roots'),
} as const;

/** A row of `depthFirst`: the agency's columns (dates as YYYY-MM-DD), its depth and its shown children. */
export interface AgencyTreeRow {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  aliases: string[];
  kind: Agency['kind'];
  level: Agency['level'];
  parent_id: string | null;
  depth: number;
  valid_from: string;
  valid_to: string | null;
  successor_id: string | null;
  child_count: string;
}

/** Runs the hierarchy statements, one statement per call, in the caller's transaction when given `manager`. */
@Injectable()
export class AgencyTreeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ids from `agencyId` up to its root, nearest first (self included); empty for an unknown id. */
  async ancestorIds(agencyId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(AGENCY_TREE_SQL.ancestorIds, [agencyId]);
    return rows.map((r) => r.id);
  }

  /** Whether `agencyId` lies in the subtree of `rootId` (the root itself included). */
  async isWithin(
    agencyId: string,
    rootId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [row] = await manager.query<{ within: boolean }[]>(AGENCY_TREE_SQL.isWithin, [agencyId, rootId]);
    return row.within;
  }

  /** Ancestor ids of each agency, root first, self excluded (no entry for an unknown id or a root). */
  async ancestorIdsOfEach(agencyIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.manager.query<{ start_id: string; ancestor_id: string }[]>(
      AGENCY_TREE_SQL.ancestorIdsOfEach,
      [[...agencyIds]],
    );
    const result = new Map<string, string[]>();
    for (const row of rows) {
      const ids = result.get(row.start_id);
      if (ids) ids.push(row.ancestor_id);
      else result.set(row.start_id, [row.ancestor_id]);
    }
    return result;
  }

  /** The province (root agency) of each of `agencyIds` that exists. */
  async provinceRoots(
    agencyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    if (!agencyIds.length) return new Map();
    const rows = await manager.query<{ start_id: string; root_id: string }[]>(AGENCY_TREE_SQL.provinceRoots, [
      [...agencyIds],
    ]);
    return new Map(rows.map((r) => [r.start_id, r.root_id]));
  }

  /** Ids of `rootId`'s subtree (itself included); with `validOn`, only agencies valid that day (see subtreeSql). */
  async subtreeIds(
    rootId: string,
    options: { validOn?: string } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows = await (options.validOn === undefined
      ? manager.query<{ id: string }[]>(AGENCY_TREE_SQL.subtreeIds, [rootId])
      : manager.query<{ id: string }[]>(AGENCY_TREE_SQL.subtreeIdsValidOn, [rootId, options.validOn]));
    return rows.map((r) => r.id);
  }

  /** How many agencies lie below each of `agencyIds`, ended ones included. */
  async descendantCounts(agencyIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.manager.query<{ root_id: string; n: string }[]>(
      AGENCY_TREE_SQL.descendantCounts,
      [[...agencyIds]],
    );
    return new Map(rows.map((r) => [r.root_id, Number(r.n)]));
  }

  /**
   * The subtree under `rootId` (every tree when null) as a flat depth-first list. An agency not valid on
   * `asOf` is left out with its whole subtree unless `includeInactive`.
   */
  depthFirst(rootId: string | null, asOf: string, includeInactive: boolean): Promise<AgencyTreeRow[]> {
    return rootId
      ? this.dataSource.query<AgencyTreeRow[]>(AGENCY_TREE_SQL.depthFirstFromRoot, [
          asOf,
          includeInactive,
          rootId,
        ])
      : this.dataSource.query<AgencyTreeRow[]>(AGENCY_TREE_SQL.depthFirstFromRoots, [asOf, includeInactive]);
  }
}
