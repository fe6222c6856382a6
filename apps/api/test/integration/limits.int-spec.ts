import { Role } from '@partrack/shared';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeAgency, makeProvince, makeUser } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';

describe('GraphQL limits and conventions', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    const p = await makeProvince(t, 'LIM');
    for (let i = 0; i < 30; i++) await makeAgency(t, `LIM-A${String(i).padStart(2, '0')}`, p.root);
    await makeUser(t, 'lim@x.vn', Role.ADMIN, null);
    token = (await login(t, 'lim@x.vn')).accessToken;
  });
  afterAll(() => t.close());

  const nested = (levels: number) =>
    `{ agencies(first: 1) { edges { node { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } } }`;

  it('refuses queries deeper than 15 for anonymous and 20 for authenticated callers', async () => {
    const anonymous = await t.gql(nested(14));
    expect(anonymous.errors?.[0].message).toBe('Query depth 18 exceeds the limit of 15.');
    expect(anonymous.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const deep = await t.gql(nested(19), {}, { token });
    expect(deep.errors?.[0].message).toBe('Query depth 23 exceeds the limit of 20.');
    const fine = await t.gql(nested(12), {}, { token });
    expect(fine.errors).toBeUndefined();
  });

  it('refuses queries over the complexity budget with a clear message', async () => {
    const res = await t.gql(
      '{ agencies(first: 100) { edges { node { children { children { children { id } } } } } } }',
      {},
      { token },
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMPLEXITY_LIMIT',
      maxComplexity: 250,
    });
    expect(res.errors?.[0].message).toMatch(/Query complexity \d+ exceeds the limit of 250/);
    const ok = await t.gql(
      '{ agencies(first: 100) { edges { node { id parent { name } } } } }',
      {},
      { token },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('caps page size at 100', async () => {
    const res = await t.gql('{ agencies(first: 101) { totalCount } }', {}, { token });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first', message: 'Page size must be between 1 and 100.' }],
    });
  });

  it('refuses bodies over 100 KB and query text over 10,000 characters', async () => {
    const big = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', 'x-request-id': 'limits-413' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(110 * 1024) } }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [
        {
          message: 'The request body exceeds 100 KB.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE', requestId: 'limits-413' },
        },
      ],
    });
    const long = await t.gql(`{ __typename ${' '.repeat(10_001)} }`);
    expect(long.status).toBe(400);
    expect(long.errors?.[0].extensions?.reason).toBe('QUERY_TOO_LONG');
  });

  it('refuses batched requests and requests without a CSRF-safe content type', async () => {
    const batch = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/);
  });

  it('answers an id that names nothing with an error on that field, and saves nothing', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await t.gql(
      `mutation { createPlan(input: { code: "LIM-PLAN", title: "x", year: 2022, ownerAgencyId: "${missing}" }) { id } }`,
      {},
      { token },
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'ownerAgencyId', message: `The referenced record "${missing}" does not exist.` }],
    });
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      "SELECT count(*) FROM plan WHERE code = 'LIM-PLAN'",
    );
    expect(count).toBe('0');
  });

  it('maps GraphQL validation errors to BAD_USER_INPUT', async () => {
    const res = await t.gql('{ agencies { nope } }', {}, { token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does not grow the number of SQL statements with the page size (no N+1)', async () => {
    const count = async (first: number) => {
      const logged = await statementsDuring(t, async () => {
        const res = await t.gql(
          `{ agencies(first: ${first}) { edges { node { code parent { code } children { code } ancestors { code } descendantCount } } } }`,
          {},
          { token },
        );
        expect(res.errors).toBeUndefined();
      });
      return logged.length;
    };
    const small = await count(2);
    const large = await count(30);
    expect(small).toBeGreaterThan(3);
    expect(large).toBe(small);
  });
});
