import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@partrack/shared';
import {
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { ErrorCode } from '../../src/common/errors/error-code';
import { login, makeAgency, makeUser } from '../support/fixtures';
import { activeIndicator, RECORD } from '../support/indicator-fixtures';
import { agencyId, demoToken } from '../support/plan-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import {
  badValue,
  IdPools,
  pick,
  printLiteral,
  Rng,
  seededRandom,
  selectionOf,
  validValue,
  ValueContext,
} from '../support/fuzz-values';

const SEED = 20220331;
const CASES_PER_FIELD = 22;
const CONCURRENCY = 3;
const TIME_BUDGET_MS = 150_000;
/** Stack frames, SQL and driver wording must never reach a client. */
const LEAK =
  /\bat \w+ \(|\bat async\b|SELECT |INSERT |UPDATE \w+ SET|DELETE FROM|QueryFailedError|violates|syntax for type/;
const CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Fields whose real ids would sign the fuzz out or strip its own accounts: they only get ids of spare
 * records (victim users, spare agencies), and changePassword runs with a victim's token.
 */
const POOL_OVERRIDE: Record<string, string> = {
  deactivateAgency: 'spareAgencies',
  mergeAgencies: 'spareAgencies',
  moveAgency: 'spareAgencies',
  updateAgency: 'spareAgencies',
};

interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

/** Every place a value can go in a field's arguments: arguments, input fields, list elements (3 deep). */
function slotsOf(args: readonly GraphQLArgument[]): Slot[] {
  const out: Slot[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], name: string, depth: number) => {
    out.push({ path, type, name });
    const nullable = getNullableType(type);
    if (depth >= 3) return;
    if (isListType(nullable)) walk(nullable.ofType, [...path, 0], name, depth + 1);
    else if (isInputObjectType(nullable)) {
      for (const f of Object.values(nullable.getFields())) walk(f.type, [...path, f.name], f.name, depth + 1);
    }
  };
  for (const arg of args) walk(arg.type, [arg.name], arg.name, 0);
  return out;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((key, i) => {
    const existing = node[key];
    if (existing === null || typeof existing !== 'object')
      node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]] = value;
}

interface Case {
  field: string;
  query: string;
  variables: Record<string, unknown>;
  token: string | undefined;
  kind: string;
}

/** What to do to the valid arguments: nothing, null one slot, or put a random bad value in one. */
type Plan = { kind: 'valid' } | { kind: 'null'; slot: Slot } | { kind: 'random'; slot: Slot };

/** One request for a root field: valid arguments, possibly one slot replaced by a bad value. */
function makeCase(
  rng: Rng,
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  pools: IdPools,
  token: string | undefined,
  plan: Plan,
): Case {
  const ctx: ValueContext = { rng, fieldName: field.name, pools, poolOverride: POOL_OVERRIDE[field.name] };
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    if ((isNonNullType(arg.type) && arg.defaultValue === undefined) || rng() < 0.5) {
      args[arg.name] = validValue(ctx, arg.type, arg.name, null);
    }
  }
  let kind: string = plan.kind;
  if (plan.kind === 'null') setAt(args, plan.slot.path, null);
  if (plan.kind === 'random') {
    const bad = badValue(rng, plan.slot.type, plan.slot.name);
    setAt(args, plan.slot.path, bad.value);
    kind = bad.kind;
  }
  const selection = selectionOf(field.type);
  const types = new Map(field.args.map((a) => [a.name, a.type]));
  const present = Object.keys(args);
  if (rng() < 0.5 || !present.length) {
    const literal = present.map((name) => `${name}: ${printLiteral(args[name], types.get(name) ?? null)}`);
    const argText = literal.length ? `(${literal.join(', ')})` : '';
    return {
      field: field.name,
      query: `${operation} { ${field.name}${argText} ${selection} }`,
      variables: {},
      token,
      kind: `${kind}/literal`,
    };
  }
  const defs = present.map((name) => `$${name}: ${String(types.get(name))}`).join(', ');
  const uses = present.map((name) => `${name}: $${name}`).join(', ');
  const query = `${operation}(${defs}) { ${field.name}(${uses}) ${selection} }`;
  return { field: field.name, query, variables: args, token, kind: `${kind}/variables` };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of results. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) {
    results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  }
  return results;
}

interface Outcome {
  status: number;
  codes: string[];
  problem: string | null;
  /** endCursors the answer holds: real cursors for later `after` arguments. */
  cursors: string[];
}

async function send(t: TestApp, c: Case): Promise<Outcome> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(c.token ? { authorization: `Bearer ${c.token}` } : {}),
    },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const text = await response.text();
  let body: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return {
      status: response.status,
      codes: ['NOT_JSON'],
      problem: `not JSON: ${text.slice(0, 200)}`,
      cursors: [],
    };
  }
  const errors = body.errors ?? [];
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'NO_CODE'));
  const errorText = JSON.stringify(errors);
  const problem =
    response.status >= 500
      ? `HTTP ${response.status}`
      : codes.find((code) => !CODES.has(code) || code === String(ErrorCode.INTERNAL_SERVER_ERROR))
        ? `code ${codes.join(',')}`
        : LEAK.test(errorText)
          ? 'leaks a stack trace or SQL'
          : null;
  return {
    status: response.status,
    codes,
    problem: problem && `${problem}: ${errorText.slice(0, 400)}`,
    cursors: [...text.matchAll(/"endCursor":"([\w-]+)"/g)].map((m) => m[1]),
  };
}

describe('schema-driven fuzz: nothing a client sends answers 500', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let pools: IdPools;
  let tokens: { admin: string; officer: string; victim: string };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    schema = t.app.get(GraphQLSchemaHost).schema;
    const coordinator = await demoToken(t, 'coordinator');
    tokens = { admin: await demoToken(t, 'admin'), officer: await demoToken(t, 'officer'), victim: '' };
    const province = await agencyId(t, 'QNA');
    const [{ id: planId }] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM plan LIMIT 1');
    const indicatorId = await activeIndicator(t, coordinator, planId, { code: 'FZ-1' });
    const [{ agency_id: officerAgency }] = await t.dataSource.query<{ agency_id: string }[]>(
      "SELECT agency_id FROM app_user WHERE email = 'officer@demo.partrack.vn'",
    );
    const setup = [
      t.gql(
        RECORD,
        { i: { indicatorId, agencyId: officerAgency, period: '2022-Q1', numerator: 1, denominator: 2 } },
        { token: tokens.officer },
      ),
      t.gql(
        'mutation($i: OpenReportingRoundInput!) { openReportingRound(input: $i) { id } }',
        { i: { kind: 'Q1', year: 2022, provinceId: province } },
        { token: coordinator },
      ),
      t.gql(
        'mutation($i: CreateAgencyGroupInput!) { createAgencyGroup(input: $i) { id } }',
        { i: { code: 'FZ-G', name: 'Nhóm fuzz', memberIds: [officerAgency] } },
        { token: tokens.admin },
      ),
      t.gql(
        'mutation { createApiKey(input: { name: "fuzz", role: ADMIN }) { __typename } }',
        {},
        { token: tokens.admin },
      ),
      t.gql('mutation { runReminderScan(today: "2022-12-31") { __typename } }', {}, { token: tokens.admin }),
    ];
    for (const res of setup) {
      const { errors } = await res;
      if (errors) throw new Error(`fixture: ${JSON.stringify(errors)}`);
    }
    const [{ id: roundId }] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM reporting_round');
    const consolidated = await t.gql(
      'mutation($r: ID!) { generateConsolidatedReport(roundId: $r) { id } }',
      { r: roundId },
      { token: coordinator },
    );
    if (consolidated.errors) throw new Error(`fixture: ${JSON.stringify(consolidated.errors)}`);
    const root = await t.dataSource.query('SELECT * FROM agency WHERE id = $1', [province]);
    for (let i = 0; i < 4; i++) await makeAgency(t, `FZ-SPARE-${i}`, root[0]);
    for (let i = 0; i < 3; i++) await makeUser(t, `victim${i}@fuzz.test`, Role.AGENCY_OFFICER, root[0]);
    tokens.victim = (await login(t, 'victim0@fuzz.test')).accessToken;
    const ids = async (sql: string) => (await t.dataSource.query<{ id: string }[]>(sql)).map((r) => r.id);
    pools = {
      agencies: await ids("SELECT id FROM agency WHERE code NOT LIKE 'FZ-SPARE%' ORDER BY code LIMIT 12"),
      spareAgencies: await ids("SELECT id FROM agency WHERE code LIKE 'FZ-SPARE%'"),
      groups: await ids('SELECT id FROM agency_group'),
      plans: await ids('SELECT id FROM plan'),
      items: await ids('SELECT id FROM plan_item ORDER BY code LIMIT 12'),
      indicators: await ids('SELECT id FROM indicator'),
      measurements: await ids('SELECT id FROM measurement'),
      rounds: await ids('SELECT id FROM reporting_round'),
      reports: await ids('SELECT id FROM agency_report ORDER BY id LIMIT 8'),
      consolidated: await ids('SELECT id FROM consolidated_report'),
      attachments: await ids('SELECT id FROM report_attachment'),
      // Only the victims: the fuzz must never deactivate, reset or demote the admin or the officer it uses.
      users: await ids("SELECT id FROM app_user WHERE email LIKE 'victim%'"),
      apiKeys: await ids('SELECT id FROM api_key'),
      notifications: await ids('SELECT id FROM notification LIMIT 8'),
      cursors: [],
    };
  });
  afterAll(() => t.close());

  it('answers every malformed, extreme or valid request without a 5xx, an internal error or a leak', async () => {
    const rng = seededRandom(SEED);
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    const started = Date.now();
    const byStatus: Record<string, number> = {};
    const byCode: Record<string, number> = {};
    const failures: string[] = [];
    const timings: [string, number][] = [];
    let sent = 0;
    const callerOf = (i: number, own: boolean) =>
      own ? tokens.victim : i % 7 === 6 ? undefined : i % 3 === 1 ? tokens.officer : tokens.admin;
    for (const [operation, field] of roots) {
      // changePassword and logout act on the caller's own session: a victim's, never the admin's.
      const own = field.name === 'changePassword' || field.name === 'logout';
      const slots = slotsOf(field.args);
      // Every field: valid as admin and officer, then null in each slot (up to 10), then random bad values.
      const plans: Plan[] = [{ kind: 'valid' }, { kind: 'valid' }, { kind: 'valid' }];
      for (const slot of slots.slice(0, 10)) plans.push({ kind: 'null', slot });
      while (slots.length && plans.length < CASES_PER_FIELD)
        plans.push({ kind: 'random', slot: pick(rng, slots) });
      while (plans.length < CASES_PER_FIELD) plans.push({ kind: 'valid' });
      const cases = plans.map((plan, i) => makeCase(rng, operation, field, pools, callerOf(i, own), plan));
      const fieldStarted = Date.now();
      const outcomes = await inBatches(cases, CONCURRENCY, (c) => send(t, c));
      timings.push([field.name, Date.now() - fieldStarted]);
      outcomes.forEach((outcome, i) => {
        const c = cases[i];
        sent++;
        byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
        for (const code of outcome.codes.length ? outcome.codes : ['OK'])
          byCode[code] = (byCode[code] ?? 0) + 1;
        for (const cursor of outcome.cursors) if (pools.cursors.length < 40) pools.cursors.push(cursor);
        if (outcome.problem) {
          const variables = JSON.stringify(c.variables).slice(0, 300);
          failures.push(
            `${c.field} [${c.kind}] ${outcome.problem}\n    ${c.query.slice(0, 300)}\n    ${variables}`,
          );
        }
      });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${sent} requests over ${roots.length} root fields in ${seconds} s (seed ${SEED})\n` +
        `  by HTTP status: ${JSON.stringify(byStatus)}\n  by code: ${JSON.stringify(byCode)}\n` +
        `  slowest fields (ms): ${JSON.stringify(timings.sort((a, b) => b[1] - a[1]).slice(0, 6))}\n` +
        `  failures: ${failures.length}\n${failures.slice(0, 40).join('\n')}`,
    );
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
    expect(Date.now() - started).toBeLessThan(TIME_BUDGET_MS);
  }, 240_000);
});
