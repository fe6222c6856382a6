import { countOf, rowOf } from './mutation-spec';
import { freshAgency, freshGroup, freshIndicator, freshMeasurement, freshPlan, freshTask } from './objects';
import { sql } from './runner';
import {
  ADMIN_ANYWHERE,
  agencyWork,
  onPlace,
  OTHER_PROVINCE,
  placeOf,
  provinceWide,
  ScopeCase,
} from './scope-cases';
import { PAR_APPRAISAL_SCOPE_CASES } from './scope-par-appraisal';
import { SELF_SCOPE_CASES } from './scope-self';
import { freshAssessment } from './specs-par-index';
import { workbookWithFigure } from './specs-figures';

/**
 * Where each mutation may act, case by case: another agency, a commune below (the manager-above branch),
 * another province (NOT_FOUND, never FORBIDDEN), a coordinator and an agency's report, the admin anywhere,
 * and ids of another province inside an input (answered like ids that name nothing).
 */
export const SCOPE_CASES: ScopeCase[] = [
  ...['createAgency', 'updateAgency', 'moveAgency', 'deactivateAgency', 'mergeAgencies'].flatMap((m) => [
    ...provinceWide(m),
    onPlace(m, 'coordinator, anywhere in his province', 'coordinator', 'p.c1', 'OK'),
  ]),
  {
    mutation: 'moveAgency',
    label: 'coordinator, under a parent in another province',
    caller: 'coordinator',
    expected: 'NOT_FOUND',
    arrange: async (w) => {
      const target = await freshAgency(w, w.p.d1);
      return {
        query: 'mutation($i: MoveAgencyInput!) { moveAgency(input: $i) { id } }',
        variables: { i: { id: target.id, newParentId: w.q.d1.id } },
        probe: rowOf(w, 'agency', 'parent_id', target.id),
      };
    },
  },
  ...(['source', 'target'] as const).map((foreign): ScopeCase => ({
    mutation: 'mergeAgencies',
    label: `coordinator, the ${foreign} in another province`,
    caller: 'coordinator',
    expected: 'NOT_FOUND',
    arrange: async (w) => {
      const [mine, theirs] = await Promise.all([freshAgency(w, w.p.d1), freshAgency(w, w.q.d1)]);
      const [source, target] = foreign === 'source' ? [theirs, mine] : [mine, theirs];
      return {
        query: 'mutation($i: MergeAgenciesInput!) { mergeAgencies(input: $i) { id } }',
        variables: { i: { sourceIds: [source.id], targetId: target.id, effectiveDate: '2030-01-01' } },
        probe: async () => [
          await rowOf(w, 'agency', 'valid_to, successor_id', source.id)(),
          await rowOf(w, 'agency', 'valid_to', target.id)(),
        ],
      };
    },
  })),
  onPlace('importAgencies', 'admin, under an agency of any province', 'admin', 'q.d1', 'OK'),
  // A batch names agencies by code: another province's are unknown codes (problems), never written.
  onPlace(
    'applyReorganisation',
    'coordinator, codes of another province',
    'qCoordinator',
    'p.d1',
    'BAD_USER_INPUT',
  ),
  onPlace('applyReorganisation', ADMIN_ANYWHERE, 'admin', 'q.d1', 'OK'),
  onPlace('applyReorganisation', 'coordinator, anywhere in his province', 'coordinator', 'p.c1', 'OK'),
  ...provinceWide('undoReorganisation'),
  onPlace('previewReorganisation', ADMIN_ANYWHERE, 'admin', 'q.d1', 'OK'),
  onPlace('previewReorganisation', 'coordinator, anywhere in his province', 'coordinator', 'p.c1', 'OK'),
  onPlace('reassignUsers', ADMIN_ANYWHERE, 'admin', 'q.d1', 'OK'),

  onPlace(
    'createAgencyGroup',
    'coordinator, members of another province',
    'qCoordinator',
    'p.d1',
    'BAD_USER_INPUT',
  ),
  onPlace('createAgencyGroup', 'admin, members of any province', 'admin', 'q.d1', 'OK'),
  ...provinceWide('updateAgencyGroup'),
  ...provinceWide('deleteAgencyGroup'),
  {
    mutation: 'updateAgencyGroup',
    label: 'coordinator, adding a member of another province',
    caller: 'coordinator',
    expected: 'BAD_USER_INPUT',
    arrange: async (w) => {
      const group = await freshGroup(w, [w.p.d1]);
      return {
        query: 'mutation($i: UpdateAgencyGroupInput!) { updateAgencyGroup(input: $i) { id } }',
        variables: { i: { id: group.id, version: group.version, memberIds: [w.p.d1.id, w.q.d1.id] } },
        probe: async () =>
          sql(w, 'SELECT agency_id FROM agency_group_member WHERE group_id = $1', [group.id]),
      };
    },
  },

  ...['createUser', 'updateUser', 'deactivateUser', 'reactivateUser', 'resetUserPassword'].map((m) =>
    onPlace(m, 'admin, a user of any province', 'admin', 'q.d1', 'OK'),
  ),
  ...['createApiKey', 'revokeApiKey'].map((m) =>
    onPlace(m, 'admin, a key of any province', 'admin', 'q.d1', 'OK'),
  ),

  ...[
    'createPlan',
    'updatePlan',
    'createPlanItem',
    'updatePlanItem',
    'deletePlanItem',
    'copyPlanToYear',
  ].flatMap((m) => provinceWide(m)),
  onPlace('createPlan', 'coordinator, owned by a commune of his province', 'coordinator', 'p.c1', 'OK'),
  ...(['createPlan', 'updatePlan'] as const).map((mutation): ScopeCase => ({
    mutation,
    label: 'coordinator, signed by an agency of another province (as if it did not exist)',
    caller: 'coordinator',
    expected: 'BAD_USER_INPUT',
    arrange: async (w) => {
      const code = w.code('KS');
      const plan = mutation === 'updatePlan' ? await freshPlan(w, w.p.root) : null;
      return {
        query: `mutation($i: ${mutation === 'createPlan' ? 'CreatePlanInput' : 'UpdatePlanInput'}!) { ${mutation}(input: $i) { id } }`,
        variables: {
          i: plan
            ? { id: plan.id, version: plan.version, signerAgencyId: w.q.root.id }
            : { code, title: 'x', year: 2022, ownerAgencyId: w.p.root.id, signerAgencyId: w.q.root.id },
        },
        probe: async () =>
          sql(w, 'SELECT signer_agency_id, version FROM plan WHERE code = $1 OR id = $2', [
            code,
            plan?.id ?? null,
          ]),
      };
    },
  })),
  onPlace('importPlanDocument', 'coordinator of another province', 'qCoordinator', 'p.d1', 'NOT_FOUND'),
  {
    mutation: 'createPlanItem',
    label: 'coordinator, led by an agency of another province',
    caller: 'coordinator',
    expected: 'BAD_USER_INPUT',
    arrange: async (w) => {
      const plan = await freshPlan(w, w.p.root);
      return {
        query: 'mutation($i: CreatePlanItemInput!) { createPlanItem(input: $i) { id } }',
        variables: {
          i: { planId: plan.id, kind: 'TASK', code: '3.1', title: 'x', leadAgencyIds: [w.q.d1.id] },
        },
        probe: countOf(w, 'plan_item', 'plan_id = $1', [plan.id]),
      };
    },
  },
  onPlace('deriveAgencyPlan', 'manager, for a commune below his district', 'manager', 'p.c1', 'OK'),
  onPlace('deriveAgencyPlan', 'manager, for another agency', 'manager', 'p.stc', 'FORBIDDEN'),
  onPlace('deriveAgencyPlan', 'coordinator, for any agency of his province', 'coordinator', 'p.c1', 'OK'),
  onPlace('deriveAgencyPlan', 'manager of another province', 'qManager', 'p.d1', 'NOT_FOUND'),
  {
    mutation: 'deriveAgencyPlan',
    label: 'manager, his province’s plan for an agency of another province',
    caller: 'manager',
    expected: 'NOT_FOUND',
    arrange: async (w) => {
      const task = await freshTask(w, w.p.d1);
      return {
        query: 'mutation($p: ID!, $a: ID!) { deriveAgencyPlan(planId: $p, agencyId: $a) { id } }',
        variables: { p: task.planId, a: w.q.d1.id },
        probe: countOf(w, 'plan', 'parent_plan_id = $1', [task.planId]),
      };
    },
  },

  ...agencyWork('postTaskUpdate', { coordinator: 'OK' }),
  {
    mutation: 'postTaskUpdate',
    label: 'officer of another agency, for his own agency (not assigned)',
    caller: 'officerStc',
    expected: 'FORBIDDEN',
    arrange: async (w) => {
      const task = await freshTask(w, w.p.d1);
      return {
        query: 'mutation($i: PostTaskUpdateInput!) { postTaskUpdate(input: $i) { id } }',
        variables: { i: { itemId: task.id, note: 'Góp ý' } },
        probe: countOf(w, 'task_update', 'item_id = $1', [task.id]),
      };
    },
  },
  {
    mutation: 'postTaskUpdate',
    label: 'coordinator, his province’s task for an agency of another province',
    caller: 'coordinator',
    expected: 'NOT_FOUND',
    arrange: async (w) => {
      const task = await freshTask(w, w.p.d1);
      return {
        query: 'mutation($i: PostTaskUpdateInput!) { postTaskUpdate(input: $i) { id } }',
        variables: { i: { itemId: task.id, agencyId: w.q.d1.id, note: 'Góp ý' } },
        probe: countOf(w, 'task_update', 'item_id = $1', [task.id]),
      };
    },
  },

  ...['createIndicator', 'updateIndicator', 'setIndicatorState', 'setIndicatorTargets'].flatMap((m) =>
    provinceWide(m),
  ),
  {
    mutation: 'setIndicatorTargets',
    label: 'coordinator, a target for an agency of another province (as if it did not exist)',
    caller: 'coordinator',
    expected: 'NOT_FOUND',
    arrange: async (w) => {
      const indicator = await freshIndicator(w, w.p.d1, false);
      return {
        query: 'mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { id } }',
        variables: {
          i: { id: indicator.id, version: indicator.version, targets: [{ agencyId: w.q.d1.id, value: 1 }] },
        },
        probe: countOf(w, 'indicator_target', 'indicator_id = $1', [indicator.id]),
      };
    },
  },

  ...agencyWork('recordMeasurement', { coordinator: 'OK' }),
  {
    mutation: 'recordMeasurement',
    label: 'coordinator, his province’s indicator for an agency of another province',
    caller: 'coordinator',
    expected: 'NOT_FOUND',
    arrange: async (w) => {
      const indicator = await freshIndicator(w, w.p.d1, true);
      return {
        query: 'mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }',
        variables: { i: { indicatorId: indicator.id, agencyId: w.q.d1.id, period: '2022-Q1', value: 1 } },
        probe: countOf(w, 'measurement', 'indicator_id = $1', [indicator.id]),
      };
    },
  },
  ...agencyWork('submitMeasurements', { coordinator: 'OK' }),
  ...(
    [
      ['p.stc', 'FORBIDDEN', 'another agency'],
      ['q.d1', 'NOT_FOUND', 'another province'],
    ] as const
  ).map(([place, expected, what]): ScopeCase => ({
    mutation: 'submitMeasurements',
    label: `officer, a batch with a figure of ${what}: all or nothing`,
    caller: 'officer',
    expected,
    arrange: async (w) => {
      const [own, other] = await Promise.all([
        freshMeasurement(w, w.p.d1, 'DRAFT'),
        freshMeasurement(w, placeOf(w, place), 'DRAFT'),
      ]);
      return {
        query: 'mutation($ids: [ID!]!) { submitMeasurements(ids: $ids) { id } }',
        variables: { ids: [own.id, other.id] },
        probe: async () =>
          sql(w, 'SELECT id, status FROM measurement WHERE id IN ($1, $2) ORDER BY id', [own.id, other.id]),
      };
    },
  })),
  ...['reviewMeasurement', 'reopenMeasurement'].flatMap((m) => [
    ...provinceWide(m),
    onPlace(m, 'coordinator, a figure of a commune', 'coordinator', 'p.c1', 'OK'),
  ]),
  onPlace('importMeasurements', 'manager, a line of a commune below', 'manager', 'p.c1', 'OK'),
  onPlace('importMeasurements', 'officer of another province', 'qOfficer', 'p.d1', 'NOT_FOUND'),
  ...(
    [
      ['officer', 'p.stc', 'a line of another agency', 'auth.outOfScope'],
      ['coordinator', 'q.d1', 'a line of an agency of another province', 'UNKNOWN_AGENCY'],
    ] as const
  ).map(([caller, place, what, problem]): ScopeCase => ({
    mutation: 'importMeasurements',
    label: `${caller}, ${what}: refused in the result, nothing written`,
    caller,
    expected: 'OK',
    arrange: async (w) => {
      const indicator = await freshIndicator(w, w.p.d1, true);
      const row = place === 'p.stc' ? w.p.stc : w.q.d1;
      const contentBase64 = await workbookWithFigure(indicator, [row], row);
      return {
        query:
          'mutation($i: ImportMeasurementsInput!) { importMeasurements(input: $i) { applied problems { code } } }',
        variables: { i: { planId: indicator.planId, contentBase64, dryRun: false } },
        probe: countOf(w, 'measurement', 'indicator_id = $1', [indicator.id]),
        succeedsWithoutWriting: true,
        // Another province's agency must look like an unknown code, not like a refusal.
        verify: (d) =>
          expect(d.importMeasurements).toEqual({ applied: false, problems: [{ code: problem }] }),
      };
    },
  })),

  ...provinceWide('openReportingRound'),
  ...['updateAgencyReport', 'submitAgencyReport', 'deleteReportAttachment'].flatMap((m) => [
    ...agencyWork(m, { coordinator: 'FORBIDDEN' }),
    onPlace(
      m,
      "coordinator, the district's report (docs/reports.md: its own staff only)",
      'coordinator',
      'p.d1',
      'FORBIDDEN',
    ),
    onPlace(m, OTHER_PROVINCE, 'qCoordinator', 'p.d1', 'NOT_FOUND'),
  ]),
  ...['reviewAgencyReport', 'reopenAgencyReport'].flatMap((m) => [
    ...provinceWide(m),
    onPlace(m, "coordinator, a commune's report", 'coordinator', 'p.c1', 'OK'),
  ]),
  ...['generateConsolidatedReport', 'updateConsolidatedReport', 'finaliseConsolidatedReport'].flatMap((m) =>
    provinceWide(m),
  ),
  onPlace(
    'createParFramework',
    'coordinator, for another province',
    'qCoordinator',
    'p.d1',
    'BAD_USER_INPUT',
  ),
  onPlace('createParFramework', 'admin, for any province', 'admin', 'q.d1', 'OK'),
  onPlace(
    'importParFramework',
    'coordinator, for another province',
    'qCoordinator',
    'p.d1',
    'BAD_USER_INPUT',
  ),
  onPlace('importParFramework', 'admin, for any province', 'admin', 'q.d1', 'OK'),
  onPlace('openParCycle', 'coordinator, for another province', 'qCoordinator', 'p.d1', 'BAD_USER_INPUT'),
  onPlace('openParCycle', 'admin, for any province', 'admin', 'q.d1', 'OK'),
  ...agencyWork('saveParSelfScores', { coordinator: 'OK' }),
  ...['addParEvidenceLink', 'addParEvidenceRecord', 'removeParEvidence'].flatMap((m) =>
    agencyWork(m, { coordinator: 'OK' }),
  ),
  {
    mutation: 'addParEvidenceRecord',
    label: "officer, his agency's assessment citing another agency's task (as if it did not exist)",
    caller: 'officer',
    expected: 'BAD_USER_INPUT',
    arrange: async (w) => {
      const [a, task] = await Promise.all([freshAssessment(w, w.p.d1, false), freshTask(w, w.p.stc)]);
      return {
        query: 'mutation($i: AddParEvidenceRecordInput!) { addParEvidenceRecord(input: $i) { id } }',
        variables: {
          i: { assessmentId: a.id, criterionId: a.itemId, recordType: 'TASK', recordId: task.id },
        },
        probe: countOf(w, 'par_evidence', 'assessment_id = $1', [a.id]),
      };
    },
  },
  onPlace('submitParSelfAssessment', 'manager, a commune below', 'manager', 'p.c1', 'OK'),
  onPlace('submitParSelfAssessment', 'manager, another agency', 'manager', 'p.stc', 'FORBIDDEN'),
  ...provinceWide('submitParSelfAssessment'),
  ...[
    'updateParFramework',
    'deleteParFramework',
    'lockParFramework',
    'copyParFramework',
    'createParCriterion',
    'updateParCriterion',
    'deleteParCriterion',
  ].flatMap((m) => provinceWide(m)),
  ...PAR_APPRAISAL_SCOPE_CASES,
  ...provinceWide('importParSurveyPoints'),
  ...provinceWide('applyParSurveyResults'),
  onPlace('createSurvey', 'coordinator, for another province', 'qCoordinator', 'p.d1', 'BAD_USER_INPUT'),
  onPlace('createSurvey', 'admin, for any province', 'admin', 'q.d1', 'OK'),
  ...['updateSurvey', 'importSurveyResults', 'recordSurveyMeasurements'].flatMap((m) => provinceWide(m)),
  onPlace(
    'proposeInspections',
    'coordinator, for another province',
    'qCoordinator',
    'p.d1',
    'BAD_USER_INPUT',
  ),
  onPlace('proposeInspections', 'admin, for any province', 'admin', 'q.d1', 'OK'),
  ...[
    'adjustInspectionPlan',
    'approveInspectionPlan',
    'scheduleInspection',
    'recordInspectionFindings',
    'reinspectFindings',
    'recordInspectionCoverage',
    'buildInspectionChecklist',
    'updateInspectionChecklistItem',
  ].flatMap((m) => provinceWide(m)),
  ...SELF_SCOPE_CASES,
];
