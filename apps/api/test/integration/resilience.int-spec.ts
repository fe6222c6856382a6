import { Client } from 'pg';
import { createTestApp, TestApp } from '../support/test-app';

describe('database resilience', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('recovers by itself when Postgres drops every connection (as on a restart)', async () => {
    const ready = async () => (await fetch(`${t.url}/health/ready`)).status;
    expect(await ready()).toBe(200);
    const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.PARTRACK_TEST_SERVER_URL });
    await admin.connect();
    const { rows } = await admin.query(
      'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    await admin.end();
    expect(rows.length).toBeGreaterThan(0);
    // Terminated idle clients are dropped from the pool as their error events arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await ready()).toBe(200);
    const res = await t.gql(
      'mutation { login(input: { email: "nobody@x.vn", password: "0123456789" }) { accessToken } }',
    );
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
