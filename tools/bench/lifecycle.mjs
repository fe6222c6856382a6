// What the benchmark has running (Postgres, an API, a raw pool) and how it all stops: at the end, on an error,
// on Ctrl-C/SIGTERM/SIGHUP, or when the launching process goes away. The API stops before Postgres.
import path from 'node:path';
import { ensurePostgres } from '../lib/postgres.mjs';
import {
  guardPostgresOnExit,
  preloadEmbeddedPostgres,
  rootAccessProblem,
  stopEmbeddedPostgres,
} from '../lib/embedded-postgres.mjs';
import { isPortInUse } from '../lib/network.mjs';
import { makeLogger, redactUrl } from '../lib/output.mjs';
import { isRunning, sleep } from '../lib/processes.mjs';
import { REPO_ROOT, UsageError } from '../lib/start-config.mjs';
import { stopApi } from './api.mjs';
import { PG_DATA_DIR, PG_PORT } from './constants.mjs';

const log = makeLogger('bench');

/** What runs, for the shutdown path. */
export const state = { pg: undefined, api: undefined, raw: undefined, aborted: false, shuttingDown: false };

/** Ends the benchmark's main function quietly once a shutdown has begun. */
export class Aborted extends Error {}

/** Called between steps: a long step is not interrupted, but nothing new starts after Ctrl-C. */
export function checkAborted() {
  if (state.aborted) throw new Aborted();
}

/** DATABASE_URL's server, else the benchmark's own embedded Postgres in tmp/bench-pg. */
export async function startPostgres() {
  if (process.env.DATABASE_URL) {
    log(`using the server of DATABASE_URL: ${redactUrl(process.env.DATABASE_URL)}`);
    state.pg = await ensurePostgres({ dataDir: PG_DATA_DIR, port: PG_PORT });
    return state.pg;
  }
  const problem = rootAccessProblem(PG_DATA_DIR);
  if (problem) throw new UsageError(problem);
  if (await isPortInUse(PG_PORT, '127.0.0.1')) {
    throw new UsageError(
      `port ${PG_PORT} (the benchmark's embedded Postgres) is in use: is another bench running?`,
    );
  }
  log(`starting the embedded Postgres (data in ${path.relative(REPO_ROOT, PG_DATA_DIR)}, port ${PG_PORT})`);
  await preloadEmbeddedPostgres();
  state.pg = await ensurePostgres({ dataDir: PG_DATA_DIR, port: PG_PORT, log });
  guardPostgresOnExit(PG_DATA_DIR);
  return state.pg;
}

export function installSignalHandlers() {
  // Last resort if this process dies unexpectedly: do not leave the API (own process group) behind.
  process.on('exit', () => {
    const api = state.api;
    if (isRunning(api)) {
      try {
        process.kill(-api.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (state.shuttingDown) return;
      log(`${sig} received: stopping`);
      void shutdown(130);
    });
  }
}

export async function shutdown(exitCode, reason) {
  if (state.shuttingDown) return;
  state.shuttingDown = true;
  state.aborted = true;
  if (reason) log(`${reason}: stopping`);
  try {
    await stopApi(state.api, log);
    await state.raw?.end().catch(() => {});
    if (state.pg?.embedded) {
      // Let in-flight client work settle a moment, then stop the server (fast shutdown).
      await sleep(100);
      log('stopping the embedded Postgres…');
      await stopEmbeddedPostgres(state.pg, PG_DATA_DIR, { log });
    }
  } catch (err) {
    log.error(`while stopping: ${err?.stack ?? err}`);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}
