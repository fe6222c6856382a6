import { createTestApp, TestApp } from '../support/test-app';

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
    });
  });
  afterAll(async () => {
    await t.close();
    delete process.env.JWT_SECRET;
  });

  it('disables introspection', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does not suggest field names or leak stack traces', async () => {
    const res = await t.gql('{ agencie { totalCount } }');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at \w+ \(/);
  });
});
