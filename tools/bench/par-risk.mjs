// Points at risk for a whole province (issue goal: every agency of a province under 2 s), part of the PAR
// benchmark (par.mjs, which starts the API and calls this while it runs). Results and their reading:
// docs/performance.md, "PAR Index ranking" → "Points at risk".
//
//   1. `parPointsAtRisk(cycleId)` once as ADMIN, its rows checked against direct SQL for a few agencies
//      (par-check.mjs: lateTasks, lateReports, pointsAtRisk);
//   2. timed through GraphQL as ADMIN and as the province's COORDINATOR, one request at a time, interleaved;
//   3. the two record statements the API runs for it (PAR_DATA_SQL.taskCounts and reportCounts, read from the
//      build) timed alone with the API's parameters, then EXPLAIN (ANALYZE, BUFFERS) → tmp/bench/par-risk-plan.txt.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { gql } from './api.mjs';
import { cpuSnapshot } from './cpu.mjs';
import { summarisePlan } from './explain.mjs';
import { INDICATOR_LAYOUT } from './indicators-generate.mjs';
import { timeInterleaved } from './interleaved.mjs';
import { checkAtRiskRows } from './par-check.mjs';
import { PAR_LAYOUT } from './par-generate.mjs';

const require = createRequire(import.meta.url);
export const RISK_GOAL_MS = 2000;

/** What the points-at-risk screen asks for: every agency with its index, points at risk and late records. */
const RISK_QUERY = `query BenchParPointsAtRisk($cycleId: ID!) {
  parPointsAtRisk(cycleId: $cycleId) {
    assessmentId index pointsAtRisk lateTasks lateReports
    agency { code name }
  }
}`;

/** The day the API reads records as of: the cycle's year end, or today in Vietnam when earlier. */
function asOfFor(year) {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  return `${year}-12-31` < today ? `${year}-12-31` : today;
}

/** The plan prints the 1,000 agency ids inline: shown as their count. */
function shortenIdLists(plan) {
  return plan.replace(
    /'\{((?:[0-9a-f-]{36},){9,}[0-9a-f-]{36})\}'::uuid\[\]/g,
    (_, list) => `'{… ${list.split(',').length} uuids …}'::uuid[]`,
  );
}

/** Agencies checked against SQL: the province committee, a department, a district, two communes. */
function sampleCodes() {
  const p = INDICATOR_LAYOUT.province[0];
  return [p, `${p}-SNV`, `${p}-H01`, `${p}-X0001`, `${p}-X0500`];
}

/**
 * @param {{ url: string, benchUrl: string, apiSrc: string, outDir: string, startedAt: string,
 *           users: { admin: { token: string }, coordinator: { token: string } },
 *           ids: { cycleId: string }, shared: object, args: { riskIterations: number, warmupIterations: number },
 *           apiPid: number, postmasterPid?: number, log: Function, checkAborted: () => void }} ctx
 */
export async function measurePointsAtRisk(ctx) {
  const { url, users, ids, args, log, checkAborted } = ctx;
  const { PAR_DATA_SQL } = require(path.join(ctx.apiSrc, 'par-index', 'par-data.sql.js'));
  const year = PAR_LAYOUT.year;
  const asOf = asOfFor(year);
  const out = { goalMs: RISK_GOAL_MS, asOf, iterations: args.riskIterations };
  const db = new pg.Client({ connectionString: ctx.benchUrl });
  await db.connect();
  try {
    const first = await gql(url, RISK_QUERY, { cycleId: ids.cycleId }, users.admin.token);
    const rows = first.data.parPointsAtRisk;
    const top = rows[0];
    out.answer = {
      rows: rows.length,
      bytes: first.bytes,
      agenciesAtRisk: rows.filter((r) => r.pointsAtRisk > 0).length,
      lateTasks: rows.reduce((t, r) => t + r.lateTasks, 0),
      lateReports: rows.reduce((t, r) => t + r.lateReports, 0),
      top: top && { agency: top.agency.code, pointsAtRisk: top.pointsAtRisk, lateTasks: top.lateTasks },
    };
    const codes = [...new Set([...sampleCodes(), top?.agency.code].filter(Boolean))];
    out.check = await checkAtRiskRows(db, ctx.shared, { rows, cycleId: ids.cycleId, year, asOf, codes });
    log(
      out.check.ok
        ? `check: parPointsAtRisk matches direct SQL (lateTasks, lateReports, pointsAtRisk) for ${codes.join(', ')}`
        : `WARNING: parPointsAtRisk and direct SQL differ: ${JSON.stringify(out.check.differences)}`,
    );

    log(`GraphQL parPointsAtRisk: 2 runs interleaved, ${args.riskIterations} rounds…`);
    out.graphql = await timeInterleaved(
      [
        ['ADMIN', users.admin.token],
        ['COORDINATOR', users.coordinator.token],
      ].map(([user, token]) => ({
        meta: { via: 'GraphQL parPointsAtRisk', user, jit: 'off' },
        call: () => gql(url, RISK_QUERY, { cycleId: ids.cycleId }, token),
        describe: (res) => ({ rows: res.data.parPointsAtRisk.length, bytes: res.bytes }),
      })),
      {
        warmup: Math.min(args.warmupIterations, 3),
        iterations: args.riskIterations,
        sample: () => cpuSnapshot(ctx.apiPid, ctx.postmasterPid),
        checkAborted,
      },
    );

    // The record statements with the parameters the API passes: province root, year, as-of day, the cycle's
    // agencies, no what-if tasks.
    const { rows: cycle } = await db.query(`SELECT province_id FROM par_cycle WHERE id = $1`, [ids.cycleId]);
    const { rows: agencies } = await db.query(`SELECT agency_id FROM par_assessment WHERE cycle_id = $1`, [
      ids.cycleId,
    ]);
    const base = [cycle[0].province_id, year, asOf, agencies.map((a) => a.agency_id)];
    const statements = [
      ['taskCounts', PAR_DATA_SQL.taskCounts, [...base, []]],
      ['reportCounts', PAR_DATA_SQL.reportCounts, base],
    ];
    await db.query('SET jit = off'); // as the API's connections
    log(`raw PAR_DATA_SQL.taskCounts and reportCounts: interleaved, ${args.riskIterations} rounds…`);
    out.raw = await timeInterleaved(
      statements.map(([name, sql, params]) => ({
        meta: { via: `raw ${name}`, user: '—', jit: 'off' },
        call: () => db.query(sql, params),
        describe: (res) => ({ rows: res.rowCount }),
      })),
      {
        warmup: Math.min(args.warmupIterations, 3),
        iterations: args.riskIterations,
        sample: () => cpuSnapshot(undefined, ctx.postmasterPid),
        checkAborted,
      },
    );
    log('EXPLAIN (ANALYZE, BUFFERS) of taskCounts and reportCounts…');
    out.explain = [];
    const texts = [];
    for (const [name, sql, params] of statements) {
      await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      const { rows: plan } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      texts.push(`=== ${name} ===\n${shortenIdLists(text)}\n\n--- the SQL ---\n${sql.trim()}\n`);
      out.explain.push({ statement: name, ...summarisePlan(text) });
    }
    fs.writeFileSync(
      path.join(ctx.outDir, 'par-risk-plan.txt'),
      `EXPLAIN (ANALYZE, BUFFERS) of PAR_DATA_SQL.taskCounts and reportCounts (partrack benchmark, ` +
        `${ctx.startedAt}), jit off, parameters: province root, ${year}, ${asOf}, ${base[3].length} agency ids` +
        ` (, no what-if tasks).\nEach ran twice; the second (warm) plan is shown.\n\n${texts.join('\n')}`,
    );
  } finally {
    await db.end();
  }
  return out;
}
