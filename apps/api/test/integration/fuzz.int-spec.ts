import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@partrack/shared';
import { GraphQLSchema } from 'graphql';
import { Agency } from '../../src/agencies/agency.entity';
import { ErrorCode } from '../../src/common/errors/error-code';
import { login, makeAgency, makeUser } from '../support/fixtures';
import { activeIndicator, RECORD } from '../support/indicator-fixtures';
import { agencyId, demoToken } from '../support/plan-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { Case, makeCase, Plan, slotsOf } from '../support/fuzz-cases';
import { hasSpecificBadValues, IdPools, pick, seededRandom } from '../support/fuzz-values';

const SEED = 20220331;
const CASES_PER_FIELD = 22;
const CONCURRENCY = 3;
/** Stack frames, SQL and driver wording must never reach a client. */
const LEAK =
  /\bat \w+ \(|\bat async\b|SELECT |INSERT |UPDATE \w+ SET|DELETE FROM|QueryFailedError|violates|syntax for type/;
const CODES = new Set<string>(Object.values(ErrorCode));

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
    const root = await t.dataSource.getRepository(Agency).findOneByOrFail({ id: province });
    for (let i = 0; i < 4; i++) await makeAgency(t, `FZ-SPARE-${i}`, root);
    for (let i = 0; i < 3; i++) await makeUser(t, `victim${i}@fuzz.test`, Role.AGENCY_OFFICER, root);
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
    const byKind: Record<string, number> = {};
    const failures: string[] = [];
    const timings: [string, number][] = [];
    let sent = 0;
    const callerOf = (i: number, own: boolean) =>
      own ? tokens.victim : i % 7 === 6 ? undefined : i % 3 === 1 ? tokens.officer : tokens.admin;
    for (const [operation, field] of roots) {
      // changePassword and logout act on the caller's own session: a victim's, never the admin's.
      const own = field.name === 'changePassword' || field.name === 'logout';
      const slots = slotsOf(field.args);
      // Every field: valid as admin and officer, null in each slot (up to 9), a cursor, date or id of
      // its own in each slot that has them (up to 4), then random bad values.
      const plans: Plan[] = [{ kind: 'valid' }, { kind: 'valid' }, { kind: 'valid' }];
      for (const slot of slots.slice(0, 9)) plans.push({ kind: 'null', slot });
      const special = slots.filter((slot) => hasSpecificBadValues(slot.type, slot.name));
      for (const slot of special.slice(0, 4)) {
        // Crafted cursors three times: they decode to many shapes.
        for (let n = slot.name === 'after' ? 3 : 1; n > 0; n--)
          plans.push({ kind: 'random', slot, focused: true });
      }
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
        byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
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
        `  by input: ${JSON.stringify(byKind)}\n` +
        `  slowest fields (ms): ${JSON.stringify(timings.sort((a, b) => b[1] - a[1]).slice(0, 6))}\n` +
        `  failures: ${failures.length}\n${failures.slice(0, 40).join('\n')}`,
    );
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
    // The timeout below is a hang guard, not a performance check: the time is printed above.
  }, 300_000);
});
