import { Role } from '@partrack/shared';
import jwt from 'jsonwebtoken';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeProvince, makeUser, PASSWORD } from '../support/fixtures';

const ME = '{ me { email role } }';
const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
    const p = await makeProvince(t, 'AUTH');
    await makeUser(t, 'officer@auth.vn', Role.AGENCY_OFFICER, p.dept);
    await makeUser(t, 'Locked.User@auth.vn', Role.VIEWER, p.root);
  });
  afterAll(() => t.close());

  it('logs in (email case-insensitive) and answers me', async () => {
    const tokens = await login(t, 'OFFICER@auth.vn');
    const res = await t.gql<{ me: { email: string; role: string } }>(ME, {}, { token: tokens.accessToken });
    expect(res.data?.me).toEqual({ email: 'officer@auth.vn', role: 'AGENCY_OFFICER' });
    const decoded = jwt.decode(tokens.accessToken, { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    expect(decoded?.payload).toMatchObject({ iss: 'partrack', aud: 'partrack-api' });
  });

  it('refuses a wrong password with the same message as an unknown email', async () => {
    const wrong = await t.gql(
      'mutation { login(input: { email: "officer@auth.vn", password: "not-the-password" }) { accessToken } }',
    );
    const unknown = await t.gql(
      'mutation { login(input: { email: "nobody@auth.vn", password: "not-the-password" }) { accessToken } }',
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('Wrong email or password.');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('locks an account after repeated failures, without revealing whether it exists', async () => {
    for (const email of ['locked.user@auth.vn', 'ghost@auth.vn']) {
      for (let i = 0; i < 3; i++) {
        await t.gql(
          'mutation($e: String!) { login(input: { email: $e, password: "wrong-password-x" }) { accessToken } }',
          { e: email },
        );
      }
    }
    const real = await t.gql(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      {
        e: 'locked.user@auth.vn',
        p: PASSWORD,
      },
    );
    const ghost = await t.gql(
      'mutation { login(input: { email: "ghost@auth.vn", password: "wrong-password-x" }) { accessToken } }',
    );
    expect(real.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    expect(real.errors?.[0].message).toMatch(/Try again in 15 minutes/);
    expect(ghost.errors?.[0].extensions?.reason).toBe('ACCOUNT_LOCKED');
  });

  it('rate limits logins per IP', async () => {
    const limited = await createTestApp({ LOGIN_IP_MAX_PER_MINUTE: '4' });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await limited.gql(
          'mutation($e: String!) { login(input: { email: $e, password: "0123456789" }) { accessToken } }',
          {
            e: `visitor${i}@y.vn`,
          },
        );
        codes.push(String(res.errors?.[0].extensions?.reason));
      }
      expect(codes.slice(0, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
      expect(codes.slice(4)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });

  it.each([
    [
      'expired',
      () =>
        jwt.sign({ sub: 'x', typ: 'access' }, t.config.jwtSecret, {
          issuer: 'partrack',
          audience: 'partrack-api',
          expiresIn: -10,
        }),
    ],
    ['tampered', async () => (await login(t, 'officer@auth.vn')).accessToken.slice(0, -3) + 'AAA'],
    [
      'alg none',
      async () => {
        const real = jwt.decode((await login(t, 'officer@auth.vn')).accessToken) as object;
        const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(real)}.`;
      },
    ],
    [
      'wrong audience',
      async () => {
        const real = jwt.decode((await login(t, 'officer@auth.vn')).accessToken) as { sub: string };
        return jwt.sign({ sub: real.sub, typ: 'access' }, t.config.jwtSecret, {
          issuer: 'partrack',
          audience: 'someone-else',
          expiresIn: 60,
        });
      },
    ],
    [
      'wrong secret',
      () =>
        jwt.sign({ sub: 'x', typ: 'access' }, 'another-secret-another-secret-another', {
          issuer: 'partrack',
          audience: 'partrack-api',
          expiresIn: 60,
        }),
    ],
  ])('rejects a %s token', async (_name, make) => {
    const res = await t.gql(ME, {}, { token: await make() });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects anonymous access to a guarded query', async () => {
    const res = await t.gql(ME);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const first = await login(t, 'officer@auth.vn');
    const second = await t.gql<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, {
      t: first.refreshToken,
    });
    const rotated = second.data!.refreshToken;
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, { token: rotated.accessToken })).data).toBeTruthy();

    const reuse = await t.gql(REFRESH, { t: first.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // the stolen token's family is gone: the legitimate latest token no longer works either
    const afterReuse = await t.gql(REFRESH, { t: rotated.refreshToken });
    expect(afterReuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token', async () => {
    const tokens = await login(t, 'officer@auth.vn');
    expect(
      (await t.gql('mutation($t: String!) { logout(refreshToken: $t) }', { t: tokens.refreshToken })).data,
    ).toEqual({ logout: true });
    expect((await t.gql(REFRESH, { t: tokens.refreshToken })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes the password with policy checks and signs out other sessions', async () => {
    await makeUser(t, 'changer@auth.vn', Role.ADMIN, null);
    const other = await login(t, 'changer@auth.vn');
    const tooShort = await t.gql(
      'mutation { changePassword(input: { currentPassword: "correct-horse-battery", newPassword: "short" }) { accessToken } }',
      {},
      { token: other.accessToken },
    );
    expect(tooShort.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', message: 'Must be at least 10 characters.' }],
    });
    const wrongCurrent = await t.gql(
      'mutation { changePassword(input: { currentPassword: "nope-nope-nope", newPassword: "a-new-long-password" }) { accessToken } }',
      {},
      { token: other.accessToken },
    );
    expect(wrongCurrent.errors?.[0].extensions?.fields).toEqual([
      { field: 'currentPassword', message: 'The current password is wrong.' },
    ]);
    const ok = await t.gql<{ changePassword: { accessToken: string } }>(
      'mutation { changePassword(input: { currentPassword: "correct-horse-battery", newPassword: "a-new-long-password" }) { accessToken } }',
      {},
      { token: other.accessToken },
    );
    expect(ok.data?.changePassword.accessToken).toBeTruthy();
    expect((await t.gql(REFRESH, { t: other.refreshToken })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await expect(login(t, 'changer@auth.vn', 'a-new-long-password')).resolves.toBeTruthy();
  });

  it('authenticates API keys, records last use, and refuses revoked keys', async () => {
    await makeUser(t, 'keyadmin@auth.vn', Role.ADMIN, null);
    const admin = await login(t, 'keyadmin@auth.vn');
    const created = await t.gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
      'mutation { createApiKey(input: { name: "warehouse", role: ADMIN }) { secret apiKey { id prefix } } }',
      {},
      { token: admin.accessToken },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const stored = await t.dataSource.query('SELECT key_hash FROM api_key WHERE id = $1', [apiKey.id]);
    expect(stored[0].key_hash).not.toContain(secret);
    const asKey = await t.gql<{ agencies: { totalCount: number } }>(
      '{ agencies { totalCount } }',
      {},
      { token: secret },
    );
    expect(asKey.data?.agencies.totalCount).toBeGreaterThan(0);
    const used = await t.dataSource.query('SELECT last_used_at FROM api_key WHERE id = $1', [apiKey.id]);
    expect(used[0].last_used_at).not.toBeNull();
    await t.gql(
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      { token: admin.accessToken },
    );
    const revoked = await t.gql('{ agencies { totalCount } }', {}, { token: secret });
    expect(revoked.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'Invalid, revoked or expired API key.',
    });
  });
});
