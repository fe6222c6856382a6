#!/usr/bin/env node
// `npm start`: build, start Postgres (embedded unless DATABASE_URL is set), start the API (which migrates,
// seeds the demo data and serves the SPA), wait until it is ready and print where to go.
// Ctrl-C / SIGTERM: the API stops first, then the embedded Postgres.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  API_ENTRY,
  WEB_DIST,
  apiChildEnv,
  bannerText,
  exitCodeOf,
  isPortInUse,
  localBin,
  makeLogger,
  parseStartArgs,
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

const log = makeLogger('start');

const HELP = `Usage: npm start [-- --skip-build]

Builds the API and the web app, starts Postgres and the API, and prints the URLs and demo logins.

Environment (all optional):
  PORT=3000               HTTP port of the API and the web app
  DATABASE_URL=...        use this Postgres instead of the embedded one
  EMBEDDED_PG_PORT=54329  port of the embedded Postgres
  DATA_DIR=.data          where the embedded Postgres and the dev JWT secret live
  SEED_DEMO_DATA=true     load the demo province, agencies and logins
  SKIP_BUILD=false        same as --skip-build
`;

/** What is running, for the shutdown path. */
const state = {
  config: undefined,
  pg: undefined,
  dbStarting: undefined,
  build: undefined,
  api: undefined,
  shuttingDown: false,
};

async function main() {
  const args = parseStartArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  if (superviseSelf({ onFrontGone: () => void shutdown(1, 'the launching process went away') })) return;
  const config = resolveStartConfig(process.env);
  state.config = config;
  installSignalHandlers();

  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) fail(`Node.js ${process.versions.node} is too old: partrack needs Node.js 20 or newer.`);
  const nx = localBin('nx', config.repoRoot);
  if (!nx) fail('node_modules is missing or incomplete. Run "npm ci" first.');

  // (a) Build. Nx caches, so an unchanged tree takes a few seconds.
  if (args.skipBuild || config.skipBuild) {
    log('skipping the build (--skip-build)');
  } else {
    log('building the API and the web app: nx run-many -t build --projects=api,web');
    const code = await run(nx, ['run-many', '-t', 'build', '--projects=api,web'], {
      cwd: config.repoRoot,
      onSpawn: (child) => (state.build = child),
    });
    state.build = undefined;
    if (state.shuttingDown) return;
    if (code !== 0) {
      fail(
        `the build failed (exit code ${code}); see the output above.\n` +
          '  Reproduce with: npx nx run-many -t build --projects=api,web',
      );
    }
  }
  for (const [file, what] of [
    [config.apiEntry, `the API build (${API_ENTRY})`],
    [path.join(config.webDistDir, 'index.html'), `the web build (${WEB_DIST}/index.html)`],
  ]) {
    if (!fs.existsSync(file)) fail(`${what} is missing. Run "npm start" without --skip-build.`);
  }

  if (await isPortInUse(config.port)) {
    fail(
      `port ${config.port} is already in use (another partrack?). Stop it or start with PORT=<free port>.`,
    );
  }

  // (b) Postgres.
  let databaseUrl;
  let databaseLabel;
  try {
    state.dbStarting = prepareDatabase(config, { log, onStarted: (pg) => (state.pg = pg) });
    const db = await state.dbStarting;
    databaseUrl = db.url;
    databaseLabel = db.label;
  } catch (err) {
    if (state.shuttingDown) return;
    fail(err.message);
  }
  if (state.shuttingDown) return;

  // (c) The API, in its own process group: only we signal it (see superviseSelf).
  log(`starting the API on port ${config.port} (it runs the migrations and the demo seed first)`);
  const env = apiChildEnv(process.env, config, databaseUrl);
  const api = spawn(process.execPath, [config.apiEntry], {
    cwd: config.repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  state.api = api;
  let apiExit;
  api.on('exit', (code, signal) => {
    apiExit = { code, signal };
    if (!state.shuttingDown) void onApiDied(code, signal);
  });

  // (d) Ready?
  const base = `http://127.0.0.1:${config.port}`;
  try {
    await waitForHttpOk(`${base}/health/ready`, {
      timeoutMs: 120_000,
      aborted: () =>
        apiExit
          ? `the API exited during start-up (${describeExit(apiExit.code, apiExit.signal)})`
          : undefined,
    });
  } catch (err) {
    if (state.shuttingDown || apiExit) return; // shutdown or onApiDied takes over
    log.error(`the API did not become ready: ${err.message}`);
    await shutdown(1);
    return;
  }
  if (state.shuttingDown) return;
  const host = `http://localhost:${config.port}`;
  console.log(
    bannerText({
      appUrl: `${host}/`,
      graphqlUrl: `${host}/graphql`,
      database: databaseLabel,
      seedDemoData: config.seedDemoData,
    }),
  );
}

function describeExit(code, signal) {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

async function onApiDied(code, signal) {
  log.error(`the API stopped on its own (${describeExit(code, signal)}); stopping Postgres.`);
  await shutdown(exitCodeOf(code, signal));
}

function installSignalHandlers() {
  // Last resort if this process dies unexpectedly: do not leave the API (own process group) behind.
  process.on('exit', () => {
    if (state.api && state.api.exitCode === null && state.api.signalCode === null) {
      try {
        process.kill(-state.api.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (state.shuttingDown) {
        log(`${sig} again: still stopping (the API gets 10 s, then SIGKILL)…`);
        return;
      }
      log(`${sig} received: stopping`);
      void shutdown(0);
    });
  }
}

async function shutdown(exitCode, reason) {
  if (state.shuttingDown) return;
  state.shuttingDown = true;
  if (reason) log(`${reason}: stopping`);
  try {
    if (state.build) await stopChild(state.build, { signal: 'SIGINT', graceMs: 5_000, log });
    if (state.api && state.api.exitCode === null && state.api.signalCode === null) {
      log('stopping the API…');
      await stopChild(state.api, { signal: 'SIGTERM', graceMs: 10_000, group: true, log });
    }
    if (state.dbStarting) {
      // Ctrl-C while Postgres was starting: let it finish so it can be stopped cleanly.
      await Promise.race([state.dbStarting.catch(() => {}), sleep(30_000)]);
    }
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
  // Stop the caller here; shutdown() ends the process.
  throw new StartAborted();
}

class StartAborted extends Error {}

main().catch((err) => {
  if (err instanceof StartAborted) return;
  log.error(err instanceof UsageError ? err.message : (err?.stack ?? String(err)));
  void shutdown(1);
});
