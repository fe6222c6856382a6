import { PlanItemKind, PlanStatus, Role } from '@partrack/shared';
import { graphql } from '../gql';
import type {
  CreatePlanItemForPlanEditingMutation,
  CreatePlanItemInput,
  UpdatePlanInput,
} from '../gql/graphql';
import { Province } from '../support/fixtures';
import { auditActions } from '../support/gql-checks';
import { PlanEditing, setUpPlanEditing } from '../support/plan-editing-fixtures';
import { TestApp } from '../support/test-app';

const UPDATE_PLAN = graphql(`
  mutation UpdatePlanForPlanEditing($i: UpdatePlanInput!) {
    updatePlan(input: $i) {
      id
      code
      title
      status
      version
      decisionNumber
      decisionDate
      signerAgencyId
    }
  }
`);
const SEARCH_PLANS = graphql(`
  query SearchPlansForPlanEditing {
    plans(filter: { search: "cai cach hanh chinh nam 2022" }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
// The same item fields as the fixture's readPlan, so that created and read items compare equal.
const CREATE_ITEM = graphql(`
  mutation CreatePlanItemForPlanEditing($i: CreatePlanItemInput!) {
    createPlanItem(input: $i) {
      id
      code
      kind
      title
      areaCode
      parentId
      dueLabel
      dueDate
      productText
      version
      leads {
        agency {
          code
        }
      }
      coordinators {
        agency {
          code
        }
      }
    }
  }
`);

type ItemInput = Omit<CreatePlanItemInput, 'planId'> & { planId?: string };
type CreatedItem = CreatePlanItemForPlanEditingMutation['createPlanItem'];

/**
 * Plan editing as a client does it (items: plan-item-editing.int-spec.ts): every mutation's success is
 * visible in later reads and audited; a stale version, a bad input or a caller out of scope is refused with
 * its code and leaves the plan's rows (plan, items, assignments, audit) exactly as they were.
 */
describe('plan editing: updatePlan, createPlanItem', () => {
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
  const items: Record<string, CreatedItem> = {};
  const createItem = (input: ItemInput, token = tokens.COORDINATOR) =>
    t.gql(CREATE_ITEM, { i: { planId, ...input } }, { token });

  beforeAll(async () => {
    e = await setUpPlanEditing();
    ({ t, p, other, tokens, outsider, planId, otherPlanItem } = e);
  });
  afterAll(() => t.close());

  describe('updatePlan', () => {
    it('writes the fields sent, bumps the version, audits before and after, and shows in later reads', async () => {
      const before = await readPlan();
      const res = await t.gql(
        UPDATE_PLAN,
        {
          i: {
            id: planId,
            version: before.version,
            title: '  Kế hoạch cải cách hành chính năm 2022  ',
            status: PlanStatus.ACTIVE,
            decisionNumber: '3590/QĐ-UBND',
            decisionDate: '2021-12-20',
          },
        },
        { token: tokens.COORDINATOR },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updatePlan).toMatchObject({
        title: 'Kế hoạch cải cách hành chính năm 2022',
        status: 'ACTIVE',
        decisionNumber: '3590/QĐ-UBND',
        decisionDate: '2021-12-20',
        version: before.version + 1,
      });
      expect(await readPlan()).toMatchObject(res.data!.updatePlan);
      // Searchable by the new title without diacritics.
      const found = await t.gql(SEARCH_PLANS, {}, { token: tokens.VIEWER });
      expect(found.data!.plans.edges.map((e) => e.node.id)).toEqual([planId]);
      const [audit] = await t.dataSource.query(
        `SELECT before->>'title' AS before, after->>'title' AS after, after->>'status' AS status
           FROM audit_entry WHERE entity_id = $1 AND action = 'plan.update'`,
        [planId],
      );
      expect(audit).toEqual({
        before: before.title,
        after: 'Kế hoạch cải cách hành chính năm 2022',
        status: 'ACTIVE',
      });
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const { version } = await readPlan();
      await refused(
        () =>
          t.gql(
            UPDATE_PLAN,
            { i: { id: planId, version: version - 1, title: 'Stale' } },
            { token: tokens.COORDINATOR },
          ),
        'CONFLICT',
      );
      await refused(
        () =>
          t.gql(
            UPDATE_PLAN,
            { i: { id: planId, version: version + 5, title: 'Future' } },
            { token: tokens.COORDINATOR },
          ),
        'CONFLICT',
      );
    });

    it('names the bad field and writes nothing', async () => {
      const { version } = await readPlan();
      const send = (patch: Partial<UpdatePlanInput>) => () =>
        t.gql(UPDATE_PLAN, { i: { id: planId, version, ...patch } }, { token: tokens.COORDINATOR });
      await refused(send({ title: '' }), 'BAD_USER_INPUT', ['title']);
      await refused(send({ title: 'x'.repeat(501) }), 'BAD_USER_INPUT', ['title']);
      await refused(send({ decisionDate: '2022-02-30' }), 'BAD_USER_INPUT', ['decisionDate']);
      await refused(send({ decisionNumber: 'x'.repeat(65) }), 'BAD_USER_INPUT', ['decisionNumber']);
      await refused(send({ signerAgencyId: 'not-a-uuid' }), 'BAD_USER_INPUT', ['signerAgencyId']);
      await refused(send({ signerAgencyId: '00000000-0000-4000-8000-000000000000' }), 'BAD_USER_INPUT', [
        'signerAgencyId',
      ]);
    });

    it('is refused to roles without PLAN_MANAGE and looks missing to another province', async () => {
      const { version } = await readPlan();
      const send = (token: string) => () =>
        t.gql(UPDATE_PLAN, { i: { id: planId, version, title: 'Không được' } }, { token });
      await refused(send(tokens.AGENCY_MANAGER), 'FORBIDDEN');
      await refused(send(tokens.VIEWER), 'FORBIDDEN');
      await refused(send(outsider), 'NOT_FOUND');
    });
  });

  describe('createPlanItem', () => {
    it('creates a tree of items with assignments and due dates, audited and visible in later reads', async () => {
      const result = await createItem({
        kind: PlanItemKind.RESULT,
        code: '1.1',
        title: 'Kết quả một',
        areaCode: 'I',
      });
      expect(result.errors).toBeUndefined();
      items['1.1'] = result.data!.createPlanItem;
      const activity = await createItem({
        kind: PlanItemKind.ACTIVITY,
        code: '2.1',
        title: 'Hoạt động một',
        areaCode: 'I',
        parentId: items['1.1'].id,
      });
      items['2.1'] = activity.data!.createPlanItem;
      const task = await createItem({
        kind: PlanItemKind.TASK,
        code: ' 3.1 ',
        title: 'Nhiệm vụ một',
        areaCode: 'I',
        parentId: items['2.1'].id,
        dueLabel: 'Quý II',
        leadAgencyIds: [p.district.id],
        coordinatorAgencyIds: [p.dept.id, p.commune.id],
      });
      items['3.1'] = task.data!.createPlanItem;
      expect(items['3.1']).toMatchObject({
        code: '3.1',
        parentId: items['2.1'].id,
        dueDate: '2022-06-30',
        version: 1,
        leads: [{ agency: { code: 'PE-D1' } }],
        coordinators: [{ agency: { code: 'PE-SNV' } }, { agency: { code: 'PE-D1-C1' } }],
      });
      const plan = await readPlan();
      expect(plan.items.map((i) => [i.code, i.parentId])).toEqual([
        ['1.1', null],
        ['2.1', items['1.1'].id],
        ['3.1', items['2.1'].id],
      ]);
      expect(plan.items[2]).toEqual(items['3.1']);
      for (const code of ['1.1', '2.1', '3.1'])
        expect(await auditActions(t, items[code].id)).toEqual(['planItem.create']);
    });

    it('names the bad field and writes nothing', async () => {
      const base = { kind: PlanItemKind.TASK, code: '3.2', title: 'Nhiệm vụ hai' };
      const send = (patch: Partial<ItemInput>) => () => createItem({ ...base, ...patch });
      const foreign = other.district.id;
      await refused(send({ code: '3.1' }), 'BAD_USER_INPUT', ['code']);
      await refused(send({ code: 'x'.repeat(33) }), 'BAD_USER_INPUT', ['code']);
      await refused(send({ title: '' }), 'BAD_USER_INPUT', ['title']);
      await refused(send({ areaCode: 'IX' }), 'BAD_USER_INPUT', ['areaCode']);
      await refused(send({ parentId: otherPlanItem }), 'BAD_USER_INPUT', ['parentId']);
      await refused(send({ parentId: '00000000-0000-4000-8000-000000000000' }), 'BAD_USER_INPUT', [
        'parentId',
      ]);
      await refused(send({ dueDate: '2022-13-01' }), 'BAD_USER_INPUT', ['dueDate']);
      await refused(send({ leadAgencyIds: [p.district.id, foreign] }), 'BAD_USER_INPUT', ['leadAgencyIds']);
      await refused(send({ leadAgencyIds: ['00000000-0000-4000-8000-000000000000'] }), 'BAD_USER_INPUT', [
        'leadAgencyIds',
      ]);
      await refused(send({ leadGroupIds: ['00000000-0000-4000-8000-000000000000'] }), 'BAD_USER_INPUT', [
        'leadGroupIds',
      ]);
      await refused(send({ kind: PlanItemKind.TASK, planId: otherPlanItem }), 'NOT_FOUND');
    });

    it('is refused to roles without PLAN_MANAGE and to another province', async () => {
      const input = { kind: PlanItemKind.TASK, code: '3.9', title: 'Không được' };
      await refused(() => createItem(input, tokens.AGENCY_OFFICER), 'FORBIDDEN');
      await refused(() => createItem(input, outsider), 'NOT_FOUND');
    });
  });
});
