import { Role } from '@partrack/shared';
import { Province } from '../support/fixtures';
import { auditActions, codeOf, countRows, race, tally } from '../support/gql-checks';
import { DELETE_ITEM, ITEM, ItemView, PlanEditing, setUpPlanEditing } from '../support/plan-editing-fixtures';
import { TestApp } from '../support/test-app';

/**
 * Editing and deleting plan items (the plan itself and item creation: plan-editing.int-spec.ts). The plan
 * holds a result 1.1, its activity 2.1 and the task 3.1 under it.
 */
describe('plan item editing: updatePlanItem, deletePlanItem', () => {
  let e: PlanEditing;
  let t: TestApp;
  let p: Province;
  let other: Province;
  let tokens: Record<Role, string>;
  let outsider: string;
  let planId: string;
  let otherPlanItem: string;
  const refused: PlanEditing['refused'] = (...args) => e.refused(...args);
  const readPlan: PlanEditing['readPlan'] = (...args) => e.readPlan(...args);
  const items: Record<string, ItemView> = {};
  const updateItem: PlanEditing['updateItem'] = (...args) => e.updateItem(...args);

  beforeAll(async () => {
    e = await setUpPlanEditing();
    ({ t, p, other, tokens, outsider, planId, otherPlanItem } = e);
    const add = async (input: Record<string, unknown>) => {
      const res = await e.createItem({ areaCode: 'I', ...input });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      items[res.data.createPlanItem.code] = res.data.createPlanItem;
    };
    await add({ kind: 'RESULT', code: '1.1', title: 'Kết quả một' });
    await add({ kind: 'ACTIVITY', code: '2.1', title: 'Hoạt động một', parentId: items['1.1'].id });
    await add({
      kind: 'TASK',
      code: '3.1',
      title: 'Nhiệm vụ một',
      parentId: items['2.1'].id,
      dueLabel: 'Quý II',
      leadAgencyIds: [p.district.id],
      coordinatorAgencyIds: [p.dept.id, p.commune.id],
    });
  });
  afterAll(() => t.close());

  describe('updatePlanItem', () => {
    it('writes the fields sent, recomputes the due date, replaces assignments, audits, shows in reads', async () => {
      const task = items['3.1'];
      const res = await updateItem({
        id: task.id,
        version: task.version,
        title: 'Nhiệm vụ một (sửa)',
        dueLabel: 'Quý III',
        leadAgencyIds: [p.dept.id],
        coordinatorAgencyIds: [],
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updatePlanItem).toMatchObject({
        title: 'Nhiệm vụ một (sửa)',
        dueLabel: 'Quý III',
        dueDate: '2022-09-30',
        areaCode: 'I',
        parentId: items['2.1'].id,
        version: task.version + 1,
        leads: [{ agency: { code: 'PE-SNV' } }],
        coordinators: [],
      });
      items['3.1'] = res.data!.updatePlanItem;
      const read = await t.gql<{ planItem: ItemView }>(
        `query($id: ID!) { planItem(id: $id) { ${ITEM} } }`,
        { id: task.id },
        { token: tokens.VIEWER },
      );
      expect(read.data!.planItem).toEqual(items['3.1']);
      const tasks = await t.gql<{ tasks: { edges: { node: { code: string } }[] } }>(
        'query($f: TaskFilter) { tasks(filter: $f) { edges { node { code } } } }',
        { f: { planId, leadAgencyId: p.dept.id } },
        { token: tokens.VIEWER },
      );
      expect(tasks.data!.tasks.edges.map((e) => e.node.code)).toEqual(['3.1']);
      expect(await auditActions(t, task.id)).toEqual(['planItem.create', 'planItem.update']);
    });

    it('refuses a stale version with CONFLICT and changes nothing, assignments included', async () => {
      const task = items['3.1'];
      await refused(
        () =>
          updateItem({
            id: task.id,
            version: task.version - 1,
            title: 'Stale',
            leadAgencyIds: [p.district.id],
          }),
        'CONFLICT',
      );
    });

    it('20 edits sent at once with one version: exactly one is stored, with its own assignments only', async () => {
      const task = items['3.1'];
      const leads = [p.dept.id, p.district.id, p.commune.id];
      const answers = await race(20, (i) =>
        updateItem({
          id: task.id,
          version: task.version,
          title: `Nhiệm vụ một (lần ${i})`,
          leadAgencyIds: [leads[i % 3]],
        }),
      );
      expect(tally(answers)).toEqual({ OK: 1, CONFLICT: 19 });
      const winner = answers.find((a) => !a.errors)!.data!.updatePlanItem;
      const i = Number(/lần (\d+)/.exec(winner.title)![1]);
      const stored = (await readPlan()).items.find((item) => item.id === task.id)!;
      expect(stored).toEqual(winner);
      expect(stored.version).toBe(task.version + 1);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM plan_item_agency WHERE item_id = $1 AND role = 'LEAD' AND agency_id = $2`,
        [task.id, leads[i % 3]],
      );
      expect([n, await countRows(t, 'plan_item_agency', 'item_id = $1', [task.id])]).toEqual([1, 1]);
      expect((await auditActions(t, task.id)).filter((a) => a === 'planItem.update')).toHaveLength(2);
      items['3.1'] = winner;
    });

    it('names the bad field and writes nothing', async () => {
      const task = items['3.1'];
      const send = (patch: Record<string, unknown>) => () =>
        updateItem({ id: task.id, version: task.version, ...patch });
      await refused(send({ title: '' }), 'BAD_USER_INPUT', ['title']);
      await refused(send({ areaCode: 'VIII' }), 'BAD_USER_INPUT', ['areaCode']);
      await refused(send({ parentId: task.id }), 'BAD_USER_INPUT', ['parentId']);
      await refused(send({ parentId: otherPlanItem }), 'BAD_USER_INPUT', ['parentId']);
      await refused(send({ dueDate: 'tomorrow' }), 'BAD_USER_INPUT', ['dueDate']);
      await refused(send({ coordinatorAgencyIds: ['not-a-uuid'] }), 'BAD_USER_INPUT', [
        'coordinatorAgencyIds',
      ]);
      await refused(send({ leadAgencyIds: [other.root.id] }), 'BAD_USER_INPUT', ['leadAgencyIds']);
      // A result placed under its own task would make the tree a loop.
      await refused(
        () => updateItem({ id: items['1.1'].id, version: items['1.1'].version, parentId: task.id }),
        'BAD_USER_INPUT',
        ['parentId'],
      );
    });

    it('is refused to roles without PLAN_MANAGE and looks missing to another province', async () => {
      const task = items['3.1'];
      const input = { id: task.id, version: task.version, title: 'Không được' };
      await refused(() => updateItem(input, tokens.AGENCY_MANAGER), 'FORBIDDEN');
      await refused(() => updateItem(input, outsider), 'NOT_FOUND');
    });
  });

  describe('deletePlanItem', () => {
    it('is refused to roles without PLAN_MANAGE and looks missing to another province', async () => {
      const send = (token: string) => () => t.gql(DELETE_ITEM, { id: items['2.1'].id }, { token });
      await refused(send(tokens.VIEWER), 'FORBIDDEN');
      await refused(send(outsider), 'NOT_FOUND');
    });

    it('deletes the item with its sub-items and their assignments and updates, audited; later reads miss it', async () => {
      // Posted for the lead agency as it stands after the race above (coordinators act for any agency).
      const lead = [p.dept, p.district, p.commune].find(
        (agency) => agency.code === items['3.1'].leads[0].agency.code,
      )!;
      const progress = await t.gql(
        'mutation($i: PostTaskUpdateInput!) { postTaskUpdate(input: $i) { id } }',
        {
          i: {
            itemId: items['3.1'].id,
            agencyId: lead.id,
            version: items['3.1'].version,
            progress: 40,
            note: 'Đang làm',
          },
        },
        { token: tokens.COORDINATOR },
      );
      expect(progress.errors).toBeUndefined();
      const ids = [items['2.1'].id, items['3.1'].id];
      expect(await countRows(t, 'task_update', 'item_id = ANY($1)', [ids])).toBe(1);

      const res = await t.gql<{ deletePlanItem: boolean }>(
        DELETE_ITEM,
        { id: items['2.1'].id },
        { token: tokens.COORDINATOR },
      );
      expect(res.data).toEqual({ deletePlanItem: true });
      expect((await readPlan()).items.map((i) => i.code)).toEqual(['1.1']);
      for (const id of ids) {
        const read = await t.gql(
          `query($id: ID!) { planItem(id: $id) { id } }`,
          { id },
          { token: tokens.VIEWER },
        );
        expect(codeOf(read)).toBe('NOT_FOUND');
      }
      expect(await countRows(t, 'plan_item_agency', 'item_id = ANY($1)', [ids])).toBe(0);
      expect(await countRows(t, 'task_update', 'item_id = ANY($1)', [ids])).toBe(0);
      const [audit] = await t.dataSource.query(
        `SELECT before->>'code' AS code FROM audit_entry WHERE entity_id = $1 AND action = 'planItem.delete'`,
        [items['2.1'].id],
      );
      expect(audit).toEqual({ code: '2.1' });
      await refused(
        () => t.gql(DELETE_ITEM, { id: items['2.1'].id }, { token: tokens.COORDINATOR }),
        'NOT_FOUND',
      );
    });
  });
});
