import { GqlResponse, TestApp } from './test-app';

/**
 * Driver and SQL fragments that must never reach a client: statement keywords, Postgres error texts
 * (`duplicate key`, `violates`, `Key (col)=(…)`), driver class names and stack frames.
 */
const LEAKS = [
  /\b(SELECT|INSERT INTO|UPDATE \S+ SET|DELETE FROM)\b/,
  /duplicate key|violates|\bKey \(|relation "|column "|syntax error at/i,
  /QueryFailedError|TypeORM|ECONNREFUSED|\bpg_|SQLSTATE/,
  /\bat .+\.(ts|js):\d+/,
  /forced failure/i,
];

/** The code of the first error, or 'OK' when the answer has data and no error. */
export function codeOf(res: GqlResponse<unknown>): string {
  if (!res.errors?.length) return 'OK';
  return String(res.errors[0].extensions?.code ?? 'NO_CODE');
}

/**
 * The fields a BAD_USER_INPUT answer names, by their last name segment: a value refused while coercing
 * variables is named by its variable path (`i.dueDate`, `i.leadAgencyIds.0`), one refused by the service
 * by its field.
 */
export function fieldsOf(res: GqlResponse<unknown>): string[] {
  const fields = res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined;
  return [
    ...new Set(
      (fields ?? []).map((f) =>
        f.field
          .split('.')
          .filter((s) => !/^\d+$/.test(s))
          .pop()!,
      ),
    ),
  ];
}

/** Leaked driver or SQL text in any error of the answer (message or extensions), or null. */
export function leakIn(res: GqlResponse<unknown>): string | null {
  const text = JSON.stringify(res.errors ?? []);
  const hit = LEAKS.find((pattern) => pattern.test(text));
  return hit ? `${hit} in ${text}` : null;
}

/** Audit actions recorded for an entity, oldest first. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.dataSource.query(
    'SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  );
  return rows.map((r) => r.action);
}

/** Row count of a table, optionally filtered (`where` is test-written SQL, values as parameters). */
export async function countRows(
  t: TestApp,
  table: string,
  where = 'true',
  params: unknown[] = [],
): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n as number;
}

/** Starts `n` copies of the same request at once and waits for every answer. */
export function race<T>(n: number, request: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => request(i)));
}

/** Tally of the answers of a race by error code ('OK' for success). */
export function tally(answers: GqlResponse<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) counts[codeOf(a)] = (counts[codeOf(a)] ?? 0) + 1;
  return counts;
}
