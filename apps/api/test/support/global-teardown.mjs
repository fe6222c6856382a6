import pg from 'pg';

export default async function globalTeardown() {
  const url = process.env.PARTRACK_TEST_SERVER_URL;
  const runId = process.env.PARTRACK_TEST_RUN_ID;
  if (url && runId) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `partrack_test_${runId}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__PARTRACK_PG__?.stop();
}
