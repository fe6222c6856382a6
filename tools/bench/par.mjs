// The PAR Index ranking benchmark (goal: 1,000 agencies × 120 criteria ranked by one SQL statement, p95 under
// 300 ms). Run by `npm run bench` after the indicator benchmark (`--only par` alone). Results and their reading:
// docs/performance.md, "PAR Index ranking".
//
//   1. database partrack_bench_par on the same server: created, migrated with the API's CLI, filled by
//      par-generate.mjs (or kept with --reuse);
//   2. raw SQL: the API's own PAR_RANKING_SQL (read from its build) for the whole cycle, as the API runs it and
//      with JIT off, on one connection, one statement at a time; its rows checked against computeParIndex and
//      rankByIndex of libs/shared (from the same build), agency by agency;
//   3. EXPLAIN (ANALYZE, BUFFERS) → tmp/bench/par-plan.txt;
//   4. the built API on that database: `parRanking(cycleId)` as ADMIN and as a COORDINATOR of the province,
//      one request at a time, its rows checked against the statement's first;
//   5. with the API still up, points at risk (par-risk.mjs): `parPointsAtRisk(cycleId)` for the whole province
//      checked against direct SQL and timed (goal: p95 under 2 s), and the two record statements it runs;
//   6. tables with the goals and PASS/MISS (on p95); tmp/bench/par-result.json.
// Timed runs are interleaved (see interleaved.mjs).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { formatTable } from '../lib/output.mjs';
import { withDatabase } from '../lib/postgres.mjs';
import { freePort } from '../lib/network.mjs';
import { ensureUsers, gql, startApi, stopApi } from './api.mjs';
import { PAR_DB } from './constants.mjs';
import { cpuSnapshot } from './cpu.mjs';
import { databaseComment, markDatabase, migrate, recreateDatabase } from './database.mjs';
import { summarisePlan } from './explain.mjs';
import { INDICATOR_LAYOUT } from './indicators-generate.mjs';
import { otherNote, timeInterleaved } from './interleaved.mjs';
import { checkGraphqlRows, checkRankingRows } from './par-check.mjs';
import { countParRows, generateParData, PAR_LAYOUT } from './par-generate.mjs';
import { measurePointsAtRisk } from './par-risk.mjs';
import { machineInfo } from './report.mjs';

const require = createRequire(import.meta.url);
const DATA_VERSION = 2; // bump when par-generate.mjs changes, so --reuse regenerates
export const PAR_GOAL_MS = 300;

/** What a ranking screen asks for: every row with its areas and the year before. */
const RANKING_QUERY = `query BenchParRanking($cycleId: ID!) {
  parRanking(cycleId: $cycleId) {
    rank index points bonus penalty maxPoints previousIndex status finalised
    agency { code name }
    band { code label }
    areas { code name points maxPoints index }
  }
}`;

/** The list without component indices: what a ranking table needs before a row is opened. */
const LEAN_QUERY = `query BenchParRankingLean($cycleId: ID!) {
  parRanking(cycleId: $cycleId) { rank index previousIndex finalised agency { code name } band { code } }
}`;

async function prepareDatabase({ serverUrl, adminUrl, apiSrc, reuse, result, log, checkAborted }) {
  const benchUrl = withDatabase(serverUrl, PAR_DB);
  const marker = `partrack-bench-par ${JSON.stringify({ v: DATA_VERSION, layout: PAR_LAYOUT })}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let reused = false;
  try {
    reused = reuse && (await databaseComment(admin, PAR_DB)).comment === marker;
    if (reused) log(`--reuse: ${PAR_DB} already holds this data set; keeping it`);
    else await recreateDatabase(admin, PAR_DB, adminUrl, log);
  } finally {
    await admin.end();
  }
  await migrate(apiSrc, benchUrl, log);
  checkAborted();
  if (reused) {
    result.generation = { reused: true };
    return benchUrl;
  }
  const gen = new pg.Client({ connectionString: benchUrl });
  await gen.connect();
  try {
    log(
      'generating 1,000 agencies, a framework of 120 scored items a year, two cycles of scores, ' +
        `${PAR_LAYOUT.tasks.toLocaleString('en')} tasks and 4 reporting rounds…`,
    );
    result.generation = await generateParData(gen, { log });
    await markDatabase(gen, PAR_DB, marker);
    log(`data generated in ${result.generation.seconds} s`);
  } finally {
    await gen.end();
  }
  return benchUrl;
}

async function explainRanking(db, sql, params, outDir, startedAt) {
  const plans = [];
  for (const jit of ['off', 'on']) {
    await db.query(jit === 'off' ? 'SET jit = off' : 'RESET jit');
    await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    plans.push({ jit, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
  }
  await db.query('RESET jit');
  fs.writeFileSync(
    path.join(outDir, 'par-plan.txt'),
    `EXPLAIN (ANALYZE, BUFFERS) of PAR_RANKING_SQL (partrack benchmark, ${startedAt}), parameters ${JSON.stringify(params)}.\n` +
      `Each ran twice; the second (warm) plan is shown.\n\n` +
      plans.map((p) => `=== jit ${p.jit} ===\n${p.plan}\n`).join('\n') +
      `\n=== the SQL ===\n${sql.trim()}\n`,
  );
  return plans.map((p) => ({ ...summarisePlan(p.plan), jit: p.jit }));
}

/**
 * @param {{ serverUrl: string, adminUrl: string, apiSrc: string, outDir: string, repoRoot: string,
 *           args: { reuse: boolean, rawIterations: number, graphqlIterations: number, warmupIterations: number,
 *                   riskIterations: number, apiNodeOptions?: string },
 *           log: Function, state: { api?: import('node:child_process').ChildProcess },
 *           checkAborted: () => void, postmasterPid?: number, serverVersion?: string, postgresMode: string }} ctx
 */
export async function runParBench(ctx) {
  const { args, log, state, checkAborted, apiSrc, outDir, repoRoot } = ctx;
  const started = performance.now();
  const result = { startedAt: new Date().toISOString(), goalMs: PAR_GOAL_MS, layout: PAR_LAYOUT };
  const { PAR_RANKING_SQL } = require(path.join(apiSrc, 'par-index', 'par-ranking.sql.js'));
  const shared = require(path.join(apiSrc, '..', '..', '..', 'libs', 'shared', 'src', 'index.js'));

  const benchUrl = await prepareDatabase({ ...ctx, reuse: args.reuse, result, log, checkAborted });
  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();
  await db.query('SET jit = off'); // as the API's connections
  let ids;
  let sqlRows;
  try {
    result.data = await countParRows(db);
    const cycles = await db.query(`SELECT id, year FROM par_cycle ORDER BY year`);
    const cycleOf = (year) => cycles.rows.find((c) => c.year === year)?.id;
    const coordinator = await db.query(`SELECT id FROM agency WHERE code = $1`, [
      `${INDICATOR_LAYOUT.province[0]}-SNV`,
    ]);
    ids = {
      cycleId: cycleOf(PAR_LAYOUT.year),
      previousCycleId: cycleOf(PAR_LAYOUT.previousYear),
      coordinatorAgencyId: coordinator.rows[0].id,
    };
    log(
      `data: ${result.data.par_assessment} assessments of ${result.data.agency} agencies, ` +
        `${result.data.par_criterion} items, ${result.data.par_score} scores (${result.data.par_score_size})`,
    );
    const params = [ids.cycleId, null];

    // The statement's rows against libs/shared, before timing anything.
    const codes = new Map((await db.query('SELECT id, code FROM agency')).rows.map((a) => [a.id, a.code]));
    sqlRows = (await db.query(PAR_RANKING_SQL, params)).rows.map((r) => ({
      ...r,
      code: codes.get(r.agency_id),
    }));
    result.equivalence = await checkRankingRows(db, shared, { rows: sqlRows, ...ids });
    log(
      result.equivalence.ok
        ? `equivalence: the statement matches computeParIndex/rankByIndex for all ${result.equivalence.compared} agencies`
        : `WARNING: the statement and libs/shared differ: ${JSON.stringify(result.equivalence.differences)}`,
    );

    // The API's connections run with jit off (database/data-source.ts); the server default is shown beside it.
    const tasks = ['off', 'on'].map((jit) => ({
      meta: { via: 'raw SQL', user: '—', jit },
      before: () => db.query(jit === 'off' ? 'SET jit = off' : 'RESET jit'),
      call: () => db.query(PAR_RANKING_SQL, params),
      describe: (out) => ({ rows: out.rowCount }),
    }));
    log(`raw PAR_RANKING_SQL: ${tasks.length} runs interleaved, ${args.rawIterations} rounds…`);
    result.raw = await timeInterleaved(tasks, {
      warmup: args.warmupIterations,
      iterations: args.rawIterations,
      sample: () => cpuSnapshot(undefined, ctx.postmasterPid),
      checkAborted,
    });
    await db.query('RESET jit');
    log('EXPLAIN (ANALYZE, BUFFERS) of PAR_RANKING_SQL…');
    result.explain = await explainRanking(db, PAR_RANKING_SQL, params, outDir, result.startedAt);
  } finally {
    await db.end();
  }

  checkAborted();
  const port = await freePort();
  state.api = (
    await startApi({
      repoRoot,
      entry: path.join(apiSrc, 'main.js'),
      databaseUrl: benchUrl,
      port,
      dataDir: path.join(outDir, 'data-par'),
      logFile: path.join(outDir, 'api-par.log'),
      nodeOptions: args.apiNodeOptions ?? '',
      log,
    })
  ).child;
  const url = `http://127.0.0.1:${port}/graphql`;
  const users = await ensureUsers(url, ids.coordinatorAgencyId, log);
  const first = await gql(url, RANKING_QUERY, { cycleId: ids.cycleId }, users.admin.token);
  result.graphqlEquivalence = checkGraphqlRows(first.data.parRanking, sqlRows);
  log(
    result.graphqlEquivalence.ok
      ? `equivalence: GraphQL parRanking returns the statement's ${result.graphqlEquivalence.rowsCompared} rows`
      : `WARNING: GraphQL and the statement differ: ${result.graphqlEquivalence.problem}`,
  );
  log(`GraphQL parRanking: 3 runs interleaved, ${args.graphqlIterations} rounds…`);
  result.graphql = await timeInterleaved(
    [
      ['ADMIN', users.admin.token, RANKING_QUERY],
      ['COORDINATOR', users.coordinator.token, RANKING_QUERY],
      ['ADMIN, no areas', users.admin.token, LEAN_QUERY],
    ].map(([user, token, query]) => ({
      meta: { via: 'GraphQL', user, jit: 'off' },
      call: () => gql(url, query, { cycleId: ids.cycleId }, token),
      describe: (out) => ({ rows: out.data.parRanking.length, bytes: out.bytes }),
    })),
    {
      warmup: args.warmupIterations,
      iterations: args.graphqlIterations,
      sample: () => cpuSnapshot(state.api.pid, ctx.postmasterPid),
      checkAborted,
    },
  );
  result.pointsAtRisk = await measurePointsAtRisk({
    url,
    benchUrl,
    apiSrc,
    outDir,
    startedAt: result.startedAt,
    users,
    ids,
    shared,
    args,
    apiPid: state.api.pid,
    postmasterPid: ctx.postmasterPid,
    log,
    checkAborted,
  });
  await stopApi(state.api, log);
  state.api = undefined;

  result.machine = { ...machineInfo(), postgres: ctx.serverVersion, postgresMode: ctx.postgresMode };
  result.totalSeconds = Math.round((performance.now() - started) / 1000);
  fs.writeFileSync(path.join(outDir, 'par-result.json'), `${JSON.stringify(result, null, 2)}\n`);
  printParReport(result);
  return result;
}

function printParReport(result) {
  const m = result.machine;
  console.log('');
  console.log(
    `PAR Index ranking — goal: < ${result.goalMs} ms (p95), ${m.cpus} CPUs (${m.cpuModel}), Node ${m.node}, ` +
      `PostgreSQL ${m.postgres} (${m.postgresMode})`,
  );
  const d = result.data;
  console.log(
    `data: ${d.par_assessment} assessments (${d.agency} agencies × 2 years), ${d.par_criterion} items, ` +
      `${d.par_score} scores (${d.par_score_size}) — ` +
      (result.generation.reused ? 'reused' : `generated in ${result.generation.seconds} s`),
  );
  const cpu = (r) =>
    r.cpuMsPerCall
      ? [r.cpuMsPerCall.api, r.cpuMsPerCall.postgres]
          .filter((x) => x)
          .map(Math.round)
          .join(' · ')
      : '—';
  const rows = [
    ['via', 'user', 'jit', 'rows', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'goal', 'CPU ms (API · PG)'],
  ];
  for (const r of [...result.raw, ...result.graphql])
    rows.push([
      r.via,
      r.user,
      r.jit,
      r.rows,
      r.iterations,
      r.p50,
      r.p95,
      r.p99,
      r.max,
      r.p95 < result.goalMs ? 'PASS' : 'MISS',
      cpu(r),
    ]);
  console.log(formatTable(rows));
  for (const r of [...result.raw, ...result.graphql])
    if (otherNote(r)) console.log(`${r.via} ${r.user}:${otherNote(r)}`);
  for (const e of result.explain)
    console.log(`EXPLAIN, jit ${e.jit}: execution ${e.executionMs} ms, planning ${e.planningMs} ms`);
  console.log(
    `checks: statement = libs/shared ${result.equivalence.ok ? 'yes' : 'NO'}, GraphQL = statement ${result.graphqlEquivalence.ok ? 'yes' : 'NO'}`,
  );
  printRiskReport(result, cpu);
}

function printRiskReport(result, cpu) {
  const r = result.pointsAtRisk;
  if (!r) return;
  const d = result.data;
  console.log('');
  console.log(
    `PAR points at risk (parPointsAtRisk, whole province) — goal: < ${r.goalMs} ms (p95); records as of ${r.asOf}`,
  );
  console.log(
    `data: ${d.plan_item} tasks (${d.plan_item_agency} leads), ${d.agency_report} reports of ${d.reporting_round} ` +
      `rounds, ${d.data_rules} data rules; answer: ${r.answer.rows} rows (${Math.round(r.answer.bytes / 1024)} KB), ` +
      `${r.answer.agenciesAtRisk} agencies with points at risk, ${r.answer.lateTasks} late tasks, ` +
      `${r.answer.lateReports} late reports`,
  );
  const rows = [
    ['via', 'user', 'rows', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'goal', 'CPU ms (API · PG)'],
  ];
  for (const x of [...r.graphql, ...r.raw])
    rows.push([
      x.via,
      x.user,
      x.rows,
      x.iterations,
      x.p50,
      x.p95,
      x.p99,
      x.max,
      x.via.startsWith('GraphQL') ? (x.p95 < r.goalMs ? 'PASS' : 'MISS') : '—',
      cpu(x),
    ]);
  console.log(formatTable(rows));
  for (const x of [...r.graphql, ...r.raw])
    if (otherNote(x)) console.log(`${x.via} ${x.user}:${otherNote(x)}`);
  for (const e of r.explain)
    console.log(`EXPLAIN ${e.statement}: execution ${e.executionMs} ms, planning ${e.planningMs} ms`);
  console.log(
    `check: parPointsAtRisk = direct SQL ${r.check.ok ? 'yes' : 'NO'} (${r.check.compared.map((c) => c.agency).join(', ')})`,
  );
}
