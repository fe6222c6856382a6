import { hasPermission, Permission, Role } from '@partrack/shared';
import { createTestApp, TestApp } from '../support/test-app';
import { makeProvince, tokensByRole } from '../support/fixtures';

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** Every mutation so far, with an input that passes validation and the permission that guards it. */
const MUTATIONS: { name: string; permission: Permission | 'AUTHENTICATED'; query: string }[] = [
  {
    name: 'createAgency',
    permission: Permission.AGENCY_MANAGE,
    query: `mutation { createAgency(input: { code: "PM-NEW", name: "x", kind: OTHER, level: PROVINCE, parentId: "${NOBODY}" }) { id } }`,
  },
  {
    name: 'updateAgency',
    permission: Permission.AGENCY_MANAGE,
    query: `mutation { updateAgency(input: { id: "${NOBODY}", version: 1, name: "x" }) { id } }`,
  },
  {
    name: 'moveAgency',
    permission: Permission.AGENCY_MANAGE,
    query: `mutation { moveAgency(input: { id: "${NOBODY}", newParentId: "${NOBODY}" }) { id } }`,
  },
  {
    name: 'deactivateAgency',
    permission: Permission.AGENCY_MANAGE,
    query: `mutation { deactivateAgency(input: { id: "${NOBODY}", date: "2030-01-01" }) { id } }`,
  },
  {
    name: 'mergeAgencies',
    permission: Permission.AGENCY_MANAGE,
    query: `mutation { mergeAgencies(input: { sourceIds: ["${NOBODY}"], targetId: "00000000-0000-4000-8000-000000000001", effectiveDate: "2030-01-01" }) { id } }`,
  },
  {
    name: 'importAgencies',
    permission: Permission.AGENCY_IMPORT,
    query: 'mutation { importAgencies(input: { format: JSON, content: "[]", dryRun: true }) { created } }',
  },
  {
    name: 'createAgencyGroup',
    permission: Permission.AGENCY_GROUP_MANAGE,
    query: `mutation { createAgencyGroup(input: { code: "PM-G", name: "g", memberIds: ["${NOBODY}"] }) { id } }`,
  },
  {
    name: 'updateAgencyGroup',
    permission: Permission.AGENCY_GROUP_MANAGE,
    query: `mutation { updateAgencyGroup(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    name: 'deleteAgencyGroup',
    permission: Permission.AGENCY_GROUP_MANAGE,
    query: `mutation { deleteAgencyGroup(id: "${NOBODY}") }`,
  },
  {
    name: 'createUser',
    permission: Permission.USER_MANAGE,
    query: `mutation { createUser(input: { email: "pm@x.vn", fullName: "x", role: ADMIN, password: "short" }) { id } }`,
  },
  {
    name: 'updateUser',
    permission: Permission.USER_MANAGE,
    query: `mutation { updateUser(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    name: 'deactivateUser',
    permission: Permission.USER_MANAGE,
    query: `mutation { deactivateUser(id: "${NOBODY}") { id } }`,
  },
  {
    name: 'reactivateUser',
    permission: Permission.USER_MANAGE,
    query: `mutation { reactivateUser(id: "${NOBODY}") { id } }`,
  },
  {
    name: 'resetUserPassword',
    permission: Permission.USER_MANAGE,
    query: `mutation { resetUserPassword(input: { id: "${NOBODY}", newPassword: "long-enough-password" }) { id } }`,
  },
  {
    name: 'createApiKey',
    permission: Permission.API_KEY_MANAGE,
    query: `mutation { createApiKey(input: { name: "k", role: VIEWER, agencyId: "${NOBODY}" }) { secret } }`,
  },
  {
    name: 'revokeApiKey',
    permission: Permission.API_KEY_MANAGE,
    query: `mutation { revokeApiKey(id: "${NOBODY}") { id } }`,
  },
  {
    name: 'createPlan',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { createPlan(input: { code: "PM-PLAN", title: "x", year: 2022, ownerAgencyId: "${NOBODY}" }) { id } }`,
  },
  {
    name: 'updatePlan',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { updatePlan(input: { id: "${NOBODY}", version: 1, title: "x" }) { id } }`,
  },
  {
    name: 'createPlanItem',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { createPlanItem(input: { planId: "${NOBODY}", kind: TASK, code: "3.1", title: "x" }) { id } }`,
  },
  {
    name: 'updatePlanItem',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { updatePlanItem(input: { id: "${NOBODY}", version: 1, title: "x" }) { id } }`,
  },
  {
    name: 'deletePlanItem',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { deletePlanItem(id: "${NOBODY}") }`,
  },
  {
    name: 'importPlanDocument',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { importPlanDocument(input: { content: "x", format: TEXT, planId: "${NOBODY}", dryRun: true }) { applied } }`,
  },
  {
    name: 'copyPlanToYear',
    permission: Permission.PLAN_MANAGE,
    query: `mutation { copyPlanToYear(planId: "${NOBODY}", year: 2023) { id } }`,
  },
  {
    name: 'deriveAgencyPlan',
    permission: Permission.PLAN_DERIVE,
    query: `mutation { deriveAgencyPlan(planId: "${NOBODY}", agencyId: "${NOBODY}") { id } }`,
  },
  {
    name: 'postTaskUpdate',
    permission: Permission.TASK_UPDATE,
    query: `mutation { postTaskUpdate(input: { itemId: "${NOBODY}", note: "x" }) { id } }`,
  },
  {
    name: 'createIndicator',
    permission: Permission.INDICATOR_MANAGE,
    query: `mutation { createIndicator(input: { planId: "${NOBODY}", code: "X", nameVi: "x" }) { id } }`,
  },
  {
    name: 'updateIndicator',
    permission: Permission.INDICATOR_MANAGE,
    query: `mutation { updateIndicator(input: { id: "${NOBODY}", version: 1, nameVi: "x" }) { id } }`,
  },
  {
    name: 'setIndicatorState',
    permission: Permission.INDICATOR_MANAGE,
    query: `mutation { setIndicatorState(input: { id: "${NOBODY}", version: 1, state: ACTIVE }) { id } }`,
  },
  {
    name: 'setIndicatorTargets',
    permission: Permission.INDICATOR_MANAGE,
    query: `mutation { setIndicatorTargets(input: { id: "${NOBODY}", version: 1, targets: [] }) { id } }`,
  },
  {
    name: 'recordMeasurement',
    permission: Permission.MEASUREMENT_ENTER,
    query: `mutation { recordMeasurement(input: { indicatorId: "${NOBODY}", agencyId: "${NOBODY}", period: "2022-Q1", value: 1 }) { id } }`,
  },
  {
    name: 'submitMeasurements',
    permission: Permission.MEASUREMENT_ENTER,
    query: `mutation { submitMeasurements(ids: ["${NOBODY}"]) { id } }`,
  },
  {
    name: 'reviewMeasurement',
    permission: Permission.MEASUREMENT_REVIEW,
    query: `mutation { reviewMeasurement(input: { id: "${NOBODY}", version: 1, decision: APPROVE }) { id } }`,
  },
  {
    name: 'reopenMeasurement',
    permission: Permission.MEASUREMENT_REVIEW,
    query: `mutation { reopenMeasurement(input: { id: "${NOBODY}", version: 1, reason: "x" }) { id } }`,
  },
  {
    name: 'importMeasurements',
    permission: Permission.MEASUREMENT_ENTER,
    query: `mutation { importMeasurements(input: { planId: "${NOBODY}", contentBase64: "eA==", dryRun: true }) { applied } }`,
  },
  {
    name: 'openReportingRound',
    permission: Permission.REPORT_REVIEW,
    query: `mutation { openReportingRound(input: { kind: Q1, year: 2022, provinceId: "${NOBODY}" }) { id } }`,
  },
  {
    name: 'updateAgencyReport',
    permission: Permission.REPORT_WRITE,
    query: `mutation { updateAgencyReport(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    name: 'submitAgencyReport',
    permission: Permission.REPORT_WRITE,
    query: `mutation { submitAgencyReport(id: "${NOBODY}", version: 1) { id } }`,
  },
  {
    name: 'reviewAgencyReport',
    permission: Permission.REPORT_REVIEW,
    query: `mutation { reviewAgencyReport(input: { id: "${NOBODY}", version: 1, decision: ACCEPT }) { id } }`,
  },
  {
    name: 'reopenAgencyReport',
    permission: Permission.REPORT_REVIEW,
    query: `mutation { reopenAgencyReport(id: "${NOBODY}", version: 1, comment: "x") { id } }`,
  },
  {
    name: 'generateConsolidatedReport',
    permission: Permission.REPORT_REVIEW,
    query: `mutation { generateConsolidatedReport(roundId: "${NOBODY}") { id } }`,
  },
  {
    name: 'updateConsolidatedReport',
    permission: Permission.REPORT_REVIEW,
    query: `mutation { updateConsolidatedReport(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    name: 'finaliseConsolidatedReport',
    permission: Permission.REPORT_REVIEW,
    query: `mutation { finaliseConsolidatedReport(id: "${NOBODY}", version: 1) { id } }`,
  },
  {
    name: 'deleteReportAttachment',
    permission: Permission.REPORT_WRITE,
    query: `mutation { deleteReportAttachment(id: "${NOBODY}") }`,
  },
  {
    name: 'changePassword',
    permission: 'AUTHENTICATED',
    query:
      'mutation { changePassword(input: { currentPassword: "wrong-password", newPassword: "another-long-one" }) { accessToken } }',
  },
  {
    name: 'markNotificationsRead',
    permission: 'AUTHENTICATED',
    query: `mutation { markNotificationsRead(ids: ["${NOBODY}"]) }`,
  },
  {
    name: 'markAllNotificationsRead',
    permission: 'AUTHENTICATED',
    query: 'mutation { markAllNotificationsRead }',
  },
  {
    name: 'setNotificationMuted',
    permission: 'AUTHENTICATED',
    query: 'mutation { setNotificationMuted(kind: TASK_DUE_SOON, muted: false) { kind muted } }',
  },
  {
    name: 'runReminderScan',
    permission: Permission.USER_MANAGE,
    query: 'mutation { runReminderScan(today: "2030-01-01") { notifications } }',
  },
];

describe('permission matrix (role × mutation)', () => {
  let t: TestApp;
  let tokens: Record<Role, string>;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await tokensByRole(t, await makeProvince(t, 'PM'), 'pm');
  });
  afterAll(() => t.close());

  it('covers every mutation in the schema', async () => {
    const res = await t.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    const inSchema = res
      .data!.__schema.mutationType.fields.map((f) => f.name)
      .filter((n) => !['login', 'logout', 'refreshToken'].includes(n));
    expect(inSchema.sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  });

  it('spot checks the table itself', () => {
    expect(hasPermission(Role.COORDINATOR, Permission.AGENCY_MANAGE)).toBe(true);
    expect(hasPermission(Role.COORDINATOR, Permission.AGENCY_IMPORT)).toBe(false);
    expect(hasPermission(Role.VIEWER, Permission.AGENCY_MANAGE)).toBe(false);
    expect(hasPermission(Role.AGENCY_MANAGER, Permission.USER_MANAGE)).toBe(false);
    expect(hasPermission(Role.AGENCY_OFFICER, Permission.TASK_UPDATE)).toBe(true);
    expect(hasPermission(Role.AGENCY_OFFICER, Permission.PLAN_MANAGE)).toBe(false);
    expect(hasPermission(Role.VIEWER, Permission.TASK_UPDATE)).toBe(false);
  });

  const cases = MUTATIONS.flatMap((m) => Object.values(Role).map((role) => [m.name, role, m] as const));
  it.each(cases)('%s as %s', async (_name, role, mutation) => {
    const res = await t.gql(mutation.query, {}, { token: tokens[role] });
    const code = res.errors?.[0]?.extensions?.code;
    const allowed = mutation.permission === 'AUTHENTICATED' || hasPermission(role, mutation.permission);
    // Allowed callers get past the guard; the ids name nothing, which must be a clear error, never an internal one.
    if (allowed) {
      expect(code).not.toBe('FORBIDDEN');
      expect(code).not.toBe('INTERNAL_SERVER_ERROR');
    } else expect(code).toBe('FORBIDDEN');
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    '%s refuses anonymous callers',
    async (_name, mutation) => {
      const res = await t.gql(mutation.query);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});
