import { Role } from '@partrack/shared';
import jwt from 'jsonwebtoken';
import { login, makeProvince, makeUser, PASSWORD, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

const ME = '{ me { email } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Claims {
  sub: string;
  role: string;
  typ: string;
  ver: number;
  sid: string;
  iat: number;
  exp: number;
}

/** Access tokens stop working on the next request after logout, a password change or reset, a deactivation. */
describe('access token revocation', () => {
  let t: TestApp;
  let p: Province;
  let admin: string;
  let seq = 0;

  const meAs = (token: string) => t.gql<{ me: { email: string } }>(ME, {}, { token });
  const expectRefused = async (token: string) => {
    const res = await meAs(token);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  };
  /** A fresh user with a session whose access token works now (so a later refusal is the revocation's doing). */
  const session = async () => {
    const email = `user${++seq}@rev.vn`;
    const id = await makeUser(t, email, Role.AGENCY_OFFICER, p.dept);
    const tokens = await login(t, email);
    expect((await meAs(tokens.accessToken)).data?.me.email).toBe(email);
    return { id, email, ...tokens };
  };

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'REV');
    await makeUser(t, 'admin@rev.vn', Role.ADMIN, null);
    admin = (await login(t, 'admin@rev.vn')).accessToken;
  });
  afterAll(() => t.close());

  it('signs sub, role, typ, ver, sid, iat and exp; a refresh keeps the session and the version', async () => {
    const s = await session();
    const claims = jwt.decode(s.accessToken) as Claims;
    expect(claims).toMatchObject({ sub: s.id, role: 'AGENCY_OFFICER', typ: 'access', ver: 0 });
    expect(claims.sid).toMatch(UUID);
    expect(claims.exp - claims.iat).toBe(t.config.accessTokenTtlSeconds);
    const [row] = await t.dataSource.query<{ family_id: string }[]>(
      'SELECT DISTINCT family_id FROM refresh_token WHERE user_id = $1',
      [s.id],
    );
    expect(claims.sid).toBe(row.family_id);
    const refreshed = await t.gql<{ refreshToken: { accessToken: string } }>(
      'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
      { t: s.refreshToken },
    );
    const next = jwt.decode(refreshed.data!.refreshToken.accessToken) as Claims;
    expect(next).toMatchObject({ sub: s.id, ver: 0, sid: claims.sid });
  });

  it('refuses the access token after logout', async () => {
    const s = await session();
    const other = await login(t, s.email);
    await t.gql('mutation($t: String!) { logout(refreshToken: $t) }', { t: s.refreshToken });
    await expectRefused(s.accessToken);
    // only that session ended
    expect((await meAs(other.accessToken)).data?.me.email).toBe(s.email);
  });

  it('refuses the access token after an admin resets the password', async () => {
    const s = await session();
    const reset = await t.gql(
      'mutation($id: ID!) { resetUserPassword(input: { id: $id, newPassword: "another-long-password" }) { id } }',
      { id: s.id },
      { token: admin },
    );
    expect(reset.errors).toBeUndefined();
    await expectRefused(s.accessToken);
    const again = await login(t, s.email, 'another-long-password');
    expect((jwt.decode(again.accessToken) as Claims).ver).toBe(1);
    expect((await meAs(again.accessToken)).data?.me.email).toBe(s.email);
  });

  it('refuses the access token after deactivation, and still after reactivation', async () => {
    const s = await session();
    const off = await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
      { id: s.id },
      { token: admin },
    );
    expect(off.data).toEqual({ deactivateUser: { active: false } });
    await expectRefused(s.accessToken);
    await t.gql('mutation($id: ID!) { reactivateUser(id: $id) { active } }', { id: s.id }, { token: admin });
    await expectRefused(s.accessToken);
  });

  it('changing the password ends every session; the new pair carries the new version', async () => {
    const s = await session();
    const other = await login(t, s.email);
    const changed = await t.gql<{ changePassword: { accessToken: string } }>(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "a-new-long-password" }) {
         accessToken } }`,
      {},
      { token: s.accessToken },
    );
    const fresh = changed.data!.changePassword.accessToken;
    expect((jwt.decode(fresh) as Claims).ver).toBe(1);
    await expectRefused(s.accessToken);
    await expectRefused(other.accessToken);
    expect((await meAs(fresh)).data?.me.email).toBe(s.email);
  });

  it('refuses a correctly signed token without exp, and accepts the same claims with one', async () => {
    const s = await session();
    const { sub, role, typ, ver, sid } = jwt.decode(s.accessToken) as Claims;
    const sign = (options: jwt.SignOptions) =>
      jwt.sign({ sub, role, typ, ver, sid }, t.config.jwtSecret, {
        algorithm: 'HS256',
        issuer: t.config.jwtIssuer,
        audience: t.config.jwtAudience,
        ...options,
      });
    await expectRefused(sign({}));
    await expectRefused(sign({ noTimestamp: true }));
    expect((await meAs(sign({ expiresIn: 60 }))).data?.me.email).toBe(s.email);
  });
});
