import { Role } from '@partrack/shared';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';

type Group = {
  id: string;
  code: string;
  name: string;
  version: number;
  memberIds: string[];
  members: { code: string }[];
};
const FIELDS = 'id code name version memberIds members { code }';

describe('agency groups', () => {
  let t: TestApp;
  let p: Province;
  let other: Province;
  let coordinator: string;
  let otherCoordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'GA');
    other = await makeProvince(t, 'GB');
    await makeUser(t, 'coord@ga.vn', Role.COORDINATOR, p.dept);
    await makeUser(t, 'coord@gb.vn', Role.COORDINATOR, other.dept);
    coordinator = (await login(t, 'coord@ga.vn')).accessToken;
    otherCoordinator = (await login(t, 'coord@gb.vn')).accessToken;
  });
  afterAll(() => t.close());

  it('creates, updates (with version), lists and deletes a group, scoped to the province', async () => {
    const created = await t.gql<{ createAgencyGroup: Group }>(
      `mutation($i: CreateAgencyGroupInput!) { createAgencyGroup(input: $i) { ${FIELDS} } }`,
      {
        i: {
          code: 'GA-HUYEN',
          name: 'UBND các huyện',
          aliases: ['UBND cấp huyện'],
          memberIds: [p.district.id],
        },
      },
      { token: coordinator },
    );
    const group = created.data!.createAgencyGroup;
    expect(group).toMatchObject({
      code: 'GA-HUYEN',
      memberIds: [p.district.id],
      members: [{ code: 'GA-D1' }],
    });

    const outside = await t.gql(
      `mutation($i: CreateAgencyGroupInput!) { createAgencyGroup(input: $i) { id } }`,
      { i: { code: 'GA-BAD', name: 'x', memberIds: [other.dept.id] } },
      { token: coordinator },
    );
    expect(outside.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'memberIds' }],
    });

    const updated = await t.gql<{ updateAgencyGroup: Group }>(
      `mutation($i: UpdateAgencyGroupInput!) { updateAgencyGroup(input: $i) { ${FIELDS} } }`,
      { i: { id: group.id, version: group.version, memberIds: [p.district.id, p.dept.id] } },
      { token: coordinator },
    );
    expect(updated.data?.updateAgencyGroup.members.map((m) => m.code).sort()).toEqual(['GA-D1', 'GA-SNV']);
    const stale = await t.gql(
      `mutation($i: UpdateAgencyGroupInput!) { updateAgencyGroup(input: $i) { id } }`,
      { i: { id: group.id, version: group.version, name: 'x' } },
      { token: coordinator },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const search = await t.gql<{ agencyGroups: { edges: { node: { code: string } }[] } }>(
      '{ agencyGroups(search: "ubnd cap huyen") { edges { node { code } } } }',
      {},
      { token: coordinator },
    );
    expect(search.data?.agencyGroups.edges.map((e) => e.node.code)).toEqual(['GA-HUYEN']);
    const hidden = await t.gql<{ agencyGroups: { totalCount: number } }>(
      '{ agencyGroups { totalCount } }',
      {},
      { token: otherCoordinator },
    );
    expect(hidden.data?.agencyGroups.totalCount).toBe(0);
    const foreign = await t.gql(
      'mutation($id: ID!) { deleteAgencyGroup(id: $id) }',
      { id: group.id },
      { token: otherCoordinator },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const names = await t.gql<{
      resolveAgencyNames: { matches: { group: { code: string } | null; agency: { code: string } | null }[] };
    }>(
      '{ resolveAgencyNames(text: "Sở Nội vụ, UBND các huyện") { matches { group { code } agency { code } } } }',
      {},
      { token: coordinator },
    );
    expect(names.data?.resolveAgencyNames.matches).toEqual([
      { agency: { code: 'GA-SNV' }, group: null },
      { agency: null, group: { code: 'GA-HUYEN' } },
    ]);

    expect(
      (
        await t.gql(
          'mutation($id: ID!) { deleteAgencyGroup(id: $id) }',
          { id: group.id },
          { token: coordinator },
        )
      ).data,
    ).toEqual({ deleteAgencyGroup: true });
    const actions: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [group.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'agencyGroup.create',
      'agencyGroup.update',
      'agencyGroup.delete',
    ]);
  });
});
