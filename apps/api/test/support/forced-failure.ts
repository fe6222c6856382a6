import { Client } from 'pg';
import { TestApp } from './test-app';

/** The test database of this app (createTestApp sets DATABASE_URL before booting). */
function databaseUrl(t: TestApp): string {
  const url = (t.dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the test app has no database url');
  return url;
}

/**
 * Makes the `n`-th row inserted into `table` by one transaction fail with a plain `RAISE` (SQLSTATE P0001),
 * as a crash part-way through a batch would. The count lives in a transaction-local setting, so a
 * rolled-back attempt leaves nothing behind and concurrent transactions count separately.
 * Returns a function that removes the trigger.
 */
export async function failOnNthInsert(t: TestApp, table: string, n: number): Promise<() => Promise<void>> {
  const name = `test_fail_${table}`;
  await t.dataSource.query(`
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE seen int := coalesce(nullif(current_setting('test.inserted_${table}', true), ''), '0')::int + 1;
    BEGIN
      PERFORM set_config('test.inserted_${table}', seen::text, true);
      IF seen >= ${n} THEN RAISE EXCEPTION 'forced failure on insert % into ${table}', seen; END IF;
      RETURN NEW;
    END $$`);
  await t.dataSource.query(
    `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
  return async () => {
    await t.dataSource.query(`DROP TRIGGER ${name} ON ${table}`);
    await t.dataSource.query(`DROP FUNCTION ${name}()`);
  };
}

export interface PlantedRow {
  /** Commits the planted row: a transaction waiting on it then fails with a real unique violation. */
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * Inserts a row from another connection and keeps its transaction open: the app does not see it when it
 * checks, and blocks on the unique index when it reaches the same key late in its own batch; committing
 * then makes Postgres refuse that insert (23505), exactly as a concurrent writer would.
 */
export async function plantUncommitted(t: TestApp, sql: string, params: unknown[]): Promise<PlantedRow> {
  const client = new Client({ connectionString: databaseUrl(t) });
  await client.connect();
  await client.query('BEGIN');
  await client.query(sql, params);
  const end = async (statement: string) => {
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return { commit: () => end('COMMIT'), rollback: () => end('ROLLBACK') };
}

/** Waits until some session of the test database waits on a lock (the app reached the planted key). */
export async function waitForLockWait(t: TestApp, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no session waited on a lock: the import never reached the planted key');
}
