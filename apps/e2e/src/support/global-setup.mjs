// Playwright's global setup (apps/e2e/playwright.config.ts): starts the real stack once for all browser tests,
// the built API (serving the built SPA) on a free port, on a fresh database with the demo data, and exposes
// its URL as E2E_BASE_URL (the test workers, started after this, inherit it). The function it returns is the
// global teardown: it stops the API, drops the test database and stops the embedded Postgres.
//
// Set E2E_BASE_URL yourself to test an already running partrack instead (nothing is started then).
// The API's log goes to tmp/e2e-logs/; its tail is printed when the API does not start.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  createDatabase,
  dropDatabase,
  ensurePostgres,
  withDatabase,
} from '../../../../tools/lib/postgres.mjs';
import {
  API_ENTRY,
  REPO_ROOT,
  WEB_DIST,
  freePort,
  guardPostgresOnExit,
  isPortInUse,
  localBin,
  preloadEmbeddedPostgres,
  rootAccessProblem,
  run,
  stopChild,
  stopEmbeddedPostgres,
  waitForHttpOk,
} from '../../../../tools/lib/start-helpers.mjs';

export const E2E_PG_PORT = 54349;
const PG_DATA_DIR = path.join(REPO_ROOT, 'tmp', 'e2e-pg');
const LOG_DIR = path.join(REPO_ROOT, 'tmp', 'e2e-logs');
const READY_TIMEOUT_MS = 120_000;

const log = (msg) => console.log(`[e2e setup] ${msg}`);

export default async function globalSetup() {
  console.log('');
  if (process.env.E2E_BASE_URL) {
    log(`E2E_BASE_URL=${process.env.E2E_BASE_URL}: testing that instance, starting nothing`);
    return undefined;
  }
  const state = {
    pg: undefined,
    serverUrl: undefined,
    database: undefined,
    api: undefined,
    dataDir: undefined,
  };
  // If the runner dies without running the teardown, do not leave the API behind.
  process.on('exit', () => {
    if (state.api && state.api.exitCode === null) state.api.kill('SIGKILL');
  });

  try {
    await ensureBuilds();

    // Postgres: DATABASE_URL's server, else an embedded one kept in tmp/e2e-pg.
    if (process.env.DATABASE_URL) {
      state.serverUrl = process.env.DATABASE_URL;
      log('using the Postgres server of DATABASE_URL');
    } else {
      const problem = rootAccessProblem(PG_DATA_DIR);
      if (problem) throw new Error(problem);
      if (await isPortInUse(E2E_PG_PORT, '127.0.0.1')) {
        throw new Error(
          `port ${E2E_PG_PORT} (embedded Postgres for the browser tests) is in use: is another e2e run going on?`,
        );
      }
      fs.mkdirSync(path.dirname(PG_DATA_DIR), { recursive: true });
      await preloadEmbeddedPostgres();
      state.pg = await ensurePostgres({ dataDir: PG_DATA_DIR, port: E2E_PG_PORT, log });
      guardPostgresOnExit(PG_DATA_DIR);
      state.serverUrl = state.pg.url;
    }
    state.database = `partrack_e2e_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
    await createDatabase(state.serverUrl, state.database);
    log(`fresh database ${state.database}`);

    // The API, on a free port.
    const port = await freePort();
    state.dataDir = fs.mkdtempSync(path.join(REPO_ROOT, 'tmp', 'e2e-data-'));
    fs.mkdirSync(LOG_DIR, { recursive: true });
    const logFile = path.join(LOG_DIR, `api-${state.database}.log`);
    const out = fs.openSync(logFile, 'w');
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: withDatabase(state.serverUrl, state.database),
      SEED_DEMO_DATA: 'true',
      WEB_DIST_DIR: path.join(REPO_ROOT, WEB_DIST),
      DATA_DIR: state.dataDir,
      // Every test logs in from 127.0.0.1; the production limit (30/min) would throttle the suite.
      LOGIN_IP_MAX_PER_MINUTE: process.env.LOGIN_IP_MAX_PER_MINUTE ?? '10000',
      LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? 'info',
    };
    log(`starting the API on port ${port} (log: ${path.relative(REPO_ROOT, logFile)})`);
    const api = spawn(process.execPath, ['--enable-source-maps', path.join(REPO_ROOT, API_ENTRY)], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    state.api = api;
    let exited;
    api.on('exit', (code, signal) => (exited = signal ? `killed by ${signal}` : `exit code ${code}`));

    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      await waitForHttpOk(`${baseUrl}/health/ready`, {
        timeoutMs: READY_TIMEOUT_MS,
        aborted: () => (exited ? `the API exited during start-up (${exited})` : undefined),
      });
    } catch (err) {
      console.error(`[e2e setup] last lines of ${path.relative(REPO_ROOT, logFile)}:\n${tail(logFile, 60)}`);
      throw err;
    }
    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_DATABASE_URL = env.DATABASE_URL;
    log(`ready: E2E_BASE_URL=${baseUrl}`);
  } catch (err) {
    await cleanUp(state);
    throw err;
  }
  return async function globalTeardown() {
    await cleanUp(state);
    console.log(`[e2e teardown] stopped the API and dropped ${state.database}`);
  };
}

async function ensureBuilds() {
  const missing = [API_ENTRY, `${WEB_DIST}/index.html`].filter(
    (f) => !fs.existsSync(path.join(REPO_ROOT, f)),
  );
  const force = /^(1|true|yes)$/i.test(process.env.E2E_REBUILD ?? '');
  if (missing.length === 0 && !force) {
    log('using the existing builds in dist/ (E2E_REBUILD=true rebuilds them first)');
    return;
  }
  log(
    `${force ? 'E2E_REBUILD=true' : `missing ${missing.join(', ')}`}: nx run-many -t build --projects=api,web`,
  );
  const nx = localBin('nx');
  if (!nx) throw new Error('node_modules/.bin/nx is missing: run "npm ci" first.');
  const code = await run(nx, ['run-many', '-t', 'build', '--projects=api,web']);
  if (code !== 0) throw new Error(`the build failed (exit code ${code}); see the output above.`);
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Undoes what the setup started, also after a failed start. Each part runs even if an earlier one fails. */
async function cleanUp(state) {
  const errors = [];
  const attempt = async (what, fn) => {
    try {
      await fn();
    } catch (err) {
      errors.push(`${what}: ${err?.message ?? err}`);
    }
  };
  if (state.api) await attempt('stopping the API', () => stopChild(state.api, { graceMs: 10_000, log }));
  if (state.database && state.serverUrl) {
    await attempt(`dropping ${state.database}`, () => dropDatabase(state.serverUrl, state.database));
  }
  if (state.pg)
    await attempt('stopping Postgres', () => stopEmbeddedPostgres(state.pg, PG_DATA_DIR, { log }));
  if (state.dataDir)
    await attempt('removing the data dir', () => fs.rmSync(state.dataDir, { recursive: true, force: true }));
  for (const e of errors) console.error(`[e2e teardown] ${e}`);
}
