import { AgencyKind, AgencyLevel, ParTargetGroup, Role } from '@partrack/shared';
import { PlansService } from '../../src/plans/plans.service';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { APPRAISAL_VIEW } from './par-appraisal.documents';
import {
  ASSESSMENTS,
  OPEN_CYCLE,
  SAVE_SELF_SCORES,
  SUBMIT_SELF_ASSESSMENT,
} from './par-assessments.documents';
import { adminCaller, lockedFramework, smallDefinition } from './par-index.setup';
import { ASSIGN, IMPROVEMENT_TASKS, RECORD_NATIONAL } from './par-national.documents';

type Errors = { errors?: readonly { extensions?: Record<string, unknown>; message?: string }[] };
const codeOf = (res: Errors) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

describe("PAR Index: the province's own national self-assessment (3.34, 3.40)", () => {
  let t: TestApp;
  let p: Province;
  let justiceId: string;
  let token: Record<'coordinator' | 'justice' | 'other', string>;
  let national: string;
  let dept: string;
  let items: Map<string, string>;
  const version = async (id: string) =>
    (await t.gql(APPRAISAL_VIEW, { id }, { token: token.coordinator })).data!.parAssessment.version;
  const save = async (scores: { criterionId: string; points: number }[], who: string) =>
    t.gql(
      SAVE_SELF_SCORES,
      { i: { id: national, version: await version(national), scores } },
      { token: who },
    );

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'PN');
    const q = await makeProvince(t, 'QN');
    const justice = await makeAgency(t, 'PN-STP', p.root, {
      name: 'Sở Tư pháp',
      kind: AgencyKind.DEPARTMENT,
      level: AgencyLevel.PROVINCE,
    });
    justiceId = justice.id;
    await Promise.all([
      makeUser(t, 'coord@pn.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'justice@pn.vn', Role.AGENCY_OFFICER, justice),
      makeUser(t, 'coord@qn.vn', Role.COORDINATOR, q.dept),
    ]);
    const [coordinator, justiceToken, other] = await Promise.all(
      ['coord@pn.vn', 'justice@pn.vn', 'coord@qn.vn'].map(async (e) => (await login(t, e)).accessToken),
    );
    token = { coordinator, justice: justiceToken, other };
    const province = await lockedFramework(t, p.root.id, 2025, smallDefinition(ParTargetGroup.PROVINCE));
    const departments = await lockedFramework(t, p.root.id, 2025, smallDefinition(ParTargetGroup.DEPARTMENT));
    items = province.criteria;
    const opened = await t.gql(
      OPEN_CYCLE,
      {
        i: {
          year: 2025,
          name: 'Chỉ số CCHC năm 2025',
          frameworkIds: [province.id, departments.id],
          selfAssessmentDue: '2026-12-31',
        },
      },
      { token: token.coordinator },
    );
    const rows = (
      await t.gql(ASSESSMENTS, { cycleId: opened.data!.openParCycle.id }, { token: token.coordinator })
    ).data!.parAssessments.edges.map((e) => e.node);
    national = rows.find((r) => r.agency?.code === 'PN')!.id;
    dept = rows.find((r) => r.agency?.code === 'PN-SNV')!.id;
  });
  afterAll(() => t.close());

  it('gives items to the agencies answering for them, who then score just those', async () => {
    const assign = async (
      id: string,
      assignments: { criterionId: string; agencyId: string | null }[],
      who = token.coordinator,
    ) => t.gql(ASSIGN, { i: { id, version: await version(id), assignments } }, { token: who });
    expect(fieldOf(await assign(dept, [{ criterionId: items.get('1.1')!, agencyId: justiceId }]))).toEqual([
      'id',
    ]);
    expect(
      codeOf(
        await assign(national, [{ criterionId: items.get('1.1')!, agencyId: justiceId }], token.justice),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await assign(national, [{ criterionId: items.get('1.1')!, agencyId: justiceId }], token.other)),
    ).toBe('NOT_FOUND');
    const foreign = await assign(national, [
      { criterionId: items.get('1.1')!, agencyId: '00000000-0000-4000-8000-000000000000' },
    ]);
    expect(fieldOf(foreign)).toEqual(['assignments[0].agencyId']);
    const assigned = await assign(national, [
      { criterionId: items.get('1.1')!, agencyId: justiceId },
      { criterionId: items.get('1.3')!, agencyId: p.dept.id },
    ]);
    expect(
      assigned.data?.assignParResponsibilities.responsibilities.map((r) => r.agency?.code).sort(),
    ).toEqual(['PN-SNV', 'PN-STP']);

    expect(
      (await save([{ criterionId: items.get('1.1')!, points: 1 }], token.justice)).errors,
    ).toBeUndefined();
    expect(codeOf(await save([{ criterionId: items.get('1.2')!, points: 1 }], token.justice))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(
        await save(
          [
            { criterionId: items.get('1.1')!, points: 0 },
            { criterionId: items.get('1.3')!, points: 1 },
          ],
          token.justice,
        ),
      ),
    ).toBe('FORBIDDEN');
    const removed = await assign(national, [{ criterionId: items.get('1.1')!, agencyId: null }]);
    expect(removed.data?.assignParResponsibilities.responsibilities).toHaveLength(1);
    expect(codeOf(await save([{ criterionId: items.get('1.1')!, points: 0 }], token.justice))).toBe(
      'FORBIDDEN',
    );
  });

  it("records the Ministry's points, then turns what was lost into next year's tasks, once", async () => {
    await t.gql(
      SUBMIT_SELF_ASSESSMENT,
      { i: { id: national, version: await version(national) } },
      { token: token.coordinator },
    );
    const record = async (scores: { criterionId: string; points: number; reason?: string }[]) =>
      t.gql(
        RECORD_NATIONAL,
        { i: { id: national, version: await version(national), scores } },
        { token: token.coordinator },
      );
    expect(fieldOf(await record([{ criterionId: items.get('1.1')!, points: 1 }]))).toEqual(['scores']);
    expect(fieldOf(await record([{ criterionId: items.get('1.2')!, points: 99 }]))).toEqual([
      'scores[0].points',
    ]);
    const done = await record([
      { criterionId: items.get('1.1')!, points: 0.5, reason: 'Kế hoạch ban hành chậm' },
      { criterionId: items.get('1.2')!, points: 98 },
      { criterionId: items.get('1.3')!, points: 0 },
    ]);
    expect(done.data?.recordParNationalAppraisal.status).toBe('FINALISED');

    const admin = await adminCaller(t, 'admin@pn.vn');
    const plans = t.app.get(PlansService);
    const wrongYear = await plans.create(admin, {
      code: 'KH-2025',
      title: 'Kế hoạch 2025',
      year: 2025,
      ownerAgencyId: p.root.id,
    });
    const next = await plans.create(admin, {
      code: 'KH-2026',
      title: 'Kế hoạch 2026',
      year: 2026,
      ownerAgencyId: p.root.id,
    });
    const make = (planId: string) =>
      t.gql(
        IMPROVEMENT_TASKS,
        { i: { assessmentId: national, planId, dueDate: '2026-06-30' } },
        { token: token.coordinator },
      );
    expect(fieldOf(await make(wrongYear.id))).toEqual(['planId']);
    expect((await make(next.id)).data?.createParImprovementTasks).toBe(2);
    const rows: { code: string; title: string; due: string; lead: string | null }[] =
      await t.dataSource.query(
        `SELECT i.code, i.title, i.due_date::text AS due, a.code AS lead
         FROM plan_item i
         LEFT JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
         LEFT JOIN agency a ON a.id = pia.agency_id
        WHERE i.plan_id = $1 AND i.kind = 'TASK' ORDER BY i.code`,
        [next.id],
      );
    expect(rows).toEqual([
      {
        code: 'CSCCHC2025.1',
        title: 'Khắc phục tiêu chí 1.1 “Kế hoạch” (bị mất 0,5 điểm)',
        due: '2026-06-30',
        lead: null,
      },
      {
        code: 'CSCCHC2025.2',
        title: 'Khắc phục tiêu chí 1.3 “Chỉ tiêu” (bị mất 1 điểm)',
        due: '2026-06-30',
        lead: 'PN-SNV',
      },
    ]);
    expect(fieldOf(await make(next.id))).toEqual(['planId']);
  });
});
