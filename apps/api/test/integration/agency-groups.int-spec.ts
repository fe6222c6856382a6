import { randomUUID } from 'node:crypto';
import { PlanItemKind, Role } from '@partrack/shared';
import { AgencyGroupProvince1795860100000 } from '../../src/database/migrations/1795860100000-agency-group-province';
import {
  CREATE,
  UPDATE,
  BY_ID,
  CODES,
  CREATE_ID,
  UPDATE_ID,
  SEARCH,
  COUNT,
  DELETE,
  RESOLVE_NAMES,
  CREATE_PLAN,
  CREATE_PLAN_ITEM,
  ASSIGNMENTS,
  MOVE_AGENCY,
} from './agency-groups.documents';
import type { CreateAgencyGroupInput } from '../gql/graphql';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';

/** What a client sees of an error, with the id it named replaced and the request id dropped. */
function shape(res: GqlResponse, id: string): string {
  return JSON.stringify({ status: res.status, data: res.data, errors: res.errors })
    .split(id)
    .join('<id>')
    .replace(/"requestId":"[^"]*"/g, '"requestId":"-"');
}

describe('agency groups', () => {
  let t: TestApp;
  let p: Province;
  let other: Province;
  let coordinator: string;
  let otherCoordinator: string;
  let admin: string;

  const create = (input: CreateAgencyGroupInput, token: string) => t.gql(CREATE, { i: input }, { token });
  const codesSeenBy = async (token: string) =>
    (await t.gql(CODES, {}, { token })).data!.agencyGroups.edges.map((e) => e.node.code).sort();
  const groupRows = () =>
    t.dataSource.query<{ code: string }[]>(
      `SELECT id, code, province_id, version FROM agency_group ORDER BY code`,
    );
  const memberRows = () =>
    t.dataSource.query(`SELECT group_id, agency_id FROM agency_group_member ORDER BY 1, 2`);
  const creates = async () =>
    Number(
      (
        await t.dataSource.query(`SELECT count(*) AS n FROM audit_entry WHERE action = 'agencyGroup.create'`)
      )[0].n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'GA');
    other = await makeProvince(t, 'GB');
    await makeUser(t, 'coord@ga.vn', Role.COORDINATOR, p.dept);
    await makeUser(t, 'coord@gb.vn', Role.COORDINATOR, other.dept);
    await makeUser(t, 'admin@g.vn', Role.ADMIN, null);
    coordinator = (await login(t, 'coord@ga.vn')).accessToken;
    otherCoordinator = (await login(t, 'coord@gb.vn')).accessToken;
    admin = (await login(t, 'admin@g.vn')).accessToken;
  });
  afterAll(() => t.close());

  it('creates, updates (with version), lists and deletes a group, scoped to the province', async () => {
    const created = await create(
      { code: 'GA-HUYEN', name: 'UBND các huyện', aliases: ['UBND cấp huyện'], memberIds: [p.district.id] },
      coordinator,
    );
    const group = created.data!.createAgencyGroup;
    expect(group).toMatchObject({
      code: 'GA-HUYEN',
      provinceId: p.root.id,
      memberIds: [p.district.id],
      members: [{ code: 'GA-D1' }],
    });

    const outside = await t.gql(
      CREATE_ID,
      { i: { code: 'GA-BAD', name: 'x', memberIds: [other.dept.id] } },
      { token: coordinator },
    );
    expect(outside.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'memberIds' }],
    });

    const updated = await t.gql(
      UPDATE,
      { i: { id: group.id, version: group.version, memberIds: [p.district.id, p.dept.id] } },
      { token: coordinator },
    );
    expect(updated.data?.updateAgencyGroup.members.map((m) => m.code).sort()).toEqual(['GA-D1', 'GA-SNV']);
    const stale = await t.gql(
      UPDATE_ID,
      { i: { id: group.id, version: group.version, name: 'x' } },
      { token: coordinator },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const search = await t.gql(SEARCH, {}, { token: coordinator });
    expect(search.data?.agencyGroups.edges.map((e) => e.node.code)).toEqual(['GA-HUYEN']);
    const hidden = await t.gql(COUNT, {}, { token: otherCoordinator });
    expect(hidden.data?.agencyGroups.totalCount).toBe(0);
    const foreign = await t.gql(DELETE, { id: group.id }, { token: otherCoordinator });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const names = await t.gql(RESOLVE_NAMES, {}, { token: coordinator });
    expect(names.data?.resolveAgencyNames.matches).toEqual([
      { agency: { code: 'GA-SNV' }, group: null },
      { agency: null, group: { code: 'GA-HUYEN' } },
    ]);

    expect((await t.gql(DELETE, { id: group.id }, { token: coordinator })).data).toEqual({
      deleteAgencyGroup: true,
    });
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

  it("an admin's group belongs to a province: named, or its members'; seen only there", async () => {
    const derived = (await create({ code: 'ADM-GA', name: 'Khối GA', memberIds: [p.district.id] }, admin))
      .data!.createAgencyGroup;
    expect(derived.provinceId).toBe(p.root.id);
    const named = (
      await create({ code: 'ADM-GB', name: 'Khối GB', memberIds: [], provinceId: other.root.id }, admin)
    ).data!.createAgencyGroup;
    expect(named.provinceId).toBe(other.root.id);

    expect(await codesSeenBy(coordinator)).toEqual(['ADM-GA']);
    expect(await codesSeenBy(otherCoordinator)).toEqual(['ADM-GB']);
    expect(await codesSeenBy(admin)).toEqual(['ADM-GA', 'ADM-GB']);
    const byId = await t.gql(BY_ID, { id: derived.id }, { token: otherCoordinator });
    const missing = randomUUID();
    const random = await t.gql(BY_ID, { id: missing }, { token: otherCoordinator });
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(shape(byId, derived.id)).toBe(shape(random, missing));
    // The same code may exist once per province.
    const twin = await create(
      { code: 'ADM-GA', name: 'Khối GA của GB', memberIds: [other.dept.id] },
      otherCoordinator,
    );
    expect(twin.data?.createAgencyGroup.provinceId).toBe(other.root.id);
    const dup = await create({ code: 'ADM-GA', name: 'x', memberIds: [] }, coordinator);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'code' }] });
  });

  it('refuses, writing nothing, members from another province and provinces that are not one', async () => {
    const before = { groups: await groupRows(), creates: await creates() };
    const refusals: [GqlResponse, string, string][] = [
      // An admin can read both provinces: he is told the member lies outside the group's province.
      [
        await create({ code: 'MIX', name: 'x', memberIds: [p.dept.id, other.dept.id] }, admin),
        'memberIds',
        'Agency "Sở Nội vụ" is not in the group\'s province.',
      ],
      [
        await create({ code: 'NONE', name: 'x', memberIds: [] }, admin),
        'provinceId',
        'This field is required.',
      ],
      [
        await create({ code: 'SUB', name: 'x', memberIds: [], provinceId: p.district.id }, admin),
        'provinceId',
        "The group's province must be a root agency.",
      ],
    ];
    for (const [res, field, message] of refusals) {
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field, message }],
      });
    }

    // A coordinator cannot read the other province: its agencies answer exactly as ids that name nothing.
    const missing = randomUUID();
    type Members = Pick<CreateAgencyGroupInput, 'memberIds' | 'provinceId'>;
    const pairs: [string, Members, Members][] = [
      [other.dept.id, { memberIds: [p.dept.id, other.dept.id] }, { memberIds: [p.dept.id, missing] }],
      [other.root.id, { memberIds: [], provinceId: other.root.id }, { memberIds: [], provinceId: missing }],
    ];
    for (const [foreignId, foreignInput, missingInput] of pairs) {
      const foreign = await create({ code: 'X', name: 'x', ...foreignInput }, coordinator);
      const random = await create({ code: 'X', name: 'x', ...missingInput }, coordinator);
      expect(foreign.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(shape(foreign, foreignId)).toBe(shape(random, missing));
    }
    const own = (await create({ code: 'OWN', name: 'x', memberIds: [p.dept.id] }, coordinator)).data!
      .createAgencyGroup;
    const ownState = { groups: await groupRows(), members: await memberRows() };
    const foreignUpdate = await t.gql(
      UPDATE,
      { i: { id: own.id, version: own.version, memberIds: [other.district.id] } },
      { token: coordinator },
    );
    const randomUpdate = await t.gql(
      UPDATE,
      { i: { id: own.id, version: own.version, memberIds: [missing] } },
      { token: coordinator },
    );
    expect(shape(foreignUpdate, other.district.id)).toBe(shape(randomUpdate, missing));
    expect(foreignUpdate.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'memberIds' }] });
    expect({ groups: await groupRows(), members: await memberRows() }).toEqual(ownState);
    // Of all the attempts above, only OWN was written (row and audit).
    const added = ownState.groups.filter((g) => !before.groups.some((b) => b.code === g.code));
    expect(added.map((g) => g.code)).toEqual(['OWN']);
    expect(await creates()).toBe(before.creates + 1);
  });

  it('assignments and members show only groups and agencies the caller can read', async () => {
    const gbGroup = (
      await create({ code: 'GB-SO', name: 'Các Sở GB', memberIds: [other.dept.id] }, otherCoordinator)
    ).data!.createAgencyGroup;
    const gaGroup = (
      await create({ code: 'GA-SO', name: 'Các Sở GA', memberIds: [p.dept.id, p.commune.id] }, coordinator)
    ).data!.createAgencyGroup;
    const plan = await t.gql(
      CREATE_PLAN,
      { i: { code: 'KH-GA', title: 'Kế hoạch GA', year: 2022, ownerAgencyId: p.root.id } },
      { token: coordinator },
    );
    const planId = plan.data!.createPlan.id;
    // A coordinator cannot name the other province's group…
    const refused = await t.gql(
      CREATE_PLAN_ITEM,
      { i: { planId, kind: PlanItemKind.TASK, code: '1', title: 'x', leadGroupIds: [gbGroup.id] } },
      { token: coordinator },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    // …an admin can; the plan's readers then see the assignment without the group or agency.
    const item = await t.gql(
      CREATE_PLAN_ITEM,
      {
        i: {
          planId,
          kind: PlanItemKind.TASK,
          code: '1',
          title: 'x',
          leadGroupIds: [gbGroup.id, gaGroup.id],
          coordinatorAgencyIds: [other.district.id, p.district.id],
        },
      },
      { token: admin },
    );
    const itemId = item.data!.createPlanItem.id;
    const assignments = async (token: string) =>
      (await t.gql(ASSIGNMENTS, { id: itemId }, { token })).data!.planItem.assignments;
    expect(await assignments(coordinator)).toEqual([
      { group: null, agency: null },
      { group: { code: 'GA-SO' }, agency: null },
      { group: null, agency: null },
      { group: null, agency: { code: 'GA-D1' } },
    ]);
    expect(await assignments(admin)).toEqual([
      { group: { code: 'GB-SO' }, agency: null },
      { group: { code: 'GA-SO' }, agency: null },
      { group: null, agency: { code: 'GB-D1' } },
      { group: null, agency: { code: 'GA-D1' } },
    ]);

    // A member later moved into another province is no longer shown (to anyone), nor its name.
    const moved = await t.gql(
      MOVE_AGENCY,
      { i: { id: p.commune.id, newParentId: other.district.id } },
      { token: admin },
    );
    expect(moved.errors).toBeUndefined();
    for (const token of [coordinator, admin]) {
      const seen = await t.gql(BY_ID, { id: gaGroup.id }, { token });
      expect(seen.data!.agencyGroup.memberIds).toEqual([p.dept.id]);
      expect(seen.data!.agencyGroup.members).toEqual([{ code: 'GA-SNV' }]);
    }
  });

  it('the migration gives every legacy group a province and drops members outside it', async () => {
    const gbPlan = await t.gql(
      CREATE_PLAN,
      { i: { code: 'KH-GB', title: 'Kế hoạch GB', year: 2022, ownerAgencyId: other.root.id } },
      { token: otherCoordinator },
    );
    const gbItem = await t.gql(
      CREATE_PLAN_ITEM,
      { i: { planId: gbPlan.data!.createPlan.id, kind: PlanItemKind.TASK, code: '9', title: 'x' } },
      { token: otherCoordinator },
    );
    const itemId = gbItem.data!.createPlanItem.id;
    const migration = new AgencyGroupProvince1795860100000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query('DELETE FROM plan_item_agency WHERE group_id IS NOT NULL');
      await runner.query('DELETE FROM agency_group');
      await migration.down(runner);
      const legacy = async (code: string, root: string | null, members: string[]) => {
        const [{ id }] = await runner.query(
          `INSERT INTO agency_group (code, name, root_agency_id) VALUES ($1, $1, $2) RETURNING id`,
          [code, root],
        );
        for (const member of members)
          await runner.query('INSERT INTO agency_group_member (group_id, agency_id) VALUES ($1, $2)', [
            id,
            member,
          ]);
        return id as string;
      };
      const mixed = await legacy('MIXED', null, [p.dept.id, p.district.id, other.dept.id]);
      const usedByPlan = await legacy('USED', null, []);
      await runner.query(
        `INSERT INTO plan_item_agency (item_id, role, group_id, position) VALUES ($1, 'LEAD', $2, 0)`,
        [itemId, usedByPlan],
      );
      const orphan = await legacy('ORPHAN', null, []);
      const subRoot = await legacy('SUBROOT', p.dept.id, []);
      const dangling = await legacy('DANGLING', randomUUID(), [other.district.id]);
      await migration.up(runner);

      const rows: { id: string; province_id: string }[] = await runner.query(
        'SELECT id, province_id FROM agency_group',
      );
      const provinceOf = Object.fromEntries(rows.map((r) => [r.id, r.province_id]));
      expect(provinceOf).toEqual({
        [mixed]: p.root.id,
        [usedByPlan]: other.root.id,
        [orphan]: p.root.id, // the first province created
        [subRoot]: p.root.id,
        [dangling]: other.root.id,
      });
      const members: { agency_id: string }[] = await runner.query(
        'SELECT agency_id FROM agency_group_member WHERE group_id = $1 ORDER BY agency_id',
        [mixed],
      );
      expect(members.map((m) => m.agency_id)).toEqual([p.dept.id, p.district.id].sort());
      await expect(
        runner.query(`INSERT INTO agency_group (code, name) VALUES ('NULL', 'x')`),
      ).rejects.toThrow(/province_id/);
    } finally {
      await runner.release();
    }
  });
});
