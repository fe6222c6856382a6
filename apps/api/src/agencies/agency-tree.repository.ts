import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/**
 * The one place that walks the agency hierarchy. Three kinds of walk, each chosen for what it answers:
 * - **ever** (`subtreeSql` without a day, `isWithin`): every link an agency ever had — the parent of each of its
 *   versions (`agency_version`) and its successor. Reading scope uses it: whoever reads a unit reads what was
 *   ever under it and what was merged into it, so a city that absorbed a province sees the province's history
 *   and the province's own users keep theirs (docs/reorganisation.md).
 * - **on a day** (`subtreeSql` with `validOn`, `depthFirst`, the rollup): the versions that hold that day.
 * - **today** (`ancestorsSql`, `provinceRootSql`, `ancestorIds`, `provinceRoots`): `agency.parent_id`, which
 *   holds today's parent (AgencyHistoryService.syncToday). Writing scope and a user's province use it.
 * The rendered SQL is snapshotted in apps/api/src/queries (`npm run sql:check`).
 */

/**
 * A value a fragment takes from the enclosing query: a placeholder (`:name` in a QueryBuilder, `$n` in a raw
 * query) or a qualified column of the enclosing query (`u.agency_id`).
 */
export type SqlRef = `:${string}` | `$${number}` | `${string}.${string}`;

// A fragment pastes the reference inside its own subquery, where an unqualified column, or one qualified by
// the fragment's own names, would silently bind to the fragment's rows instead of the enclosing query's.
const REF =
  /^(?::[A-Za-z_]\w*|\$\d+|(?!(?:node|up|down|chain|link|merged|edge|step|v)\.)[A-Za-z_]\w*\.[A-Za-z_]\w*)$/;

function checked(ref: SqlRef): string {
  if (!REF.test(ref)) throw new Error(`agency tree: "${ref}" is not a placeholder or a qualified column`);
  return ref;
}

// Walks up stop after this many steps: a parent loop written behind the mutations' back (they refuse cycles)
// then ends the walk instead of running until statement_timeout.
const MAX_STEPS = 64;

/** Day expressions fragments may take besides references (fixed strings, never client input). */
const DAY_EXPRESSIONS = [
  'partrack_today()',
  'least(make_date(t.plan_year, 12, 31), partrack_today())',
] as const;
type DaySql = (typeof DAY_EXPRESSIONS)[number];

/** Whether version `v` holds on `day`: versions cover all time, so exactly one of an agency's does. */
export function factsOnCondition(v: string, day: SqlRef | DaySql): string {
  const d = DAY_EXPRESSIONS.includes(day as DaySql) ? day : checked(day as SqlRef);
  return `(${v}.effective_from IS NULL OR ${v}.effective_from <= ${d}) AND (${v}.effective_to IS NULL OR ${v}.effective_to > ${d})`;
}

// Every link an agency ever had: the parent of each of its versions, and its successor. Walked through a LATERAL
// per reached agency so that each step is two index lookups (agency_version.parent_id, agency.successor_id); a
// join on a UNION ALL of all links made the planner scan agency_version whole at every step (5× slower on the
// benchmark's 34,000 agencies, docs/performance.md).
const LINKS_DOWN = (from: string) => `CROSS JOIN LATERAL (
    SELECT link.agency_id AS id FROM agency_version link WHERE link.parent_id = ${from}.id
    UNION ALL SELECT merged.id FROM agency merged WHERE merged.successor_id = ${from}.id) step`;
const LINKS_UP = (from: string) => `CROSS JOIN LATERAL (
    SELECT link.parent_id AS id FROM agency_version link WHERE link.agency_id = ${from}.id AND link.parent_id IS NOT NULL
    UNION ALL SELECT merged.successor_id FROM agency merged WHERE merged.id = ${from}.id AND merged.successor_id IS NOT NULL) step`;

/**
 * `root` and every agency below it, as a parenthesised subquery of ids: `x.id IN ${subtreeSql(':root')}`.
 * Without `validOn`: everything ever below it or merged into it (see the file's comment), ended agencies
 * included. With `validOn`: the tree of that day — the versions holding then — keeping only agencies that
 * exist that day.
 */
export function subtreeSql(root: SqlRef, options: { validOn?: SqlRef } = {}): string {
  if (options.validOn === undefined) {
    return `(WITH RECURSIVE down(id) AS (
  SELECT node.id FROM agency node WHERE node.id = ${checked(root)}
  UNION
  SELECT step.id FROM down ${LINKS_DOWN('down')}
) SELECT id FROM down)`;
  }
  const day = options.validOn;
  checked(day);
  return `(WITH RECURSIVE down(id) AS (
  SELECT node.id FROM agency node WHERE node.id = ${checked(root)}
  UNION
  SELECT link.agency_id FROM agency_version link JOIN down ON link.parent_id = down.id WHERE ${factsOnCondition('link', day)}
) SELECT down.id FROM down JOIN agency node ON node.id = down.id
   WHERE node.valid_from <= ${day} AND (node.valid_to IS NULL OR node.valid_to > ${day}))`;
}

/** Whether `agency` is, or ever was, below `root` or merged into something that is (the reading scope). */
export function everWithinSql(agency: SqlRef, root: SqlRef): string {
  return `EXISTS (WITH RECURSIVE up(id) AS (
  SELECT node.id FROM agency node WHERE node.id = ${checked(agency)}
  UNION
  SELECT step.id FROM up ${LINKS_UP('up')}
) SELECT 1 FROM up WHERE up.id = ${checked(root)})`;
}

/** WHERE condition limiting `alias.id` to the subtree of the QueryBuilder parameter `:param`. */
export function subtreeCondition(alias: string, param = 'scopeRoot'): string {
  return `${alias}.id IN ${subtreeSql(`:${param}`)}`;
}

/** `start` and its ancestors today up to the root, as rows (id, parent_id, n), n = steps up (0 = `start`). */
export function ancestorsSql(start: SqlRef): string {
  return `(WITH RECURSIVE up AS (
  SELECT node.id, node.parent_id, 0 AS n FROM agency node WHERE node.id = ${checked(start)}
  UNION ALL
  SELECT node.id, node.parent_id, up.n + 1 FROM agency node JOIN up ON node.id = up.parent_id WHERE up.n < ${MAX_STEPS}
) SELECT id, parent_id, n FROM up)`;
}

/** The root (province) of `agency`'s tree today as a scalar subquery; NULL when there is no such agency. */
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
 * The tree of day $1 from `start` (every root of that day when 'roots', those ever within $3 when 'rootsWithin'), depth-first by that day's names, with
 * that day's facts. Unlike subtreeSql it prunes: an agency not valid on $1 hides its descendants too, unless $2
 * (include inactive). $3 is the root id.
 */
function depthFirstSql(start: 'root' | 'roots' | 'rootsWithin'): string {
  const from = {
    root: 'a.id = $3',
    roots: 'v.parent_id IS NULL',
    // The roots of that day among what $3 ever held: a city's reader asking for 2022 gets the province it absorbed.
    rootsWithin: `v.parent_id IS NULL AND a.id IN ${subtreeSql('$3')}`,
  }[start];
  const valid = '($2 OR (a.valid_from <= $1 AND (a.valid_to IS NULL OR a.valid_to > $1)))';
  const columns = `a.id, a.code, v.name, v.short_name, a.aliases, v.kind, v.level, v.parent_id, a.valid_from, a.valid_to, a.successor_id`;
  return `WITH RECURSIVE tree AS (
  SELECT ${columns}, 0 AS depth, ARRAY[lower(v.name) || '|' || a.id::text] AS sort_path
    FROM agency a JOIN agency_version v ON v.agency_id = a.id AND ${factsOnCondition('v', '$1')}
   WHERE ${from} AND ${valid}
  UNION ALL
  SELECT ${columns}, tree.depth + 1, tree.sort_path || (lower(v.name) || '|' || a.id::text)
    FROM agency_version v JOIN tree ON v.parent_id = tree.id AND ${factsOnCondition('v', '$1')}
    JOIN agency a ON a.id = v.agency_id
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
  isWithin: `SELECT ${everWithinSql('$1', '$2')} AS within`,
  ancestorIdsOfEach: `${UP_FROM_EACH} SELECT start_id, parent_id AS ancestor_id, n FROM up WHERE parent_id IS NOT NULL ORDER BY n DESC`,
  // Every agency ever above each of $1 (versions' parents and successors): the reading scope, for many at once.
  everAncestorIdsOfEach: `WITH RECURSIVE up(start_id, id) AS (
  SELECT node.id, node.id FROM agency node WHERE node.id = ANY($1::uuid[])
  UNION
  SELECT up.start_id, step.id FROM up ${LINKS_UP('up')}
) SELECT start_id, id AS ancestor_id FROM up WHERE id <> start_id`,
  provinceRoots: `${UP_FROM_EACH} SELECT start_id, id AS root_id FROM up WHERE parent_id IS NULL`,
  subtreeIds: `SELECT sub.id FROM ${subtreeSql('$1')} AS sub`,
  subtreeIdsValidOn: `SELECT sub.id FROM ${subtreeSql('$1', { validOn: '$2' })} AS sub`,
  descendantCounts: `WITH RECURSIVE down AS (
  SELECT node.id AS root_id, node.id, 0 AS depth FROM agency node WHERE node.id = ANY($1::uuid[])
  UNION ALL
  SELECT down.root_id, node.id, down.depth + 1 FROM agency node JOIN down ON node.parent_id = down.id WHERE down.depth < ${MAX_STEPS}
) SELECT root_id, count(*) - 1 AS n FROM down GROUP BY root_id`,
  // Up from $1 through every parent its versions from day $3 on have had: a move of $2 under $1 from $3 would
  // make a cycle on some day if this reaches $2 (conservative: it may also refuse a move that never would).
  reachesFrom: `WITH RECURSIVE up(id) AS (
  SELECT $1::uuid
  UNION
  SELECT v.parent_id FROM agency_version v JOIN up ON v.agency_id = up.id
   WHERE v.parent_id IS NOT NULL AND (v.effective_to IS NULL OR v.effective_to > $3::date)
) SELECT EXISTS (SELECT 1 FROM up WHERE up.id = $2) AS reaches`,
  depthFirstFromRoot: depthFirstSql('root'),
  depthFirstFromRoots: depthFirstSql('roots'),
  depthFirstFromRootsWithin: depthFirstSql('rootsWithin'),
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

  /** Ids from `agencyId` up to its root today, nearest first (self included); empty for an unknown id. */
  async ancestorIds(agencyId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(AGENCY_TREE_SQL.ancestorIds, [agencyId]);
    return rows.map((r) => r.id);
  }

  /** Whether `agencyId` is or ever was in the subtree of `rootId` (the root itself included; see everWithinSql). */
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

  /** Every agency each of `agencyIds` ever lay below or was merged into (see everWithinSql), unordered. */
  async everAncestorIdsOfEach(agencyIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.manager.query<{ start_id: string; ancestor_id: string }[]>(
      AGENCY_TREE_SQL.everAncestorIdsOfEach,
      [[...agencyIds]],
    );
    const result = new Map<string, string[]>();
    for (const row of rows) result.set(row.start_id, [...(result.get(row.start_id) ?? []), row.ancestor_id]);
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

  /** Whether `agencyId` is `fromId` or above it on some day from `day` on (the cycle check of a dated move). */
  async reachesFrom(fromId: string, agencyId: string, day: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query<{ reaches: boolean }[]>(AGENCY_TREE_SQL.reachesFrom, [
      fromId,
      agencyId,
      day,
    ]);
    return row.reaches;
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
   * The tree of `asOf` under `rootId` (every tree of that day when null; with `within`, the trees of that day
   * rooted in what `within` ever held) as a flat depth-first list. An agency not valid on `asOf` is left out
   * with its whole subtree unless `includeInactive`.
   */
  depthFirst(
    rootId: string | null,
    asOf: string,
    includeInactive: boolean,
    within?: string,
  ): Promise<AgencyTreeRow[]> {
    if (within)
      return this.dataSource.query<AgencyTreeRow[]>(AGENCY_TREE_SQL.depthFirstFromRootsWithin, [
        asOf,
        includeInactive,
        within,
      ]);
    return rootId
      ? this.dataSource.query<AgencyTreeRow[]>(AGENCY_TREE_SQL.depthFirstFromRoot, [
          asOf,
          includeInactive,
          rootId,
        ])
      : this.dataSource.query<AgencyTreeRow[]>(AGENCY_TREE_SQL.depthFirstFromRoots, [asOf, includeInactive]);
  }
}
