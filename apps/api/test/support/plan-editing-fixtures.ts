import { PlanItemKind, Role } from '@partrack/shared';
import { graphql } from '../gql';
import type { PlanForEditingFixtureQuery } from '../gql/graphql';
import { makeProvince, Province, tokensByRole } from './fixtures';
import { codeOf, countRows, fieldsOf, leakIn } from './gql-checks';
import { createTestApp, GqlResponse, TestApp } from './test-app';

export const ITEM = `id code kind title areaCode parentId dueLabel dueDate productText version
  leads { agency { code } } coordinators { agency { code } }`;

export type ItemView = {
  id: string;
  code: string;
  title: string;
  areaCode: string | null;
  parentId: string | null;
  dueLabel: string | null;
  dueDate: string | null;
  version: number;
  leads: { agency: { code: string } }[];
  coordinators: { agency: { code: string } }[];
};

export const CREATE_ITEM = `mutation($i: CreatePlanItemInput!) { createPlanItem(input: $i) { ${ITEM} } }`;
export const UPDATE_ITEM = `mutation($i: UpdatePlanItemInput!) { updatePlanItem(input: $i) { ${ITEM} } }`;
export const DELETE_ITEM = 'mutation($id: ID!) { deletePlanItem(id: $id) }';

const CREATE_PLAN = graphql(`
  mutation CreatePlanForEditingFixture($i: CreatePlanInput!) {
    createPlan(input: $i) {
      id
    }
  }
`);
const CREATE_OTHER_PLAN_ITEM = graphql(`
  mutation CreateOtherPlanItemForEditingFixture($i: CreatePlanItemInput!) {
    createPlanItem(input: $i) {
      id
    }
  }
`);
const READ_PLAN = graphql(`
  query PlanForEditingFixture($id: ID!) {
    plan(id: $id) {
      id
      code
      title
      status
      version
      decisionNumber
      decisionDate
      signerAgencyId
      items {
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
  }
`);

/** The plan with its items, as `readPlan` reads them. */
export type PlanWithItems = NonNullable<PlanForEditingFixtureQuery['plan']>;

export interface PlanEditing {
  t: TestApp;
  /** The province PE (root → SNV, D1 → C1) owning the plan KH-PE-2022. */
  p: Province;
  /** Another province, PX. */
  other: Province;
  tokens: Record<Role, string>;
  /** The coordinator of the other province. */
  outsider: string;
  planId: string;
  /** An item of another plan of the same province. */
  otherPlanItem: string;
  readPlan(token?: string): Promise<PlanWithItems>;
  createItem(
    input: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<{ createPlanItem: ItemView }>>;
  updateItem(
    input: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<{ updatePlanItem: ItemView }>>;
  /**
   * Sends a request that must be refused with `code` (naming these fields) and leave everything the plan
   * owns (plan, items, assignments) and the audit trail exactly as it was.
   */
  refused(send: () => Promise<GqlResponse<unknown>>, code: string, fields?: string[]): Promise<void>;
}

/** Boots the app with two provinces, a role of each kind in the first, and an empty plan of it. */
export async function setUpPlanEditing(): Promise<PlanEditing> {
  const t = await createTestApp();
  const p = await makeProvince(t, 'PE');
  const other = await makeProvince(t, 'PX');
  const tokens = await tokensByRole(t, p, 'pe');
  const outsider = (await tokensByRole(t, other, 'px')).COORDINATOR;
  const create = async (code: string) => {
    const res = await t.gql(
      CREATE_PLAN,
      { i: { code, title: `Kế hoạch ${code}`, year: 2022, ownerAgencyId: p.root.id } },
      { token: tokens.COORDINATOR },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createPlan.id;
  };
  const planId = await create('KH-PE-2022');
  const otherPlan = await create('KH-PE-2023');
  const res = await t.gql(
    CREATE_OTHER_PLAN_ITEM,
    { i: { planId: otherPlan, kind: PlanItemKind.RESULT, code: '1.1', title: 'Kết quả của kế hoạch khác' } },
    { token: tokens.COORDINATOR },
  );
  const otherPlanItem = res.data!.createPlanItem.id;

  const planState = async () => ({
    plan: await t.dataSource.query('SELECT * FROM plan WHERE id = $1', [planId]),
    items: await t.dataSource.query('SELECT * FROM plan_item WHERE plan_id = $1 ORDER BY code', [planId]),
    assignments: await t.dataSource.query(
      `SELECT a.* FROM plan_item_agency a JOIN plan_item i ON i.id = a.item_id
        WHERE i.plan_id = $1 ORDER BY i.code, a.role, a.position`,
      [planId],
    ),
    audit: await countRows(t, 'audit_entry'),
  });
  return {
    t,
    p,
    other,
    tokens,
    outsider,
    planId,
    otherPlanItem,
    async readPlan(token = tokens.VIEWER) {
      const read = await t.gql(READ_PLAN, { id: planId }, { token });
      if (!read.data?.plan) throw new Error(JSON.stringify(read.errors));
      return read.data.plan;
    },
    createItem: (input, token = tokens.COORDINATOR) =>
      t.gql(CREATE_ITEM, { i: { planId, ...input } }, { token }),
    updateItem: (input, token = tokens.COORDINATOR) => t.gql(UPDATE_ITEM, { i: input }, { token }),
    async refused(send, code, fields = []) {
      const before = await planState();
      const answer = await send();
      expect({ code: codeOf(answer), fields: fieldsOf(answer) }).toEqual({ code, fields });
      expect(leakIn(answer)).toBeNull();
      expect(await planState()).toEqual(before);
    },
  };
}
