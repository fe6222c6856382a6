// The indicator scoreboard benchmark (issue goal: 1,000 agencies × 20 indicators × 20 periods, scoreboard under
// 300 ms on a 2-core machine). Run by `npm run bench` after the tasks benchmark (`--only indicators` alone).
// Results and their reading: docs/performance.md, "Indicator scoreboard".
//
//   1. database partrack_bench_indicators on the same server: created, migrated with the API's CLI, filled by
//      indicators-generate.mjs (or kept with --reuse);
//   2. raw SQL: the API's own ROLLUP_SQL (read from its build) for the three scoreboard shapes of one period —
//      COMMUNE (≈ 930 tops of one agency each), DISTRICT (20 tops of ≈ 47 communes), PROVINCE (the root, whose
//      subtree is every agency, and its 40 departments) — as the API runs it and with JIT off (the suggested
//      fix), on one connection, one statement at a time;
//   3. EXPLAIN (ANALYZE, BUFFERS) of ROLLUP_SQL for each shape (and COMMUNE with JIT off) and of the row query;
//   4. the built API on that database: `indicatorScoreboard` for the same shapes with the benchmark's selection
//      as ADMIN and as a COORDINATOR of the province (scope checks on), and with the SPA's own query, one
//      request at a time; the GraphQL cells are checked against the raw rollup rows first;
//   5. where an API request spends its time: the API's own services (from its build), called in this process;
//   6. a table with the goal and PASS/MISS (on p95) per shape; tmp/bench/indicators-result.json and
//      tmp/bench/indicators-plan.txt.
// Timed runs are interleaved (see interleaved.mjs).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort } from '../lib/network.mjs';
import { ensureUsers, gql, startApi, stopApi } from './api.mjs';
import { cpuSnapshot } from './cpu.mjs';
import { checkScoreboardCells } from './equivalence.mjs';
import { breakdown } from './indicators-breakdown.mjs';
import { inspectIndicatorData, prepareIndicatorDatabase } from './indicators-dataset.mjs';
import { explainScoreboard } from './indicators-explain.mjs';
import {
  GOAL_MS,
  PERIOD,
  rollupParams,
  SCOREBOARD_QUERY,
  SHAPES,
  SPA_SCOREBOARD_QUERY,
} from './indicators-shapes.mjs';
import { otherNote, timeInterleaved } from './interleaved.mjs';
import { machineInfo, printIndicatorReport } from './report.mjs';

const require = createRequire(import.meta.url);

/**
 * @param {{ serverUrl: string, adminUrl: string, apiSrc: string, outDir: string, repoRoot: string,
 *           args: { reuse: boolean, rawIterations: number, graphqlIterations: number, warmupIterations: number },
 *           log: Function, state: { api?: import('node:child_process').ChildProcess },
 *           checkAborted: () => void, postmasterPid?: number, serverVersion?: string, postgresMode: string }} ctx
 */
export async function runIndicatorBench(ctx) {
  const { args, log, state, checkAborted, apiSrc, outDir, repoRoot } = ctx;
  const started = performance.now();
  const result = {
    startedAt: new Date().toISOString(),
    goalMs: GOAL_MS,
    period: PERIOD,
    options: {
      reuse: args.reuse,
      rawIterations: args.rawIterations,
      graphqlIterations: args.graphqlIterations,
      warmupIterations: args.warmupIterations,
    },
  };
  const { ROLLUP_SQL } = require(path.join(apiSrc, 'indicators', 'indicator-rollup.sql.js'));
  result.rollupSql = ROLLUP_SQL.trim();

  // 1. The database.
  const benchUrl = await prepareIndicatorDatabase({
    serverUrl: ctx.serverUrl,
    adminUrl: ctx.adminUrl,
    apiSrc,
    reuse: args.reuse,
    result,
    log,
    checkAborted,
  });
  checkAborted();

  // A fresh session with the server's own settings, as the API's connections have.
  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();
  let ids;
  try {
    ids = await inspectIndicatorData(db, result, log);
    checkAborted();

    // 2. Raw SQL: each round runs every shape once as the API would (server settings: JIT on by default) and
    // once after SET jit = off (evidence for the recommendation in docs/performance.md), all on this one
    // session, the setting changed before each call outside the timing.
    const tasks = [];
    for (const jit of ['default', 'off']) {
      for (const shape of SHAPES) {
        const tops = ids.tops[shape.level];
        const params = rollupParams(
          tops.map((t) => t.id),
          ids,
        );
        tasks.push({
          meta: { level: shape.level, what: shape.what, tops: tops.length, jit },
          before: () => db.query(jit === 'off' ? 'SET jit = off' : 'RESET jit'),
          call: () => db.query(ROLLUP_SQL, params),
          describe: (out) => ({ rows: out.rowCount }),
        });
      }
    }
    log(`raw ROLLUP_SQL: ${tasks.length} runs interleaved, ${args.rawIterations} rounds…`);
    const timedRaw = await timeInterleaved(tasks, {
      warmup: args.warmupIterations,
      iterations: args.rawIterations,
      sample: () => cpuSnapshot(undefined, ctx.postmasterPid),
      checkAborted,
    });
    await db.query('RESET jit');
    result.raw = timedRaw.filter((r) => r.jit === 'default');
    result.rawJitOff = timedRaw.filter((r) => r.jit === 'off');
    for (const r of timedRaw) {
      log(
        `raw ROLLUP_SQL ${r.level}${r.jit === 'off' ? ', jit = off' : ''} (${r.tops} tops → ${r.rows} rows): ` +
          `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms${otherNote(r)}`,
      );
    }

    // 3. EXPLAIN.
    log('EXPLAIN (ANALYZE, BUFFERS) of ROLLUP_SQL per shape…');
    result.explain = await explainScoreboard(db, {
      ids,
      rollupSql: ROLLUP_SQL,
      outDir,
      startedAt: result.startedAt,
      serverVersion: ctx.serverVersion,
    });
  } finally {
    await db.end();
  }

  // 4. GraphQL.
  checkAborted();
  const port = await freePort();
  state.api = (
    await startApi({
      repoRoot,
      entry: path.join(apiSrc, 'main.js'),
      databaseUrl: benchUrl,
      port,
      dataDir: path.join(outDir, 'data-indicators'),
      logFile: path.join(outDir, 'api-indicators.log'),
      nodeOptions: args.apiNodeOptions ?? '',
      log,
    })
  ).child;
  const url = `http://127.0.0.1:${port}/graphql`;
  const users = await ensureUsers(url, ids.coordinatorAgencyId, log);
  log(`logged in ADMIN and COORDINATOR (${ids.coordinatorAgencyCode})`);
  result.equivalence = await checkScoreboardCells(url, users.admin.token, ids, benchUrl, ROLLUP_SQL);
  log(
    result.equivalence.ok
      ? `equivalence: GraphQL cells match the raw rollup (${result.equivalence.cellsCompared} cells, level COMMUNE and PROVINCE)`
      : `WARNING: GraphQL and raw differ: ${result.equivalence.problem}`,
  );
  result.graphql = [];
  const runs = [
    ...SHAPES.map((s) => ({ ...s, user: 'ADMIN', token: users.admin.token, selection: 'bench' })),
    ...SHAPES.map((s) => ({ ...s, user: 'COORDINATOR', token: users.coordinator.token, selection: 'bench' })),
    ...SHAPES.map((s) => ({ ...s, user: 'ADMIN', token: users.admin.token, selection: 'SPA' })),
  ];
  log(`GraphQL indicatorScoreboard: ${runs.length} runs interleaved, ${args.graphqlIterations} rounds…`);
  const timed = await timeInterleaved(
    runs.map((r0) => {
      const variables = { planId: ids.planId, period: PERIOD, level: r0.level };
      const query = r0.selection === 'SPA' ? SPA_SCOREBOARD_QUERY : SCOREBOARD_QUERY;
      return {
        meta: { level: r0.level, user: r0.user, selection: r0.selection, tops: ids.tops[r0.level].length },
        call: () => gql(url, query, variables, r0.token),
        describe: (out) => ({ rows: out.data.indicatorScoreboard.rows.length, bytes: out.bytes }),
      };
    }),
    {
      warmup: args.warmupIterations,
      iterations: args.graphqlIterations,
      sample: () => cpuSnapshot(state.api.pid, ctx.postmasterPid),
      checkAborted,
    },
  );
  for (const r of timed) {
    result.graphql.push(r);
    log(
      `GraphQL indicatorScoreboard ${r.level} as ${r.user}, ${r.selection} selection (${r.rows} rows, ${Math.round(r.bytes / 1024)} KB): ` +
        `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms${otherNote(r)}`,
    );
  }
  await stopApi(state.api, log);
  state.api = undefined;

  // 5. Where a request spends its time, from the API's own services in this process.
  checkAborted();
  try {
    result.breakdown = await breakdown({ apiSrc, databaseUrl: benchUrl, ids, iterations: 10 });
  } catch (err) {
    log(`could not run the API's services in-process (${err.message}); no breakdown`);
  }

  result.machine = { ...machineInfo(), postgres: ctx.serverVersion, postgresMode: ctx.postgresMode };
  result.totalSeconds = Math.round((performance.now() - started) / 1000);
  fs.writeFileSync(path.join(outDir, 'indicators-result.json'), `${JSON.stringify(result, null, 2)}\n`);
  printIndicatorReport(result);
  return result;
}
