// Runs an API CLI command (dist/apps/api/apps/api/src/cli/main.js) with a Postgres server:
// DATABASE_URL when set; else the `npm start` embedded server if it is running; else that embedded
// cluster started just for this command. Builds the API first (Nx caches the build).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEFAULT_EMBEDDED_PORT, createDatabase, ensurePostgres, withDatabase } from './lib/postgres.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node tools/run-api-cli.mjs <command> [args]');
  process.exit(2);
}

function run(cmd, cmdArgs, env = process.env) {
  const result = spawnSync(cmd, cmdArgs, { cwd: repo, stdio: 'inherit', env });
  return result.status ?? 1;
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

if (run('npx', ['nx', 'run', 'api:build', '--output-style=stream-without-prefixes']) !== 0) process.exit(1);

// These render files from the code alone: no Postgres to start.
const WITHOUT_DATABASE = new Set(['sql-snapshots-write', 'sql-snapshots-check']);
if (WITHOUT_DATABASE.has(command)) {
  process.exit(
    run('node', ['dist/apps/api/apps/api/src/cli/main.js', command, ...args], {
      ...process.env,
      PARTRACK_ROOT: repo,
    }),
  );
}

const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
const runningUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
let server;
if (!process.env.DATABASE_URL && (await reachable(runningUrl))) {
  server = { url: runningUrl, embedded: true, stop: async () => {} };
} else {
  server = await ensurePostgres({
    dataDir: path.join(process.env.DATA_DIR ?? path.join(repo, '.data'), 'postgres'),
    port,
  });
}
// Agency imports go to the application database; schema tools use scratch databases on the server.
let url = server.url;
if (server.embedded && command === 'agencies-import') {
  await createDatabase(server.url, 'partrack');
  url = withDatabase(server.url, 'partrack');
}
const status = run('node', ['dist/apps/api/apps/api/src/cli/main.js', command, ...args], {
  ...process.env,
  DATABASE_URL: url,
  PARTRACK_ROOT: repo,
});
await server.stop();
process.exit(status);
