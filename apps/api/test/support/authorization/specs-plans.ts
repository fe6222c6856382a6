import { SEED_PLAN } from '../plan-fixtures';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { sql } from './runner';
import { freshIndicator, freshPlan, freshTask, INDICATOR_SPEC } from './objects';

/** The real 2022 plan cut to its header, the first rows of Appendix I and Appendix II: 19 items, quicker to import. */
const SEED_LINES = SEED_PLAN.split('\n');
const SMALL_PLAN = [
  ...SEED_LINES.slice(0, 150),
  ...SEED_LINES.slice(SEED_LINES.findIndex((l) => l.includes('PHỤ LỤC II'))),
].join('\n');

/** Plans, their items, task progress and indicator definitions. */
export const PLAN_SPECS: MutationSpec[] = [
  {
    mutation: 'createPlan',
    permission: 'PLAN_MANAGE',
    on: (w, agency) => {
      const code = w.code('NKH');
      return {
        query: 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { code ownerAgency { id } } }',
        variables: { i: { code, title: `Kế hoạch ${code}`, year: 2022, ownerAgencyId: agency.id } },
        probe: countOf(w, 'plan', 'code = $1', [code]),
        verify: (d) => expect(d.createPlan).toEqual({ code, ownerAgency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'updatePlan',
    permission: 'PLAN_MANAGE',
    on: async (w, agency) => {
      const plan = await freshPlan(w, agency);
      return {
        query: 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { title } }',
        variables: { i: { id: plan.id, version: plan.version, title: 'Tên kế hoạch mới' } },
        probe: rowOf(w, 'plan', 'title, version', plan.id),
        verify: (d) => expect(d.updatePlan).toEqual({ title: 'Tên kế hoạch mới' }),
      };
    },
  },
  {
    mutation: 'createPlanItem',
    permission: 'PLAN_MANAGE',
    on: async (w, agency) => {
      const plan = await freshPlan(w, agency);
      return {
        query: 'mutation($i: CreatePlanItemInput!) { createPlanItem(input: $i) { code } }',
        variables: {
          i: {
            planId: plan.id,
            kind: 'TASK',
            code: '3.1',
            title: 'Nhiệm vụ mới',
            leadAgencyIds: [agency.id],
          },
        },
        probe: countOf(w, 'plan_item', 'plan_id = $1', [plan.id]),
        verify: (d) => expect(d.createPlanItem).toEqual({ code: '3.1' }),
      };
    },
  },
  {
    mutation: 'updatePlanItem',
    permission: 'PLAN_MANAGE',
    on: async (w, agency) => {
      const task = await freshTask(w, agency, (await freshPlan(w, agency)).id);
      return {
        query: 'mutation($i: UpdatePlanItemInput!) { updatePlanItem(input: $i) { title } }',
        variables: { i: { id: task.id, version: task.version, title: 'Nhiệm vụ sửa' } },
        probe: rowOf(w, 'plan_item', 'title, version', task.id),
        verify: (d) => expect(d.updatePlanItem).toEqual({ title: 'Nhiệm vụ sửa' }),
      };
    },
  },
  {
    mutation: 'deletePlanItem',
    permission: 'PLAN_MANAGE',
    on: async (w, agency) => {
      const task = await freshTask(w, agency, (await freshPlan(w, agency)).id);
      return {
        query: 'mutation($id: ID!) { deletePlanItem(id: $id) }',
        variables: { id: task.id },
        probe: rowOf(w, 'plan_item', 'id', task.id),
        verify: (d) => expect(d.deletePlanItem).toBe(true),
      };
    },
  },
  {
    mutation: 'importPlanDocument',
    permission: 'PLAN_MANAGE',
    on: (w, agency) => {
      const code = w.code('IKH');
      return {
        query:
          'mutation($i: ImportPlanDocumentInput!) { importPlanDocument(input: $i) { applied created plan { code } } }',
        variables: {
          i: {
            content: SMALL_PLAN,
            format: 'TEXT',
            newPlan: { code, ownerAgencyId: agency.id },
            dryRun: false,
          },
        },
        probe: countOf(w, 'plan', 'code = $1', [code]),
        verify: (d) => expect(d.importPlanDocument).toEqual({ applied: true, created: 19, plan: { code } }),
      };
    },
  },
  {
    mutation: 'copyPlanToYear',
    permission: 'PLAN_MANAGE',
    on: async (w, agency) => {
      const plan = await freshPlan(w, agency);
      return {
        query: 'mutation($p: ID!) { copyPlanToYear(planId: $p, year: 2023) { code year } }',
        variables: { p: plan.id },
        probe: countOf(w, 'plan', 'code = $1', [`${plan.code}-2023`]),
        verify: (d) => expect(d.copyPlanToYear).toEqual({ code: `${plan.code}-2023`, year: 2023 }),
      };
    },
  },
  {
    mutation: 'deriveAgencyPlan',
    permission: 'PLAN_DERIVE',
    on: async (w, agency) => {
      const task = await freshTask(w, agency);
      return {
        query:
          'mutation($p: ID!, $a: ID!) { deriveAgencyPlan(planId: $p, agencyId: $a) { ownerAgency { id } } }',
        variables: { p: task.planId, a: agency.id },
        probe: countOf(w, 'plan', 'parent_plan_id = $1', [task.planId]),
        verify: (d) => expect(d.deriveAgencyPlan).toEqual({ ownerAgency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'postTaskUpdate',
    permission: 'TASK_UPDATE',
    on: async (w, agency) => {
      const task = await freshTask(w, agency);
      return {
        query: 'mutation($i: PostTaskUpdateInput!) { postTaskUpdate(input: $i) { progress agency { id } } }',
        variables: {
          i: { itemId: task.id, agencyId: agency.id, version: task.version, progress: 40, note: 'Đã làm' },
        },
        probe: async () => [
          await rowOf(w, 'plan_item', 'progress, version', task.id)(),
          await countOf(w, 'task_update', 'item_id = $1', [task.id])(),
        ],
        verify: (d) => expect(d.postTaskUpdate).toEqual({ progress: 40, agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'createIndicator',
    permission: 'INDICATOR_MANAGE',
    on: async (w, agency) => {
      const plan = await freshPlan(w, agency);
      return {
        query: 'mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { code state } }',
        variables: { i: { planId: plan.id, code: 'CT-1', nameVi: 'Chỉ tiêu mới', ...INDICATOR_SPEC } },
        probe: countOf(w, 'indicator', 'plan_id = $1', [plan.id]),
        verify: (d) => expect(d.createIndicator).toEqual({ code: 'CT-1', state: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'updateIndicator',
    permission: 'INDICATOR_MANAGE',
    on: async (w, agency) => {
      const indicator = await freshIndicator(w, agency, false);
      return {
        query: 'mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { nameVi } }',
        variables: { i: { id: indicator.id, version: indicator.version, nameVi: 'Tên chỉ tiêu mới' } },
        probe: rowOf(w, 'indicator', 'name_vi, version', indicator.id),
        verify: (d) => expect(d.updateIndicator).toEqual({ nameVi: 'Tên chỉ tiêu mới' }),
      };
    },
  },
  {
    mutation: 'setIndicatorState',
    permission: 'INDICATOR_MANAGE',
    on: async (w, agency) => {
      const indicator = await freshIndicator(w, agency, false);
      return {
        query: 'mutation($i: SetIndicatorStateInput!) { setIndicatorState(input: $i) { state } }',
        variables: { i: { id: indicator.id, version: indicator.version, state: 'ACTIVE' } },
        probe: rowOf(w, 'indicator', 'state, version', indicator.id),
        verify: (d) => expect(d.setIndicatorState).toEqual({ state: 'ACTIVE' }),
      };
    },
  },
  {
    mutation: 'setIndicatorTargets',
    permission: 'INDICATOR_MANAGE',
    on: async (w, agency) => {
      const indicator = await freshIndicator(w, agency, false);
      return {
        query:
          'mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { targets { value agencyId } } }',
        variables: {
          i: { id: indicator.id, version: indicator.version, targets: [{ agencyId: agency.id, value: 20 }] },
        },
        probe: async () =>
          sql(w, 'SELECT agency_id, value FROM indicator_target WHERE indicator_id = $1', [indicator.id]),
        verify: (d) =>
          expect(d.setIndicatorTargets).toEqual({ targets: [{ value: 20, agencyId: agency.id }] }),
      };
    },
  },
];
