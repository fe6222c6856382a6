#!/usr/bin/env node
// `npm run dev`: Postgres (embedded unless DATABASE_URL is set), the API rebuilt and restarted whenever
// apps/api/src or libs/shared/src changes, and the Vite dev server with hot reload. Ctrl-C stops everything.
//
// The API is rebuilt with its own Nx build target (`nx run api:build`), so dev runs exactly what `npm start`
// and production run; while a rebuild fails, the previous API keeps running.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  API_ENTRY,
  apiChildEnv,
  bannerText,
  isPortInUse,
  localBin,
  makeLogger,
  prepareDatabase,
  resolveStartConfig,
  run,
  sleep,
  stopChild,
  stopEmbeddedPostgres,
  superviseSelf,
  UsageError,
  waitForHttpOk,
} from './lib/start-helpers.mjs';

const log = makeLogger('dev');

const HELP = `Usage: npm run dev

Runs Postgres, the API (rebuilt and restarted on every change under apps/api/src and libs/shared/src)
and the Vite dev server for the web app (hot reload, proxies /graphql to the API).

Environment (all optional): PORT=3000 (API), WEB_DEV_PORT=4200 (Vite), DATABASE_URL, EMBEDDED_PG_PORT=54329,
DATA_DIR=.data, SEED_DEMO_DATA=true.
`;

const WATCHED = ['apps/api/src', 'libs/shared/src'];
const IGNORED = [/\.spec\.tsx?$/, /\.int-spec\.ts$/, /~$/, /\.swp$/, /(^|\/)\.#/, /(^|\/)test\//];

const state = {
  config: undefined,
  pg: undefined,
  dbStarting: undefined,
  build: undefined,
  api: undefined,
  vite: undefined,
  watchers: [],
  shuttingDown: false,
  building: false,
  dirty: false,
  firstReady: false,
};

async function main() {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(HELP);
    return;
  }
  // Postgres, the API and Vite run in a supervisor process that Ctrl-C does not reach directly (see superviseSelf).
  if (superviseSelf({ onFrontGone: () => void shutdown(1, 'the launching process went away') })) return;
  const config = resolveStartConfig(process.env);
  state.config = config;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(sig, () => void shutdown(0, `${sig} received`));
  process.on('exit', () => {
    for (const child of [state.api, state.vite]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
      }
    }
  });

  const nx = localBin('nx', config.repoRoot);
  if (!nx) return fail('node_modules is missing or incomplete. Run "npm ci" first.');
  if (await isPortInUse(config.port)) {
    return fail(`port ${config.port} is already in use. Stop the other server or set PORT=<free port>.`);
  }

  // Postgres first: it takes a moment, and the API needs it.
  try {
    state.dbStarting = prepareDatabase(config, { log, onStarted: (pg) => (state.pg = pg) });
    const db = await state.dbStarting;
    state.databaseUrl = db.url;
    state.databaseLabel = db.label;
  } catch (err) {
    return fail(err.message);
  }
  if (state.shuttingDown) return;

  startVite(config);
  startWatching(config);
  await rebuildAndRestart();
}

function startVite(config) {
  const viteConfig = path.join(config.repoRoot, 'apps/web/vite.config.mts');
  const vite = localBin('vite', config.repoRoot);
  if (!fs.existsSync(viteConfig) || !vite) {
    log('apps/web/vite.config.mts not found: the web dev server is not started (only the API runs).');
    return;
  }
  log(`starting the Vite dev server on port ${config.webDevPort}`);
  const child = spawn(vite, ['--config', viteConfig, '--port', String(config.webDevPort), '--strictPort'], {
    cwd: config.repoRoot,
    // The Vite config may read PARTRACK_API_URL for its /graphql proxy target.
    env: { ...process.env, PARTRACK_API_URL: `http://127.0.0.1:${config.port}` },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  state.vite = child;
  child.on('exit', (code, signal) => {
    if (state.shuttingDown) return;
    log.error(`the Vite dev server stopped (${signal ?? `exit code ${code}`}); stopping everything.`);
    void shutdown(1);
  });
}

function startWatching(config) {
  let timer;
  for (const rel of WATCHED) {
    const dir = path.join(config.repoRoot, rel);
    if (!fs.existsSync(dir)) continue;
    const watcher = fs.watch(dir, { recursive: true }, (_event, file) => {
      const name = String(file ?? '');
      if (IGNORED.some((re) => re.test(name))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        log(`change in ${path.join(rel, name)}: rebuilding the API`);
        void rebuildAndRestart();
      }, 400);
    });
    watcher.on('error', (err) => log.error(`watching ${rel}: ${err.message}`));
    state.watchers.push(watcher);
  }
  log(`watching ${WATCHED.join(', ')} for changes`);
}

async function rebuildAndRestart() {
  if (state.shuttingDown) return;
  if (state.building) {
    state.dirty = true;
    return;
  }
  state.building = true;
  try {
    do {
      state.dirty = false;
      const code = await run(localBin('nx', state.config.repoRoot), ['run', 'api:build'], {
        cwd: state.config.repoRoot,
        onSpawn: (child) => (state.build = child),
      });
      state.build = undefined;
      if (state.shuttingDown) return;
      if (code !== 0) {
        log.error(
          state.api
            ? 'the API build failed; the previous API keeps running. Waiting for the next change…'
            : 'the API build failed; waiting for the next change…',
        );
        continue;
      }
      if (!state.dirty) await restartApi();
    } while (state.dirty && !state.shuttingDown);
  } finally {
    state.building = false;
  }
}

async function restartApi() {
  const config = state.config;
  if (state.api) {
    log('restarting the API');
    const old = state.api;
    state.api = undefined;
    await stopChild(old, { signal: 'SIGTERM', graceMs: 10_000, group: true, log });
  }
  if (state.shuttingDown) return;
  if (!fs.existsSync(config.apiEntry)) {
    log.error(`${API_ENTRY} is missing after the build; waiting for the next change…`);
    return;
  }
  const env = apiChildEnv(process.env, config, state.databaseUrl, { serveWeb: false });
  const child = spawn(process.execPath, ['--enable-source-maps', config.apiEntry], {
    cwd: config.repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  state.api = child;
  let exited;
  child.on('exit', (code, signal) => {
    exited = signal ?? `exit code ${code}`;
    if (state.shuttingDown || state.api !== child) return;
    state.api = undefined;
    log.error(`the API stopped (${exited}). Fix the problem; it restarts on the next change.`);
  });
  try {
    await waitForHttpOk(`http://127.0.0.1:${config.port}/health/ready`, {
      timeoutMs: 120_000,
      aborted: () => (exited ? `the API exited during start-up (${exited})` : undefined),
    });
  } catch (err) {
    if (!state.shuttingDown && state.api === child) log.error(err.message);
    return;
  }
  if (state.shuttingDown || state.api !== child) return;
  if (!state.firstReady) {
    state.firstReady = true;
    const webUrl = state.vite ? `http://localhost:${config.webDevPort}/` : '(web dev server not running)';
    console.log(
      bannerText({
        appUrl: webUrl,
        graphqlUrl: `http://localhost:${config.port}/graphql`,
        database: state.databaseLabel,
        seedDemoData: config.seedDemoData,
        mode: 'npm run dev: API restarts on change, web app hot-reloads',
      }),
    );
  } else {
    log(`API ready again on http://localhost:${config.port}/graphql`);
  }
}

async function shutdown(exitCode, reason) {
  if (state.shuttingDown) return;
  state.shuttingDown = true;
  if (reason) log(`${reason}: stopping`);
  try {
    for (const w of state.watchers) w.close();
    if (state.build) await stopChild(state.build, { signal: 'SIGINT', graceMs: 5_000, log });
    await Promise.all([
      stopChild(state.vite, { signal: 'SIGTERM', graceMs: 5_000, group: true, log }),
      stopChild(state.api, { signal: 'SIGTERM', graceMs: 10_000, group: true, log }),
    ]);
    if (state.dbStarting) await Promise.race([state.dbStarting.catch(() => {}), sleep(30_000)]);
    if (state.pg?.embedded) {
      log('stopping the embedded Postgres…');
      await stopEmbeddedPostgres(state.pg, state.config.pgDataDir, { log });
    }
    log('stopped.');
  } catch (err) {
    log.error(`while stopping: ${err?.stack ?? err}`);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}

function fail(message) {
  log.error(message);
  void shutdown(1);
}

main().catch((err) => {
  log.error(err instanceof UsageError ? err.message : (err?.stack ?? String(err)));
  void shutdown(1);
});
