import { createHash, randomBytes } from 'node:crypto';
import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { PasswordService } from '../../../src/auth/password.service';
import { Caller } from '../../../src/common/context/caller';
import { login, makeAgency, PASSWORD } from '../fixtures';
import { TestApp } from '../test-app';

/** One province's agencies: root → SNV (coordinators), STC (another department), D1 (district) → C1, C2. */
export interface ProvinceAgencies {
  root: Agency;
  snv: Agency;
  stc: Agency;
  d1: Agency;
  c1: Agency;
  c2: Agency;
}

/** The callers every authorization test can use, named by what they are. */
export const CALLERS = {
  admin: { role: Role.ADMIN, at: null },
  coordinator: { role: Role.COORDINATOR, at: 'p.snv' },
  manager: { role: Role.AGENCY_MANAGER, at: 'p.d1' },
  officer: { role: Role.AGENCY_OFFICER, at: 'p.d1' },
  viewer: { role: Role.VIEWER, at: 'p.root' },
  /** An officer of another agency of the same province. */
  officerStc: { role: Role.AGENCY_OFFICER, at: 'p.stc' },
  /** An officer of a commune under D1. */
  officerC1: { role: Role.AGENCY_OFFICER, at: 'p.c1' },
  qCoordinator: { role: Role.COORDINATOR, at: 'q.snv' },
  qManager: { role: Role.AGENCY_MANAGER, at: 'q.d1' },
  qOfficer: { role: Role.AGENCY_OFFICER, at: 'q.d1' },
  qViewer: { role: Role.VIEWER, at: 'q.root' },
  /** An integration's API key with an officer's role and scope (D1): no user, same rules. */
  officerKey: { role: Role.AGENCY_OFFICER, at: 'p.d1', apiKey: true },
} as const satisfies Record<string, { role: Role; at: string | null; apiKey?: boolean }>;

export type CallerName = keyof typeof CALLERS;

/** The caller of each role used by the role × mutation matrix; all of them sit in province P. */
export const CALLER_OF_ROLE: Record<Role, CallerName> = {
  [Role.ADMIN]: 'admin',
  [Role.COORDINATOR]: 'coordinator',
  [Role.AGENCY_MANAGER]: 'manager',
  [Role.AGENCY_OFFICER]: 'officer',
  [Role.VIEWER]: 'viewer',
};

export interface GqlResult {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface World {
  t: TestApp;
  p: ProvinceAgencies;
  q: ProvinceAgencies;
  /** The user id of each caller (the key id for an API-key caller). */
  userId: Record<CallerName, string>;
  token: Record<CallerName, string>;
  /** The admin as services see it, for building fixtures without a request each. */
  adminCaller: Caller;
  /** A hash of PASSWORD computed once, so fresh users cost no argon2 work. */
  passwordHash: string;
  /** A code no other fixture uses. */
  code(prefix: string): string;
  /** A GraphQL call that must succeed (as the admin unless a token is given); returns its data. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
}

async function provinceOf(t: TestApp, prefix: string): Promise<ProvinceAgencies> {
  const root = await makeAgency(t, prefix, null, { name: `Ủy ban nhân dân tỉnh ${prefix}` });
  const province = { level: AgencyLevel.PROVINCE, kind: AgencyKind.DEPARTMENT };
  const [snv, stc, d1] = await Promise.all([
    makeAgency(t, `${prefix}-SNV`, root, { name: `Sở Nội vụ ${prefix}`, ...province }),
    makeAgency(t, `${prefix}-STC`, root, { name: `Sở Tài chính ${prefix}`, ...province }),
    makeAgency(t, `${prefix}-D1`, root, {
      name: `Ủy ban nhân dân huyện Một ${prefix}`,
      kind: AgencyKind.PEOPLES_COMMITTEE,
      level: AgencyLevel.DISTRICT,
    }),
  ]);
  const commune = { kind: AgencyKind.PEOPLES_COMMITTEE, level: AgencyLevel.COMMUNE };
  const [c1, c2] = await Promise.all([
    makeAgency(t, `${prefix}-D1-C1`, d1, { name: `Ủy ban nhân dân xã Một ${prefix}`, ...commune }),
    makeAgency(t, `${prefix}-D1-C2`, d1, { name: `Ủy ban nhân dân xã Hai ${prefix}`, ...commune }),
  ]);
  return { root, snv, stc, d1, c1, c2 };
}

/** Inserts a user with the precomputed hash; returns its id. */
export async function insertUser(
  w: Pick<World, 't' | 'passwordHash'>,
  email: string,
  role: Role,
  agencyId: string | null,
  active = true,
): Promise<string> {
  const rows: { id: string }[] = await w.t.dataSource.query(
    `INSERT INTO app_user (email, full_name, role, agency_id, active, password_hash, search_text)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [email, email, role, agencyId, active, w.passwordHash, email],
  );
  return rows[0].id;
}

/** A key whose secret is known: the secret is its bearer token (stored as its SHA-256, as the API does). */
async function insertApiKey(t: TestApp, role: Role, agency: Agency): Promise<{ id: string; token: string }> {
  const secret = `ptk_${randomBytes(30).toString('base64url')}`;
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO api_key (name, prefix, key_hash, role, agency_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      `authz-${role}`,
      secret.slice(0, 12),
      createHash('sha256').update(secret).digest('hex'),
      role,
      agency.id,
    ],
  );
  return { id: rows[0].id, token: secret };
}

/**
 * Two provinces P and Q with a user of every kind in CALLERS; those in `sessions` are logged in (a login
 * costs an argon2 verification, so each file asks only for the callers it uses).
 */
export async function buildWorld(
  t: TestApp,
  sessions: readonly CallerName[] = Object.keys(CALLERS) as CallerName[],
): Promise<World> {
  const [p, q] = await Promise.all([provinceOf(t, 'P'), provinceOf(t, 'Q')]);
  const passwordHash = await t.app.get(PasswordService).hash(PASSWORD);
  let counter = 0;
  const base = { t, passwordHash };
  const agencyAt = (at: string | null): Agency | null => {
    if (!at) return null;
    const [province, key] = at.split('.') as ['p' | 'q', keyof ProvinceAgencies];
    return (province === 'p' ? p : q)[key];
  };
  const names = Object.keys(CALLERS) as CallerName[];
  const entries = await Promise.all(
    names.map(async (name) => {
      const { role, at } = CALLERS[name];
      if ('apiKey' in CALLERS[name]) return { name, ...(await insertApiKey(t, role, agencyAt(at)!)) };
      const email = `${name.toLowerCase()}@authz.test`;
      const id = await insertUser(base, email, role, agencyAt(at)?.id ?? null);
      return { name, id, token: sessions.includes(name) ? (await login(t, email)).accessToken : null };
    }),
  );
  const userId = Object.fromEntries(entries.map((e) => [e.name, e.id])) as Record<CallerName, string>;
  const token = {} as Record<CallerName, string>;
  for (const { name, token: value } of entries)
    Object.defineProperty(token, name, {
      enumerable: true,
      get: () => {
        // A missing session must not turn silently into an anonymous call.
        if (value === null) throw new Error(`${name} was not logged in: add it to buildWorld's sessions`);
        return value;
      },
    });
  return {
    ...base,
    p,
    q,
    userId,
    token,
    adminCaller: {
      actor: {
        kind: 'USER',
        id: userId.admin,
        label: 'admin',
        role: Role.ADMIN,
        agencyId: null,
        provinceRootId: null,
      },
      requestId: 'authz-fixtures',
    },
    code: (prefix) => `${prefix}-${++counter}`,
    async ok<T>(query: string, variables: Record<string, unknown> = {}, as = token.admin): Promise<T> {
      const res = await t.gql<T>(query, variables, { token: as });
      if (res.errors || !res.data)
        throw new Error(`fixture call failed: ${query.slice(0, 80)} → ${JSON.stringify(res.errors)}`);
      return res.data;
    },
  };
}
