#!/usr/bin/env node
// `npm run dev`: Postgres (embedded unless DATABASE_URL is set), the API rebuilt and restarted whenever
// apps/api/src or libs/shared/src changes, and the Vite dev server with hot reload. Ctrl-C stops everything.
//
// The API is rebuilt with its own Nx build target (`nx run api:build`), so dev runs exactly what `npm start`
// and production run; while a rebuild fails, the previous API keeps running.
import fs from 'node:fs';
import path from 'node:path';
import { Launcher } from './lib/launcher.mjs';
import { describeExit, localBin } from './lib/processes.mjs';
import { API_ENTRY } from './lib/start-config.mjs';

const HELP = `Usage: npm run dev

Runs Postgres, the API (rebuilt and restarted on every change under apps/api/src and libs/shared/src)
and the Vite dev server for the web app (hot reload, proxies /graphql to the API).

Environment (all optional): PORT=3000 (API), WEB_DEV_PORT=4200 (Vite), DATABASE_URL, EMBEDDED_PG_PORT=54329,
DATA_DIR=.data, SEED_DEMO_DATA=true.
`;

const WATCHED = ['apps/api/src', 'libs/shared/src'];
const IGNORED = [/\.spec\.tsx?$/, /\.int-spec\.ts$/, /~$/, /\.swp$/, /(^|\/)\.#/, /(^|\/)test\//];

const launcher = new Launcher('dev');
const { log } = launcher;
/** A change during a build sets `dirty`: one more build follows, and only its result is started. */
const rebuild = { building: false, dirty: false };
let bannerPrinted = false;

launcher.launch(async () => {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (launcher.relayToSupervisor()) return;
  launcher.preflight();
  await launcher.ensurePortFree();
  // Postgres first: it takes a moment, and the API needs it.
  await launcher.startDatabase();
  startVite();
  startWatching();
  await rebuildAndRestart();
});

function startVite() {
  const { config } = launcher;
  const viteConfig = path.join(config.repoRoot, 'apps/web/vite.config.mts');
  const vite = localBin('vite', config.repoRoot);
  if (!fs.existsSync(viteConfig) || !vite) {
    log('apps/web/vite.config.mts not found: the web dev server is not started (only the API runs).');
    return;
  }
  log(`starting the Vite dev server on port ${config.webDevPort}`);
  const child = launcher.spawnService(
    'vite',
    { label: 'the Vite dev server', graceMs: 5_000 },
    vite,
    ['--config', viteConfig, '--port', String(config.webDevPort), '--strictPort'],
    // The Vite config proxies /graphql to PARTRACK_API_URL, which must follow PORT.
    { ...process.env, PARTRACK_API_URL: `http://127.0.0.1:${config.port}` },
  );
  child.on('exit', (code, signal) => {
    if (launcher.shuttingDown) return;
    log.error(`the Vite dev server stopped (${describeExit(code, signal)}); stopping everything.`);
    void launcher.shutdown(1);
  });
}

function startWatching() {
  let timer;
  for (const rel of WATCHED) {
    const dir = path.join(launcher.config.repoRoot, rel);
    if (!fs.existsSync(dir)) continue;
    const watcher = fs.watch(dir, { recursive: true }, (_event, file) => {
      const name = String(file ?? '');
      if (IGNORED.some((re) => re.test(name))) return;
      // Editors save in bursts (temp file, rename, chmod): one build per burst.
      clearTimeout(timer);
      timer = setTimeout(() => {
        log(`change in ${path.join(rel, name)}: rebuilding the API`);
        void rebuildAndRestart();
      }, 400);
    });
    watcher.on('error', (err) => log.error(`watching ${rel}: ${err.message}`));
    launcher.onShutdown(() => watcher.close());
  }
  log(`watching ${WATCHED.join(', ')} for changes`);
}

async function rebuildAndRestart() {
  if (launcher.shuttingDown) return;
  if (rebuild.building) {
    rebuild.dirty = true;
    return;
  }
  rebuild.building = true;
  try {
    do {
      rebuild.dirty = false;
      const code = await launcher.runBuild(['run', 'api:build']);
      if (launcher.shuttingDown) return;
      if (code !== 0) {
        log.error(
          launcher.service('api')
            ? 'the API build failed; the previous API keeps running. Waiting for the next change…'
            : 'the API build failed; waiting for the next change…',
        );
        continue;
      }
      if (!rebuild.dirty) await restartApi();
    } while (rebuild.dirty && !launcher.shuttingDown);
  } finally {
    rebuild.building = false;
  }
}

async function restartApi() {
  const { config } = launcher;
  if (launcher.service('api')) {
    log('restarting the API');
    await launcher.stopService('api');
  }
  if (launcher.shuttingDown) return;
  if (!fs.existsSync(config.apiEntry)) {
    log.error(`${API_ENTRY} is missing after the build; waiting for the next change…`);
    return;
  }
  // The Vite dev server serves the SPA, so the API does not.
  const api = launcher.startApi({ nodeArgs: ['--enable-source-maps'], serveWeb: false });
  const current = () => launcher.service('api') === api.child;
  api.child.on('exit', (code, signal) => {
    if (launcher.shuttingDown || !current()) return;
    launcher.forgetService('api');
    log.error(
      `the API stopped (${describeExit(code, signal)}). Fix the problem; it restarts on the next change.`,
    );
  });
  try {
    await api.ready;
  } catch (err) {
    if (!launcher.shuttingDown && current()) log.error(err.message);
    return;
  }
  if (launcher.shuttingDown || !current()) return;
  if (!bannerPrinted) {
    bannerPrinted = true;
    launcher.printBanner({
      appUrl: launcher.service('vite')
        ? `http://localhost:${config.webDevPort}/`
        : '(web dev server not running)',
      mode: 'npm run dev: API restarts on change, web app hot-reloads',
    });
  } else {
    log(`API ready again on http://localhost:${config.port}/graphql`);
  }
}
