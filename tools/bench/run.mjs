#!/usr/bin/env node
// `npm run bench`: a benchmark (not a test) of the GraphQL `tasks` query on a national-scale data set, next to a
// raw `pg` baseline of the same pages run in this same process; then the indicator scoreboard benchmark
// (indicators.mjs: its own database and API process), then the PAR Index ranking (par.mjs: the same, its own).
// `--only tasks|indicators|par` runs one; `--only public` the public summary alone (public-run.mjs). See
// docs/performance.md.
//
//   1. builds the API (Nx caches), starts Postgres (DATABASE_URL, else an embedded server in tmp/bench-pg on
//      port 54369), creates the database partrack_bench, migrates it with the API's CLI and generates the data
//      with set-based SQL (or reuses it with --reuse);
//   2. starts the built API (NODE_ENV=production) against it, logs in an ADMIN and a COORDINATOR;
//   3. measures `tasks(first: 100, filter: { planId })` with N concurrent clients, then the raw baseline on the
//      same pages, then shorter scope and filter variants;
//   4. EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs → tmp/bench/plan.txt;
//   5. prints a table, writes tmp/bench/result.json, stops the API and the embedded Postgres (also on Ctrl-C).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { postmasterPid } from '../lib/embedded-postgres.mjs';
import { makeLogger } from '../lib/output.mjs';
import { superviseSelf } from '../lib/processes.mjs';
import { REPO_ROOT, UsageError } from '../lib/start-config.mjs';
import { stopApi } from './api.mjs';
import { buildApi, snapshotApiBuild } from './api-build.mjs';
import { HELP, parseArgs } from './cli.mjs';
import { API_SRC, INDICATOR_DB, OUT_DIR, PAR_DB, PG_DATA_DIR, PG_PORT } from './constants.mjs';
import { maintenanceUrl, serverVersion } from './database.mjs';
import { runIndicatorBench } from './indicators.mjs';
import {
  Aborted,
  checkAborted,
  installSignalHandlers,
  shutdown,
  startPostgres,
  state,
} from './lifecycle.mjs';
import { runParBench } from './par.mjs';
import { runPublicBench } from './public-run.mjs';
import { tasksBenchmark } from './tasks.mjs';

const log = makeLogger('bench');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  // Ctrl-C reaches the whole process group, embedded Postgres included: run in a supervised child so the API
  // stops first and Postgres last (same scheme as npm start).
  if (superviseSelf({ onFrontGone: () => void shutdown(1, 'the launching process went away') })) return;
  installSignalHandlers();
  const started = performance.now();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const result = { startedAt: new Date().toISOString(), options: args };

  if (args.skipBuild) log('skipping the build (--skip-build)');
  else await buildApi(log);
  await snapshotApiBuild(log);
  checkAborted();

  const server = await startPostgres();
  checkAborted();
  const postmaster = server.embedded ? postmasterPid(PG_DATA_DIR) : undefined;
  const postgresMode = server.embedded ? `embedded (tmp/bench-pg, port ${PG_PORT})` : 'DATABASE_URL';
  const common = { args, state, checkAborted, postmasterPid: postmaster, postgresMode };
  if (args.only === null || args.only === 'tasks') {
    await tasksBenchmark({ ...common, server, log }, result, started);
    // Its API and raw pool go before the next benchmark starts its own.
    await stopApi(state.api, log);
    state.api = undefined;
    await state.raw?.end().catch(() => {});
    state.raw = undefined;
  }
  if (args.only === null || args.only === 'indicators') {
    checkAborted();
    const adminUrl = maintenanceUrl(server.url, INDICATOR_DB);
    await runIndicatorBench({
      ...common,
      serverUrl: server.url,
      adminUrl,
      apiSrc: API_SRC,
      outDir: OUT_DIR,
      repoRoot: REPO_ROOT,
      log: makeLogger('bench:indicators'),
      serverVersion: await serverVersion(adminUrl),
    });
  }
  if (args.only === 'public') await runPublicBench({ ...common, server, log }, result, started);
  if (args.only === null || args.only === 'par') {
    checkAborted();
    const adminUrl = maintenanceUrl(server.url, PAR_DB);
    await runParBench({
      ...common,
      serverUrl: server.url,
      adminUrl,
      apiSrc: API_SRC,
      outDir: OUT_DIR,
      repoRoot: REPO_ROOT,
      log: makeLogger('bench:par'),
      serverVersion: await serverVersion(adminUrl),
    });
  }
  await shutdown(0);
}

main().catch((err) => {
  if (err instanceof Aborted || state.shuttingDown) return;
  log.error(err instanceof UsageError ? err.message : (err?.stack ?? String(err)));
  void shutdown(1);
});
