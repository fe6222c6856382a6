import { Role } from '@partrack/shared';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';

type UserRow = {
  id: string;
  email: string;
  role: string;
  active: boolean;
  version: number;
  agency: { code: string } | null;
};

describe('user administration', () => {
  let t: TestApp;
  let p: Province;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'US');
    await makeUser(t, 'root@us.vn', Role.ADMIN, null);
    admin = (await login(t, 'root@us.vn')).accessToken;
  });
  afterAll(() => t.close());

  const createUser = (input: Record<string, unknown>) =>
    t.gql<{ createUser: UserRow }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role active version agency { code } } }',
      { i: input },
      { token: admin },
    );

  it('creates, lists with filters, updates and deactivates users', async () => {
    const created = await createUser({
      email: 'Nguyen.Van.A@US.vn',
      fullName: 'Nguyễn Văn A',
      role: 'AGENCY_OFFICER',
      agencyId: p.dept.id,
      password: 'a-long-password',
    });
    const user = created.data!.createUser;
    expect(user).toMatchObject({
      email: 'nguyen.van.a@us.vn',
      role: 'AGENCY_OFFICER',
      active: true,
      agency: { code: 'US-SNV' },
    });

    const dup = await createUser({
      email: 'NGUYEN.VAN.A@us.vn',
      fullName: 'Trùng',
      role: 'VIEWER',
      agencyId: p.root.id,
      password: 'a-long-password',
    });
    expect(dup.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email' }],
    });
    const weak = await createUser({
      email: 'weak@us.vn',
      fullName: 'Yếu',
      role: 'VIEWER',
      agencyId: p.root.id,
      password: 'short',
    });
    expect(weak.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'Must be at least 10 characters.' },
    ]);
    const noAgency = await createUser({
      email: 'na@us.vn',
      fullName: 'Không cơ quan',
      role: 'VIEWER',
      password: 'a-long-password',
    });
    expect(noAgency.errors?.[0].extensions?.fields).toEqual([
      { field: 'agencyId', message: 'This role needs an agency.' },
    ]);

    const found = await t.gql<{ users: { totalCount: number; edges: { node: { email: string } }[] } }>(
      'query($a: ID) { users(filter: { search: "nguyen van", agencyId: $a }) { totalCount edges { node { email } } } }',
      { a: p.dept.id },
      { token: admin },
    );
    expect(found.data?.users.edges.map((e) => e.node.email)).toEqual(['nguyen.van.a@us.vn']);

    const updated = await t.gql<{ updateUser: UserRow }>(
      'mutation($i: UpdateUserInput!) { updateUser(input: $i) { role version } }',
      { i: { id: user.id, version: user.version, role: 'AGENCY_MANAGER' } },
      { token: admin },
    );
    expect(updated.data?.updateUser).toEqual({ role: 'AGENCY_MANAGER', version: user.version + 1 });
    const stale = await t.gql(
      'mutation($i: UpdateUserInput!) { updateUser(input: $i) { role } }',
      { i: { id: user.id, version: user.version, role: 'VIEWER' } },
      { token: admin },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const session = await login(t, 'nguyen.van.a@us.vn', 'a-long-password');
    await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
      { id: user.id },
      { token: admin },
    );
    expect(
      (await t.gql('{ me { id } }', {}, { token: session.accessToken })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const relogin = await t.gql(
      'mutation { login(input: { email: "nguyen.van.a@us.vn", password: "a-long-password" }) { accessToken } }',
    );
    expect(relogin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await t.gql(
      'mutation($id: ID!) { reactivateUser(id: $id) { active } }',
      { id: user.id },
      { token: admin },
    );
    await t.gql(
      'mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { id } }',
      { i: { id: user.id, newPassword: 'reset-password-1' } },
      { token: admin },
    );
    await expect(login(t, 'nguyen.van.a@us.vn', 'reset-password-1')).resolves.toBeTruthy();
  });

  it('never exposes password hashes and audits without secrets', async () => {
    const audit = await t.dataSource.query(
      `SELECT after::text AS after FROM audit_entry WHERE action LIKE 'user.%'`,
    );
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) expect(row.after ?? '').not.toMatch(/argon2|passwordHash/);
    const log = await t.gql<{ auditLog: { totalCount: number; edges: { node: { action: string } }[] } }>(
      '{ auditLog(first: 5, filter: { action: "user." }) { totalCount edges { node { action } } } }',
      {},
      { token: admin },
    );
    expect(log.data?.auditLog.edges[0].node.action).toBe('user.resetPassword');
  });

  it('an admin cannot deactivate themselves', async () => {
    const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin });
    const res = await t.gql(
      'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: me.data!.me.id },
      { token: admin },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
