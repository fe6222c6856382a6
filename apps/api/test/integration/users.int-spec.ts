import { Role } from '@partrack/shared';
import { graphql } from '../gql';
import type { CreateUserInput } from '../gql/graphql';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';

// Typed documents (npm run codegen): results and variables are checked against the schema at compile time.
const CREATE_USER = graphql(`
  mutation CreateUserForTest($i: CreateUserInput!) {
    createUser(input: $i) {
      id
      email
      role
      active
      version
      agency {
        code
      }
    }
  }
`);
const FIND_USERS = graphql(`
  query FindUsersForTest($a: ID) {
    users(filter: { search: "nguyen van", agencyId: $a }) {
      totalCount
      edges {
        node {
          email
        }
      }
    }
  }
`);
const UPDATE_USER_ROLE = graphql(`
  mutation UpdateUserRoleForTest($i: UpdateUserInput!) {
    updateUser(input: $i) {
      role
      version
    }
  }
`);
const DEACTIVATE_USER = graphql(`
  mutation DeactivateUserForTest($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);
const REACTIVATE_USER = graphql(`
  mutation ReactivateUserForTest($id: ID!) {
    reactivateUser(id: $id) {
      active
    }
  }
`);
const RESET_PASSWORD = graphql(`
  mutation ResetUserPasswordForTest($i: ResetUserPasswordInput!) {
    resetUserPassword(input: $i) {
      id
    }
  }
`);
const ME = graphql(`
  query MeForTest {
    me {
      id
    }
  }
`);
const USER_AUDIT = graphql(`
  query UserAuditForTest {
    auditLog(first: 5, filter: { action: "user." }) {
      totalCount
      edges {
        node {
          action
        }
      }
    }
  }
`);

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

  const createUser = (input: CreateUserInput) => t.gql(CREATE_USER, { i: input }, { token: admin });

  it('creates, lists with filters, updates and deactivates users', async () => {
    const created = await createUser({
      email: 'Nguyen.Van.A@US.vn',
      fullName: 'Nguyễn Văn A',
      role: Role.AGENCY_OFFICER,
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
      role: Role.VIEWER,
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
      role: Role.VIEWER,
      agencyId: p.root.id,
      password: 'short',
    });
    expect(weak.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'Must be at least 10 characters.' },
    ]);
    const noAgency = await createUser({
      email: 'na@us.vn',
      fullName: 'Không cơ quan',
      role: Role.VIEWER,
      password: 'a-long-password',
    });
    expect(noAgency.errors?.[0].extensions?.fields).toEqual([
      { field: 'agencyId', message: 'This role needs an agency.' },
    ]);

    const found = await t.gql(FIND_USERS, { a: p.dept.id }, { token: admin });
    expect(found.data?.users.edges.map((e) => e.node.email)).toEqual(['nguyen.van.a@us.vn']);

    const updated = await t.gql(
      UPDATE_USER_ROLE,
      { i: { id: user.id, version: user.version, role: Role.AGENCY_MANAGER } },
      { token: admin },
    );
    expect(updated.data?.updateUser).toEqual({ role: 'AGENCY_MANAGER', version: user.version + 1 });
    const stale = await t.gql(
      UPDATE_USER_ROLE,
      { i: { id: user.id, version: user.version, role: Role.VIEWER } },
      { token: admin },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const session = await login(t, 'nguyen.van.a@us.vn', 'a-long-password');
    await t.gql(DEACTIVATE_USER, { id: user.id }, { token: admin });
    expect((await t.gql(ME, {}, { token: session.accessToken })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const relogin = await t.gql(
      'mutation { login(input: { email: "nguyen.van.a@us.vn", password: "a-long-password" }) { accessToken } }',
    );
    expect(relogin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await t.gql(REACTIVATE_USER, { id: user.id }, { token: admin });
    await t.gql(RESET_PASSWORD, { i: { id: user.id, newPassword: 'reset-password-1' } }, { token: admin });
    await expect(login(t, 'nguyen.van.a@us.vn', 'reset-password-1')).resolves.toBeTruthy();
  });

  it('never exposes password hashes and audits without secrets', async () => {
    const audit = await t.dataSource.query(
      `SELECT after::text AS after FROM audit_entry WHERE action LIKE 'user.%'`,
    );
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) expect(row.after ?? '').not.toMatch(/argon2|passwordHash/);
    const log = await t.gql(USER_AUDIT, {}, { token: admin });
    expect(log.data?.auditLog.edges[0].node.action).toBe('user.resetPassword');
  });

  it('an admin cannot deactivate themselves', async () => {
    const me = await t.gql(ME, {}, { token: admin });
    const res = await t.gql(DEACTIVATE_USER, { id: me.data!.me.id }, { token: admin });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
