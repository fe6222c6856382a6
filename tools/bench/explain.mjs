// EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs for one `tasks` request.
//
// The running API cannot log its SQL without a code change, so the SQL is produced here, in this process, by
// the API's own compiled code (its build): TasksService.list() (which calls keyset paginate()), the actor query of
// AuthenticationService and the repository calls of the DataLoaders, on a TypeORM DataSource whose logger
// records every statement with its parameters. That is the SQL of apps/api/src/plans/tasks.service.ts exactly
// as TypeORM renders it, not a hand copy. If dist/ cannot be loaded (API code changed shape), the hand-written
// reconstruction below is explained instead.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { RAW_ASSIGNMENTS_SQL, rawItemsSql, todayInVietnam } from './raw.mjs';

const require = createRequire(import.meta.url);

/** Collects statements from TypeORM: an object implementing its Logger interface. */
class CapturingLogger {
  constructor() {
    this.queries = [];
  }
  logQuery(query, parameters) {
    this.queries.push({ sql: query, params: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  take() {
    const out = this.queries;
    this.queries = [];
    return out;
  }
}

/**
 * Runs the API's code for each scenario and returns the statements it sent.
 * @returns {Promise<{ label: string, sql: string, params: unknown[] }[]>}
 */
export async function captureApiSql({ apiSrc, databaseUrl, ids }) {
  const dist = apiSrc;
  const load = (rel) => require(path.join(dist, rel));
  require('reflect-metadata');
  const { DataSource, In } = require('typeorm');
  const { dataSourceOptions } = load('database/data-source.js');
  const { TasksService } = load('plans/tasks.service.js');
  const { AgencyScopeService } = load('agencies/agency-scope.service.js');
  const { AgencyTreeRepository } = load('agencies/agency-tree.repository.js');
  const { AuthenticationService } = load('auth/authentication.service.js');
  const { PlanItemAgency } = load('plans/plan-item-agency.entity.js');
  const { Agency } = load('agencies/agency.entity.js');
  const { AgencyGroup } = load('agencies/agency-group.entity.js');

  const logger = new CapturingLogger();
  const ds = new DataSource({
    ...dataSourceOptions({ url: databaseUrl, poolSize: 2 }),
    logger,
    logging: true,
  });
  await ds.initialize();
  const out = [];
  const record = (label) => {
    for (const [i, q] of logger.take().entries())
      out.push({ label: `${label}${i ? ` #${i + 1}` : ''}`, ...q });
  };
  try {
    logger.take();
    const tasks = new TasksService(ds, new AgencyScopeService(new AgencyTreeRepository(ds)));

    // 1. The auth context: once per request, when Apollo builds the context.
    // The claims a verified access token carries; the session id is one no logout has revoked.
    const [{ token_version: ver }] = await ds.query('SELECT token_version FROM app_user WHERE id = $1', [
      ids.coordinatorUserId,
    ]);
    logger.take();
    const authn = new AuthenticationService(ds);
    const coordinator = await authn.actorFromClaims({ sub: ids.coordinatorUserId, ver, sid: randomUUID() });
    record('auth context (actor + province root)');
    if (!coordinator) throw new Error('the coordinator user was not found');
    const admin = {
      kind: 'USER',
      id: ids.adminUserId,
      label: 'admin',
      role: 'ADMIN',
      agencyId: null,
      provinceRootId: null,
    };

    // 2. The main query: ADMIN, one plan, a page in the middle of it (items, then count).
    const page = { first: 100, after: ids.midCursor };
    const conn = await tasks.list(admin, { planId: ids.planId }, undefined, page);
    const labels = ['tasks items (ADMIN, planId, after cursor)', 'tasks totalCount (ADMIN, planId)'];
    for (const [i, q] of logger.take().entries()) out.push({ label: labels[i] ?? `tasks #${i + 1}`, ...q });

    // 3. The DataLoaders the selection triggers: assignments of the 100 items, then their agencies and groups.
    const itemIds = conn.edges.map((e) => e.node.id);
    const assignments = await ds
      .getRepository(PlanItemAgency)
      .find({ where: { itemId: In(itemIds) }, order: { position: 'ASC' } });
    record('loader: assignments of 100 items');
    const agencyIds = [...new Set(assignments.map((a) => a.agencyId).filter(Boolean))];
    const groupIds = [...new Set(assignments.map((a) => a.groupId).filter(Boolean))];
    await ds.getRepository(Agency).find({ where: { id: In(agencyIds) } });
    record(`loader: agencies by id (${agencyIds.length} ids)`);
    if (groupIds.length) {
      await ds.getRepository(AgencyGroup).findBy({ id: In(groupIds) });
      record(`loader: groups by id (${groupIds.length} ids)`);
    }

    // 4. Scope: the same page as the COORDINATOR of the plan's province.
    await tasks.list(coordinator, { planId: ids.planId }, undefined, page);
    const scoped = logger.take();
    out.push({ label: 'tasks items (COORDINATOR, planId, scope filter)', ...scoped[0] });
    out.push({ label: 'tasks totalCount (COORDINATOR, planId, scope filter)', ...scoped[1] });

    // 5. Scope alone: the COORDINATOR without planId (the scope CTE decides which plans), first page.
    await tasks.list(coordinator, {}, undefined, { first: 100 });
    const province = logger.take();
    out.push({ label: 'tasks items (COORDINATOR, no planId: scope only)', ...province[0] });
    out.push({ label: 'tasks totalCount (COORDINATOR, no planId: scope only)', ...province[1] });

    // 6. Filter: lead agency and overdue, as ADMIN, first page.
    await tasks.list(admin, { leadAgencyId: ids.leadAgencyId, overdue: true }, undefined, { first: 100 });
    const filtered = logger.take();
    out.push({ label: 'tasks items (ADMIN, leadAgencyId + overdue)', ...filtered[0] });
    out.push({ label: 'tasks totalCount (ADMIN, leadAgencyId + overdue)', ...filtered[1] });
  } finally {
    await ds.destroy();
  }
  return out;
}

/** Hand-written reconstruction of the main query (tasks.service.ts + keyset-pagination.ts), used as a fallback. */
export function reconstructedSql(ids, after) {
  return [
    {
      label: 'tasks items (ADMIN, planId, after cursor) [reconstructed]',
      sql: `SELECT item.* FROM plan_item item
              LEFT JOIN plan_item src ON src.id = item.source_item_id
              INNER JOIN plan plan ON plan.id = item.plan_id
             WHERE item.kind IN ($1, $2) AND item.plan_id = $3
               AND (item.plan_id, item.sort_order, item.id) > ($4, $5, $6)
             ORDER BY item.plan_id ASC, item.sort_order ASC, item.id ASC LIMIT 101`,
      params: ['TASK', 'PROJECT', ids.planId, ...after],
    },
    {
      label: 'tasks totalCount (ADMIN, planId) [reconstructed]',
      sql: `SELECT COUNT(DISTINCT(item.id)) AS cnt FROM plan_item item
              LEFT JOIN plan_item src ON src.id = item.source_item_id
              INNER JOIN plan plan ON plan.id = item.plan_id
             WHERE item.kind IN ($1, $2) AND item.plan_id = $3`,
      params: ['TASK', 'PROJECT', ids.planId],
    },
  ];
}

export function rawBaselineSql(ids, after, itemIds) {
  return [
    {
      label: 'raw baseline: items',
      sql: rawItemsSql(true),
      params: [ids.planId, 101, todayInVietnam(), ...after.slice(1)],
    },
    { label: 'raw baseline: assignments + agencies + groups', sql: RAW_ASSIGNMENTS_SQL, params: [itemIds] },
  ];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each statement (twice; the second, warm run is kept).
 * @returns {Promise<{ text: string, summaries: object[] }>}
 */
export async function explainAll(databaseUrl, statements) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const indexDefs = new Map(
    (await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`)).rows.map(
      (r) => [r.indexname, r.indexdef.replace(/^CREATE (UNIQUE )?INDEX \S+ ON public\./, '$1')],
    ),
  );
  const parts = [];
  const summaries = [];
  try {
    for (const statement of statements) {
      let plan;
      try {
        await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
        plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      } catch (err) {
        plan = `EXPLAIN failed: ${err.message}`;
      }
      parts.push(
        `=== ${statement.label} ===\n-- SQL\n${statement.sql.trim()}\n-- parameters\n${JSON.stringify(
          statement.params,
        )}\n-- plan\n${plan}\n`,
      );
      summaries.push({ label: statement.label, ...summarisePlan(plan, indexDefs) });
    }
  } finally {
    await client.end();
  }
  return { text: parts.join('\n'), summaries };
}

/** Execution time, scans (with index definitions), JIT and sorts of one text plan. */
export function summarisePlan(plan, indexDefs = new Map()) {
  const num = (re) => {
    const m = re.exec(plan);
    return m ? Number(m[1]) : null;
  };
  const scans = [];
  const re =
    /(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan|CTE Scan|Function Scan)(?: Backward)?(?: using ("?[\w]+"?))?(?: on ("?[\w]+"?))?(?: (\w+))?\s+\(cost=[^)]*\) \(actual time=[\d.]+\.\.([\d.]+) rows=(\d+) loops=(\d+)\)/g;
  for (const m of plan.matchAll(re)) {
    const [, kind, index, rel, , time, rows, loops] = m;
    const idx = index?.replace(/"/g, '');
    const relName = rel?.replace(/"/g, '');
    scans.push({
      kind,
      on: kind === 'Bitmap Index Scan' ? (idx ?? relName) : relName,
      index: kind === 'Bitmap Index Scan' ? relName : idx,
      indexDef: indexDefs.get(kind === 'Bitmap Index Scan' ? relName : idx) ?? undefined,
      rows: Number(rows),
      loops: Number(loops),
      ms: Number(time),
    });
  }
  return {
    executionMs: num(/Execution Time: ([\d.]+) ms/),
    planningMs: num(/Planning Time: ([\d.]+) ms/),
    jit: /\nJIT:/.test(plan),
    sharedHit: num(/Buffers: shared hit=(\d+)/),
    sorts: [...plan.matchAll(/Sort Method: ([^\n]+)/g)].map((m) => m[1].trim()),
    scans,
  };
}
