import { Role } from '@partrack/shared';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

type Field = { field: string; message: string };
const fieldsOf = (res: GqlResponse) => (res.errors?.[0]?.extensions?.fields ?? []) as Field[];
const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Issue 10, defects 4 and 5: each of these answered HTTP 500 or INTERNAL_SERVER_ERROR. */
describe('client mistakes are BAD_USER_INPUT naming the input, checked before anything is written', () => {
  let t: TestApp;
  let token: string;
  let p: Province;
  let plan: { id: string; version: number };
  const count = async (table: string) =>
    Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'GRD');
    await makeUser(t, 'guard-admin@test.vn', Role.ADMIN, null);
    token = (await login(t, 'guard-admin@test.vn')).accessToken;
    const created = await t.gql<{ createPlan: { id: string; version: number } }>(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id version } }',
      { i: { code: 'GRD-PLAN', title: 'Kế hoạch', year: 2022, ownerAgencyId: p.root.id } },
      { token },
    );
    plan = created.data!.createPlan;
  });
  afterAll(() => t.close());

  it('answers a wrong-type or null variable with HTTP 400 naming the variable', async () => {
    const periods = 'query($y: Int!) { reportingPeriods(year: $y) { period } }';
    for (const y of ['x', null, 2 ** 53]) {
      const res = await t.gql(periods, { y }, { token });
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res).map((f) => f.field)).toEqual(['y']);
    }
    const nested = await t.gql(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
      { i: { code: 'GRD-X', title: 'x', year: '2022', ownerAgencyId: p.root.id } },
      { token },
    );
    expect(nested.status).toBe(400);
    expect(fieldsOf(nested).map((f) => f.field)).toEqual(['year']);
  });

  it.each([
    'agency',
    'plan',
    'indicator',
    'agencyReport',
    'planItem',
    'measurement',
    'reportingRound',
    'user',
  ])('refuses a malformed id in %s(id) as a literal and as a variable', async (field) => {
    const literal = await t.gql(`{ ${field}(id: "not-a-uuid") { id } }`, {}, { token });
    expect(literal.status).toBe(400);
    expect(fieldsOf(literal)).toEqual([{ field: 'id', message: 'Not a valid id.' }]);
    const variable = await t.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: '1' }, { token });
    expect(fieldsOf(variable)).toEqual([{ field: 'id', message: 'Not a valid id.' }]);
  });

  it('refuses NUL and lone surrogates in any string, nested or in lists, in the caller’s language', async () => {
    const before = await count('agency');
    const create = 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }';
    const input = { code: 'GRD-NEW', kind: 'DEPARTMENT', level: 'PROVINCE', parentId: p.root.id };
    const nul = await t.gql(create, { i: { ...input, name: 'Sở\u0000Nội vụ' } }, { token });
    expect(nul.status).toBe(400);
    expect(nul.errors?.[0].message).toBe(
      'name: Contains a character that is not allowed (NUL or half of a UTF-16 surrogate pair).',
    );
    const vi = await t.gql(
      create,
      { i: { ...input, name: 'x', aliases: ['ok', '\ud800'] } },
      {
        token,
        headers: { 'accept-language': 'vi' },
      },
    );
    expect(fieldsOf(vi)).toEqual([
      {
        field: 'aliases.1',
        message: 'Văn bản chứa ký tự không được phép (ký tự NUL hoặc nửa cặp ký tự UTF-16).',
      },
    ]);
    const literal = await t.gql('{ agencies(filter: { search: "a\\u0000" }) { totalCount } }', {}, { token });
    expect(fieldsOf(literal).map((f) => f.field)).toEqual(['search']);
    expect(await count('agency')).toBe(before);
  });

  it('refuses a crafted `after` cursor, whatever it decodes to', async () => {
    for (const after of [
      cursor(['x', 'not-a-uuid']),
      cursor([{ a: 1 }, 1]),
      cursor(['a\u0000', 'b']),
      '!!!',
    ]) {
      const res = await t.gql(
        'query($a: String) { agencies(after: $a) { totalCount } }',
        { a: after },
        { token },
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res).map((f) => f.field)).toEqual(['after']);
    }
  });

  it('checks an indicator’s required fields before saving it', async () => {
    const res = await t.gql(
      'mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }',
      {
        i: {
          planId: plan.id,
          code: 'GRD-IND',
          nameVi: 'Chỉ tiêu',
          unit: 'PERCENT',
          aggregation: 'RATIO',
          frequency: 'QUARTER',
          reportingLevels: ['PROVINCE'],
        },
      },
      { token },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ field: 'direction', message: 'This field is required.' }]);
    expect(await count('indicator')).toBe(0);
  });

  it('refuses null for a field that can be left out but not cleared', async () => {
    const res = await t.gql(
      'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }',
      { i: { id: plan.id, version: plan.version, title: null } },
      { token },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ field: 'title', message: 'This field is required.' }]);
    const [row] = await t.dataSource.query<{ title: string; version: number }[]>(
      'SELECT title, version FROM plan WHERE id = $1',
      [plan.id],
    );
    expect(row).toEqual({ title: 'Kế hoạch', version: plan.version });
  });

  it('refuses impossible dates and years outside 1900–2100', async () => {
    for (const today of ['0000-01-01', '2022-02-30', '2101-01-01']) {
      const res = await t.gql(
        `mutation { runReminderScan(today: "${today}") { __typename } }`,
        {},
        { token },
      );
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('from 1900-01-01 to 2100-12-31');
    }
    const fine = await t.gql(
      'mutation { runReminderScan(today: "2022-12-31") { __typename } }',
      {},
      { token },
    );
    expect(fine.errors).toBeUndefined();
  });
});
