#!/usr/bin/env node
// `npm start`: build, start Postgres (embedded unless DATABASE_URL is set), start the API (which migrates,
// seeds the demo data and serves the SPA), wait until it is ready and print where to go.
// Ctrl-C / SIGTERM: the API stops first, then the embedded Postgres. If the API stops by itself, so does
// everything else, with the API's exit code.
import fs from 'node:fs';
import path from 'node:path';
import { Launcher } from './lib/launcher.mjs';
import { describeExit, exitCodeOf } from './lib/processes.mjs';
import { API_ENTRY, WEB_DIST, parseStartArgs } from './lib/start-config.mjs';

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

const launcher = new Launcher('start');
const { log } = launcher;

launcher.launch(async () => {
  const args = parseStartArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  if (launcher.relayToSupervisor()) return;
  const { config } = launcher;
  launcher.preflight();

  // Nx caches, so an unchanged tree builds in a few seconds.
  if (args.skipBuild || config.skipBuild) {
    log('skipping the build (--skip-build)');
  } else {
    log('building the API and the web app: nx run-many -t build --projects=api,web');
    const code = await launcher.runBuild(['run-many', '-t', 'build', '--projects=api,web']);
    if (launcher.shuttingDown) return;
    if (code !== 0) {
      launcher.fail(
        `the build failed (exit code ${code}); see the output above.\n` +
          '  Reproduce with: npx nx run-many -t build --projects=api,web',
      );
    }
  }
  for (const [file, what] of [
    [config.apiEntry, `the API build (${API_ENTRY})`],
    [path.join(config.webDistDir, 'index.html'), `the web build (${WEB_DIST}/index.html)`],
  ]) {
    if (!fs.existsSync(file)) launcher.fail(`${what} is missing. Run "npm start" without --skip-build.`);
  }
  await launcher.ensurePortFree();
  await launcher.startDatabase();

  log(`starting the API on port ${config.port} (it runs the migrations and the demo seed first)`);
  const api = launcher.startApi();
  api.child.on('exit', (code, signal) => {
    if (launcher.shuttingDown) return;
    log.error(`the API stopped on its own (${describeExit(code, signal)}); stopping Postgres.`);
    void launcher.shutdown(exitCodeOf(code, signal));
  });
  try {
    await api.ready;
  } catch (err) {
    if (launcher.shuttingDown) return; // a signal, or the API died: shutdown() is under way
    log.error(`the API did not become ready: ${err.message}`);
    await launcher.shutdown(1);
    return;
  }
  if (launcher.shuttingDown) return;
  launcher.printBanner({ appUrl: `http://localhost:${config.port}/` });
});
