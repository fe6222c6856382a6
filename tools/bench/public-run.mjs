// `npm run bench -- --only public`: the public transparency summary (docs/public.md) on the national-scale
// `tasks` data set (partrack_bench, generated or kept with --reuse) plus surveys and inspection plans
// (public-generate.mjs). One cold request per province (a cache miss: at most two statements), then clients on
// the cached answer (200) and on revalidation (304). Goal: p95 ≤ 50 ms from cache. → tmp/bench/public-result.json
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freePort } from '../lib/network.mjs';
import { REPO_ROOT } from '../lib/start-config.mjs';
import { startApi } from './api.mjs';
import { API_SRC, OUT_DIR } from './constants.mjs';
import { benchPublicSummary } from './public.mjs';
import { generatePublicData } from './public-generate.mjs';
import { machineInfo } from './report.mjs';
import { prepareTasksData } from './tasks-dataset.mjs';

/**
 * @param {{ args: object, server: { url: string }, log: Function, state: object, checkAborted: () => void,
 *           postgresMode: string }} ctx
 */
export async function runPublicBench(ctx, result, started) {
  const { args, log, state, checkAborted } = ctx;
  const { benchUrl, serverVersion, ids } = await prepareTasksData({
    args,
    serverUrl: ctx.server.url,
    apiSrc: API_SRC,
    result,
    log,
    checkAborted,
  });
  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();
  try {
    log('adding surveys and inspection plans (set-based SQL)…');
    result.publicData = await generatePublicData(db, log);
  } finally {
    await db.end();
  }
  log(
    `public data: ${result.publicData.surveys} surveys, ${result.publicData.answers} answer counts, ` +
      `${result.publicData.plans} inspection plans, ${result.publicData.inspections} inspections`,
  );
  checkAborted();

  const port = await freePort();
  state.api = (
    await startApi({
      repoRoot: REPO_ROOT,
      entry: path.join(API_SRC, 'main.js'),
      databaseUrl: benchUrl,
      port,
      dataDir: path.join(OUT_DIR, 'data'),
      logFile: path.join(OUT_DIR, 'public-api.log'),
      nodeOptions: args.apiNodeOptions,
      log,
    })
  ).child;
  checkAborted();
  result.publicSummary = await benchPublicSummary({
    base: `http://127.0.0.1:${port}`,
    provinceCodes: ids.provinceCodes,
    args,
    log,
    checkAborted,
    state,
  });
  result.machine = { ...machineInfo(), postgres: serverVersion, postgresMode: ctx.postgresMode };
  result.totalSeconds = Math.round((performance.now() - started) / 1000);
  const file = path.join(OUT_DIR, 'public-result.json');
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const s = result.publicSummary;
  log(
    `public summary: miss p50 ${s.missMs.median} ms, p95 ${s.missMs.p95} ms (${s.missMs.provinces} provinces); ` +
      `from cache p95 ${s.cached.p95} ms (goal ≤ ${s.targetP95Ms} ms), 304 p95 ${s.revalidated.p95} ms → ` +
      path.relative(REPO_ROOT, file),
  );
}
