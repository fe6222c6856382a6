import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { agencySearchText } from '../../src/agencies/agency-search-text';
import { UsersService } from '../../src/users/users.service';
import { graphql } from '../gql';
import { TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery';

export async function makeAgency(
  t: TestApp,
  code: string,
  parent: Agency | null,
  extra: Partial<Agency> = {},
): Promise<Agency> {
  const repo = t.dataSource.getRepository(Agency);
  const agency = repo.create({
    code,
    name: extra.name ?? `Agency ${code}`,
    shortName: extra.shortName ?? null,
    aliases: extra.aliases ?? [],
    kind: extra.kind ?? (parent ? AgencyKind.DEPARTMENT : AgencyKind.PEOPLES_COMMITTEE),
    level: extra.level ?? (parent ? AgencyLevel.DISTRICT : AgencyLevel.PROVINCE),
    parentId: parent?.id ?? null,
    validFrom: extra.validFrom ?? '2020-01-01',
    validTo: extra.validTo ?? null,
    successorId: null,
  });
  agency.searchText = agencySearchText(agency);
  return repo.save(agency);
}

export interface Province {
  root: Agency;
  dept: Agency;
  district: Agency;
  commune: Agency;
}

/** A small province: root → (dept, district → commune). */
export async function makeProvince(t: TestApp, prefix: string): Promise<Province> {
  const root = await makeAgency(t, prefix, null, { name: `Ủy ban nhân dân tỉnh ${prefix}` });
  const dept = await makeAgency(t, `${prefix}-SNV`, root, { name: 'Sở Nội vụ', level: AgencyLevel.PROVINCE });
  const district = await makeAgency(t, `${prefix}-D1`, root, {
    name: 'Ủy ban nhân dân huyện Một',
    kind: AgencyKind.PEOPLES_COMMITTEE,
  });
  const commune = await makeAgency(t, `${prefix}-D1-C1`, district, {
    name: 'Ủy ban nhân dân xã Một',
    kind: AgencyKind.PEOPLES_COMMITTEE,
    level: AgencyLevel.COMMUNE,
  });
  return { root, dept, district, commune };
}

export async function makeUser(
  t: TestApp,
  email: string,
  role: Role,
  agency: Agency | null,
): Promise<string> {
  const user = await t.app
    .get(UsersService)
    .create(null, { email, fullName: email, role, agencyId: agency?.id ?? null, password: PASSWORD });
  return user.id;
}

const LOGIN = graphql(`
  mutation LoginForTest($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

export async function login(
  t: TestApp,
  email: string,
  password = PASSWORD,
): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await t.gql(LOGIN, { input: { email, password } });
  if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login;
}

/** One user of every role in a province; returns access tokens by role. */
export async function tokensByRole(
  t: TestApp,
  province: Province,
  prefix: string,
): Promise<Record<Role, string>> {
  const agencyFor: Record<Role, Agency | null> = {
    [Role.ADMIN]: null,
    [Role.COORDINATOR]: province.dept,
    [Role.AGENCY_MANAGER]: province.district,
    [Role.AGENCY_OFFICER]: province.district,
    [Role.VIEWER]: province.root,
  };
  const entries = await Promise.all(
    Object.values(Role).map(async (role) => {
      const email = `${prefix}-${role.toLowerCase()}@test.vn`;
      await makeUser(t, email, role, agencyFor[role]);
      return [role, (await login(t, email)).accessToken] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, string>;
}
