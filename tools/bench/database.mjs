// The benchmark's databases on the server: reuse or recreate one (a comment on the database records which
// data set it holds), migrate it with the API's own CLI, and the maintenance connection to do it from.
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../lib/postgres.mjs';
import { redactUrl } from '../lib/output.mjs';
import { run } from '../lib/processes.mjs';
import { REPO_ROOT } from '../lib/start-config.mjs';

/** The server URL's own database, unless that is `dbName`, which gets dropped: then `postgres`. */
export function maintenanceUrl(serverUrl, dbName) {
  return new URL(serverUrl).pathname === `/${dbName}` ? withDatabase(serverUrl, 'postgres') : serverUrl;
}

/** The comment on `name` (its data-set marker); `exists` is false when there is no such database. */
export async function databaseComment(admin, name) {
  const existing = await admin.query(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [name],
  );
  return { exists: existing.rowCount > 0, comment: existing.rows[0]?.comment };
}

export async function recreateDatabase(admin, name, adminUrl, log) {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  log(`created the database ${name} on ${redactUrl(adminUrl)}`);
}

/** Records which data set the database holds, for the next --reuse. */
export async function markDatabase(db, name, marker) {
  await db.query(`COMMENT ON DATABASE "${name}" IS '${marker.replace(/'/g, "''")}'`);
}

/** Migrates with the copied API build's CLI, as production does. */
export async function migrate(apiSrc, databaseUrl, log) {
  log('migrating with the API CLI (cli/main.js migrate)');
  const code = await run(process.execPath, [path.join(apiSrc, 'cli/main.js'), 'migrate'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PARTRACK_ROOT: REPO_ROOT },
  });
  if (code !== 0) throw new Error(`the migrations failed (exit code ${code})`);
}

export async function serverVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}
