// Provisions Postgres for one API test run: DATABASE_URL's server or an embedded one. Each test file
// then creates its own database (named after this run) and migrates it, so files and runs never collide.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePostgres } from '../../../../tools/lib/postgres.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');

export default async function globalSetup() {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const server = await ensurePostgres({
    dataDir: path.join(repo, 'tmp/test-pg'),
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
    log: (m) => process.stderr.write(`[test-db] ${m}\n`),
  });
  globalThis.__PARTRACK_PG__ = server;
  process.env.PARTRACK_TEST_SERVER_URL = server.url;
  process.env.PARTRACK_TEST_RUN_ID = runId;
}
