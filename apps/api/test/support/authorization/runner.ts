import { GqlResult, World } from './world';

/** What a case expects: success, or the error code of the first error. */
export type Verdict = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED';

/** One call on fresh objects, with a read of everything it could change. */
export interface Attempt {
  query: string;
  variables?: Record<string, unknown>;
  /** Replaces the case's caller, e.g. a fresh user for mutations that end the caller's sessions. */
  token?: string;
  /** Reads the state the call would change: equal before and after a refusal, different after a success. */
  probe: () => Promise<unknown>;
  /** Checks the answer of a successful call. */
  verify?: (data: Record<string, unknown>) => void;
  /** A success that must change nothing (e.g. marking another user's notification, a refused import row). */
  succeedsWithoutWriting?: boolean;
}

export interface Outcome {
  /** 'OK', the first error's code, or 'FIXTURE' when the objects could not even be built. */
  code: string;
  message: string | null;
  data: Record<string, unknown> | null;
  before: unknown;
  after: unknown;
  attempt: Attempt | null;
}

/**
 * Builds one attempt, then calls it as each token in turn (null: without credentials), each call between
 * two probes. Callers expected to be refused share one object: a refusal must leave it as it was.
 */
export async function runAs(
  w: World,
  tokens: (string | null)[],
  arrange: () => Attempt | Promise<Attempt>,
): Promise<Outcome[]> {
  let attempt: Attempt;
  try {
    attempt = await arrange();
  } catch (error) {
    const failed = {
      code: 'FIXTURE',
      message: String(error),
      data: null,
      before: null,
      after: null,
      attempt: null,
    };
    return tokens.map(() => failed);
  }
  const outcomes: Outcome[] = [];
  for (const token of tokens) {
    const before = await attempt.probe();
    const res: GqlResult = await w.t.gql(attempt.query, attempt.variables ?? {}, {
      token: token === null ? undefined : (attempt.token ?? token),
    });
    const after = await attempt.probe();
    const error = res.errors?.[0];
    outcomes.push({
      code: error ? String(error.extensions?.code ?? 'NO_CODE') : 'OK',
      message: error?.message ?? null,
      data: res.data ?? null,
      before,
      after,
      attempt,
    });
  }
  return outcomes;
}

export async function run(
  w: World,
  token: string | null,
  arrange: () => Attempt | Promise<Attempt>,
): Promise<Outcome> {
  return (await runAs(w, [token], arrange))[0];
}

/**
 * The verdict, and that a refusal wrote nothing while a success wrote what it should. The message rides
 * along in the compared object so a failure says what the server answered.
 */
export function expectVerdict(outcome: Outcome, expected: Verdict): void {
  expect({ code: outcome.code, message: outcome.message }).toEqual({
    code: expected,
    message: expected === 'OK' ? null : expect.anything(),
  });
  if (expected === 'OK') {
    expect(outcome.data).toBeTruthy();
    if (outcome.attempt?.succeedsWithoutWriting) expect(outcome.after).toEqual(outcome.before);
    else expect(outcome.after).not.toEqual(outcome.before);
    outcome.attempt?.verify?.(outcome.data!);
  } else {
    expect(outcome.after).toEqual(outcome.before);
  }
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Rows of a query, for probes. */
export function sql(w: World, text: string, params: unknown[] = []): Promise<unknown[]> {
  return w.t.dataSource.query(text, params);
}
