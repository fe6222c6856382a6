// The `tasks` benchmark on the database partrack_bench: the GraphQL `tasks` query under concurrent clients next
// to a raw `pg` baseline of the same pages, scope and filter variants, EXPLAIN of the API's SQL, and optionally
// the API's CPU profile. Writes tmp/bench/result.json and tmp/bench/plan.txt, and prints the table.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../lib/network.mjs';
import { REPO_ROOT } from '../lib/start-config.mjs';
import { counters, ensureUsers, startApi, stopApi } from './api.mjs';
import { API_SRC, OUT_DIR, PAGE_SIZE } from './constants.mjs';
import { checkTaskPages } from './equivalence.mjs';
import { shuffle } from './load.mjs';
import { benchPublicSummary } from './public.mjs';
import { summariseProfile } from './profile-summary.mjs';
import { RawTasks } from './raw.mjs';
import { machineInfo, printTasksReport } from './report.mjs';
import { prepareTasksData } from './tasks-dataset.mjs';
import { explainTasks } from './tasks-explain.mjs';
import { runScenarios } from './tasks-scenarios.mjs';

/**
 * `result` already holds startedAt and options; `started` is when the whole run began (for totalSeconds).
 * @param {{ args: object, server: { url: string, embedded: boolean }, log: Function, state: object,
 *           checkAborted: () => void, postmasterPid?: number, postgresMode: string }} ctx
 */
export async function tasksBenchmark(ctx, result, started) {
  const { args, log, state, checkAborted } = ctx;
  const { benchUrl, serverVersion, ids, pages } = await prepareTasksData({
    args,
    serverUrl: ctx.server.url,
    apiSrc: API_SRC,
    result,
    log,
    checkAborted,
  });
  // Fixed seeds: every run visits the same pages in the same order.
  const allPages = shuffle(pages, 2022);
  const plan1Pages = shuffle(
    pages.filter((p) => p.planId === ids.planIds[0]),
    34,
  );
  log(`${pages.length} pages of ${PAGE_SIZE} tasks (${plan1Pages.length} in the first province's plan)`);

  // The API.
  const port = await freePort();
  const profileDir = path.join(OUT_DIR, 'prof');
  const nodeOptions = [args.apiNodeOptions];
  if (args.profile) {
    fs.rmSync(profileDir, { recursive: true, force: true });
    nodeOptions.push(`--cpu-prof --cpu-prof-dir=${profileDir}`);
  }
  state.api = (
    await startApi({
      repoRoot: REPO_ROOT,
      entry: path.join(API_SRC, 'main.js'),
      databaseUrl: benchUrl,
      port,
      dataDir: path.join(OUT_DIR, 'data'),
      logFile: path.join(OUT_DIR, 'api.log'),
      nodeOptions: nodeOptions.filter(Boolean).join(' '),
      log,
    })
  ).child;
  const url = `http://127.0.0.1:${port}/graphql`;
  checkAborted();
  const users = await ensureUsers(url, ids.coordinatorAgencyId, log);
  log(`logged in ADMIN and COORDINATOR (${ids.coordinatorAgencyCode}, province ${ids.provinceCodes[0]})`);

  state.raw = new RawTasks(benchUrl, Number(process.env.DB_POOL_SIZE) || 10);
  result.equivalence = await checkTaskPages(url, users.admin.token, state.raw, plan1Pages);
  log(
    result.equivalence.ok
      ? `equivalence: GraphQL and raw return identical pages (${result.equivalence.pagesCompared} pages compared)`
      : `WARNING: GraphQL and raw differ: ${result.equivalence.problem}`,
  );

  Object.assign(
    result,
    await runScenarios({
      args,
      url,
      users,
      ids,
      allPages,
      plan1Pages,
      raw: state.raw,
      apiPid: state.api.pid,
      postmaster: ctx.postmasterPid,
      log,
      state,
      checkAborted,
    }),
  );

  checkAborted();
  result.publicSummary = await benchPublicSummary({
    base: `http://127.0.0.1:${port}`,
    provinceCodes: ids.provinceCodes,
    args,
    log,
    checkAborted,
    state,
  });

  checkAborted();
  log('EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs for one request…');
  result.explain = await explainTasks({
    apiSrc: API_SRC,
    benchUrl,
    ids,
    users,
    plan1Pages,
    startedAt: result.startedAt,
    serverVersion,
    log,
  });

  // The API writes its CPU profile when it exits.
  if (args.profile) {
    await stopApi(state.api, log);
    const files = fs.existsSync(profileDir)
      ? fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))
      : [];
    if (files.length) {
      const file = path.join(profileDir, files.sort().at(-1));
      result.profile = {
        file: path.relative(REPO_ROOT, file),
        graphqlRequests: counters.requests,
        ...summariseProfile(file),
      };
    } else log('no CPU profile was written by the API');
  }

  result.machine = {
    ...machineInfo(),
    postgres: serverVersion,
    postgresMode: ctx.postgresMode,
    apiDbPoolSize: Number(process.env.DB_POOL_SIZE) || 10,
    apiNodeOptions: nodeOptions.filter(Boolean).join(' ') || null,
  };
  result.totalSeconds = Math.round((performance.now() - started) / 1000);
  fs.writeFileSync(path.join(OUT_DIR, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  printTasksReport(result);
}
