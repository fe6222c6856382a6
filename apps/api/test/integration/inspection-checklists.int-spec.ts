import { AgencyKind, AgencyLevel, InspectionChecklistResult, Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { Caller } from '../../src/common/context/caller';
import { InspectionPlansService } from '../../src/inspections/inspection-plans.service';
import { InspectionsService } from '../../src/inspections/inspections.service';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import {
  BUILD_CHECKLIST,
  INSPECTIONS_WITH_CHECKLIST,
  INSPECTIONS_WITHOUT_CHECKLIST,
  UPDATE_CHECKLIST_ITEM,
} from './inspection-checklists.documents';

const adminCaller = (id: string): Caller => ({
  actor: { kind: 'USER', id, label: 'admin', role: Role.ADMIN, agencyId: null, provinceRootId: null },
  requestId: 'inspection-checklists-spec',
});

type Errors = { errors?: readonly { extensions?: Record<string, unknown> }[] };
const fieldOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
const codeOf = (res: Errors) => res.errors?.[0]?.extensions?.code;

/** A framework of the province with two areas, their criteria and one sub-criterion (left out of checklists). */
async function makeFramework(t: TestApp, provinceId: string): Promise<string> {
  const [framework] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO par_framework (province_id, year, target_group, name, total_points)
     VALUES ($1, 2030, 'DEPARTMENT', 'Bộ tiêu chí 2030', 100) RETURNING id`,
    [provinceId],
  );
  const add = async (parentId: string | null, level: string, code: string, position: number, title: string) =>
    (
      await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO par_criterion (framework_id, parent_id, level, code, position, title, max_points)
         VALUES ($1, $2, $3, $4, $5, $6, 10) RETURNING id`,
        [framework.id, parentId, level, code, position, title],
      )
    )[0].id;
  const area1 = await add(null, 'AREA', '1', 1, 'Công tác chỉ đạo, điều hành');
  const c11 = await add(area1, 'CRITERION', '1.1', 1, 'Kế hoạch CCHC năm');
  await add(c11, 'SUB_CRITERION', '1.1.1', 1, 'Ban hành kịp thời');
  const area2 = await add(null, 'AREA', '2', 2, 'Cải cách thủ tục hành chính');
  await add(area2, 'CRITERION', '2.1', 1, 'Niêm yết thủ tục hành chính');
  return framework.id;
}

describe('Inspection checklists and notifications', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let ADMIN: Caller;
  let coordinator: string;
  let otherCoordinator: string;
  let officer: string;
  let frameworkId: string;
  let otherFrameworkId: string;
  let leaderId: string;
  let staff: string[];
  let muted: string;
  let communes: Agency[];

  beforeAll(async () => {
    t = await createTestApp();
    [p, q] = await Promise.all([makeProvince(t, 'PC'), makeProvince(t, 'QC')]);
    ADMIN = adminCaller(await makeUser(t, 'admin@pc.vn', Role.ADMIN, null));
    communes = [p.commune];
    for (const n of [2, 3])
      communes.push(
        await makeAgency(t, `PC-D1-C${n}`, p.district, {
          name: `UBND xã ${n}`,
          kind: AgencyKind.PEOPLES_COMMITTEE,
          level: AgencyLevel.COMMUNE,
        }),
      );
    leaderId = await makeUser(t, 'leader@pc.vn', Role.COORDINATOR, p.dept);
    await t.dataSource.query(`UPDATE app_user SET full_name = 'Nguyễn Văn Trưởng' WHERE id = $1`, [leaderId]);
    staff = [
      await makeUser(t, 'officer@pc.vn', Role.AGENCY_OFFICER, p.commune),
      await makeUser(t, 'manager@pc.vn', Role.AGENCY_MANAGER, p.commune),
    ];
    muted = await makeUser(t, 'muted@pc.vn', Role.AGENCY_OFFICER, p.commune);
    await t.dataSource.query(
      `INSERT INTO notification_mute (user_id, kind) VALUES ($1, 'INSPECTION_SCHEDULED')`,
      [muted],
    );
    await Promise.all([
      makeUser(t, 'coord@pc.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'coord@qc.vn', Role.COORDINATOR, q.dept),
    ]);
    [coordinator, otherCoordinator, officer] = (
      await Promise.all(['coord@pc.vn', 'coord@qc.vn', 'officer@pc.vn'].map((e) => login(t, e)))
    ).map((s) => s.accessToken);
    [frameworkId, otherFrameworkId] = await Promise.all([
      makeFramework(t, p.root.id),
      makeFramework(t, q.root.id),
    ]);
  });

  afterAll(() => t?.close());

  /** A DRAFT plan of the year inspecting the communes given (no sampling: targets 0). */
  async function draftPlan(year: number, agencies: Agency[]) {
    const plans = t.app.get(InspectionPlansService);
    const draft = await plans.propose(ADMIN, {
      provinceId: p.root.id,
      year,
      coverageProvince: 0,
      coverageDistrict: 0,
      coverageCommune: 0,
    });
    const plan = await plans.adjust(ADMIN, {
      id: draft.id,
      version: draft.version,
      addAgencyIds: agencies.map((a) => a.id),
    });
    const rows: { id: string; agency_id: string }[] = await t.dataSource.query(
      'SELECT id, agency_id FROM inspection WHERE plan_id = $1',
      [plan.id],
    );
    const inspectionOf = (agency: Agency) => rows.find((r) => r.agency_id === agency.id)!.id;
    return { plan, inspectionOf };
  }

  const notificationsOf = (inspectionId: string) =>
    t.dataSource.query<{ user_id: string; title: string; body: string; link: string; emails: number }[]>(
      `SELECT n.user_id, n.title, n.body, n.link, (SELECT count(*)::int FROM email_message e WHERE e.notification_id = n.id) AS emails
         FROM notification n WHERE n.kind = 'INSPECTION_SCHEDULED' AND n.entity_id = $1 ORDER BY n.created_at, n.user_id`,
      [inspectionId],
    );

  it('builds a checklist from the framework: areas and criteria in order, with their codes', async () => {
    const { inspectionOf } = await draftPlan(2030, [p.commune]);
    const res = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId: inspectionOf(p.commune), fromFrameworkId: frameworkId } },
      { token: coordinator },
    );
    expect(res.errors).toBeUndefined();
    expect(
      res.data!.buildInspectionChecklist.checklist.map((i) => [i.position, i.sourceCode, i.title]),
    ).toEqual([
      [1, '1', 'Công tác chỉ đạo, điều hành'],
      [2, '1.1', 'Kế hoạch CCHC năm'],
      [3, '2', 'Cải cách thủ tục hành chính'],
      [4, '2.1', 'Niêm yết thủ tục hành chính'],
    ]);
  });

  it('fills items (versioned) and refuses to rebuild a checklist once one is assessed', async () => {
    const { inspectionOf } = await draftPlan(2031, [p.commune]);
    const inspectionId = inspectionOf(p.commune);
    const built = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId, items: ['  Niêm yết TTHC  ', 'Sổ theo dõi hồ sơ'] } },
      { token: coordinator },
    );
    const [first, second] = built.data!.buildInspectionChecklist.checklist;
    expect([first.title, first.sourceCode, second.title]).toEqual([
      'Niêm yết TTHC',
      null,
      'Sổ theo dõi hồ sơ',
    ]);
    // Nothing assessed yet: the list may still be replaced.
    const rebuilt = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId, items: ['A', 'B', 'C'] } },
      { token: coordinator },
    );
    const items = rebuilt.data!.buildInspectionChecklist.checklist;
    expect(items.map((i) => i.title)).toEqual(['A', 'B', 'C']);

    const evidence = [{ url: 'https://example.vn/bien-ban.pdf', label: ' Biên bản ' }];
    const updated = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      {
        i: {
          id: items[1].id,
          version: items[1].version,
          result: InspectionChecklistResult.NOT_MET,
          note: 'Chưa niêm yết',
          evidence,
        },
      },
      { token: coordinator },
    );
    expect(updated.data!.updateInspectionChecklistItem).toMatchObject({
      version: items[1].version + 1,
      result: 'NOT_MET',
      note: 'Chưa niêm yết',
      evidence: [{ url: 'https://example.vn/bien-ban.pdf', label: 'Biên bản' }],
    });
    // Omitted fields stay; null clears.
    const cleared = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      { i: { id: items[1].id, version: items[1].version + 1, note: null } },
      { token: coordinator },
    );
    expect(cleared.data!.updateInspectionChecklistItem).toMatchObject({ result: 'NOT_MET', note: null });

    const stale = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      { i: { id: items[1].id, version: items[1].version, result: InspectionChecklistResult.MET } },
      { token: coordinator },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const again = await t.gql(BUILD_CHECKLIST, { i: { inspectionId, items: ['D'] } }, { token: coordinator });
    expect([codeOf(again), fieldOf(again)]).toEqual(['BAD_USER_INPUT', ['inspectionId']]);
  });

  it('validates the input and keeps other provinces out', async () => {
    const { inspectionOf } = await draftPlan(2032, [p.commune]);
    const inspectionId = inspectionOf(p.commune);
    const both = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId, fromFrameworkId: frameworkId, items: ['A'] } },
      { token: coordinator },
    );
    expect([codeOf(both), fieldOf(both)]).toEqual(['BAD_USER_INPUT', ['fromFrameworkId']]);
    const neither = await t.gql(BUILD_CHECKLIST, { i: { inspectionId } }, { token: coordinator });
    expect([codeOf(neither), fieldOf(neither)]).toEqual(['BAD_USER_INPUT', ['items']]);
    const foreignFramework = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId, fromFrameworkId: otherFrameworkId } },
      { token: coordinator },
    );
    expect([codeOf(foreignFramework), fieldOf(foreignFramework)]).toEqual([
      'BAD_USER_INPUT',
      ['fromFrameworkId'],
    ]);
    const tooLong = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId, items: ['x'.repeat(1001)] } },
      { token: coordinator },
    );
    expect([codeOf(tooLong), fieldOf(tooLong)]).toEqual(['BAD_USER_INPUT', ['items']]);

    const foreign = await t.gql(
      BUILD_CHECKLIST,
      { i: { inspectionId, items: ['A'] } },
      { token: otherCoordinator },
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const built = await t.gql(BUILD_CHECKLIST, { i: { inspectionId, items: ['A'] } }, { token: coordinator });
    const [item] = built.data!.buildInspectionChecklist.checklist;
    const foreignItem = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      { i: { id: item.id, version: item.version, result: InspectionChecklistResult.MET } },
      { token: otherCoordinator },
    );
    expect(codeOf(foreignItem)).toBe('NOT_FOUND');
    const badLink = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      { i: { id: item.id, version: item.version, evidence: [{ url: 'javascript:alert(1)' }] } },
      { token: coordinator },
    );
    expect(codeOf(badLink)).toBe('BAD_USER_INPUT');
    const tooLongNote = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      { i: { id: item.id, version: item.version, note: 'x'.repeat(2001) } },
      { token: coordinator },
    );
    expect([codeOf(tooLongNote), fieldOf(tooLongNote)]).toEqual(['BAD_USER_INPUT', ['note']]);
    const byOfficer = await t.gql(
      UPDATE_CHECKLIST_ITEM,
      { i: { id: item.id, version: item.version, result: InspectionChecklistResult.MET } },
      { token: officer },
    );
    expect(codeOf(byOfficer)).toBe('FORBIDDEN');
  });

  it('reads the checklists of a page of inspections in one statement', async () => {
    const { plan, inspectionOf } = await draftPlan(2033, communes);
    for (const commune of communes)
      await t.gql(
        BUILD_CHECKLIST,
        { i: { inspectionId: inspectionOf(commune), items: ['A', 'B'] } },
        { token: coordinator },
      );
    let titles: string[][] = [];
    const withList = await statementsDuring(t, async () => {
      const read = await t.gql(INSPECTIONS_WITH_CHECKLIST, { planId: plan.id }, { token: coordinator });
      titles = read.data!.inspections.edges.map((e) => e.node.checklist.map((i) => i.title));
    });
    const without = await statementsDuring(t, () =>
      t.gql(INSPECTIONS_WITHOUT_CHECKLIST, { planId: plan.id }, { token: coordinator }),
    );
    expect(titles).toEqual([
      ['A', 'B'],
      ['A', 'B'],
      ['A', 'B'],
    ]);
    expect(withList.length - without.length).toBe(1);
  });

  it('tells the inspected agency once the plan is approved, once per month, minding mutes', async () => {
    const { plan, inspectionOf } = await draftPlan(2034, [p.commune, communes[1]]);
    const inspections = t.app.get(InspectionsService);
    const plans = t.app.get(InspectionPlansService);
    const id = inspectionOf(p.commune);
    let inspection = await inspections.findOne(ADMIN.actor, id);
    inspection = await inspections.schedule(ADMIN, {
      id,
      version: inspection.version,
      month: 5,
      teamUserIds: [leaderId],
    });
    // A DRAFT plan may still change: nobody is told yet.
    expect(await notificationsOf(id)).toEqual([]);

    const fresh = await plans.findOne(ADMIN.actor, plan.id);
    await plans.approve(ADMIN, { id: fresh.id, version: fresh.version });
    const told = await notificationsOf(id);
    expect(told.map((n) => n.user_id).sort()).toEqual([...staff].sort());
    expect(told[0]).toMatchObject({
      title: 'Lịch kiểm tra cải cách hành chính tháng 5/2034',
      link: `/kiem-tra/${plan.id}/${id}`,
      emails: 1,
    });
    expect(told[0].body).toContain('Ủy ban nhân dân xã Một');
    expect(told[0].body).toContain('trưởng đoàn kiểm tra: Nguyễn Văn Trưởng');
    expect(told[0].body).toContain('Quyết định ban hành kế hoạch kiểm tra (DOCX) có trong partrack');
    // The unscheduled inspection tells nobody.
    expect(await notificationsOf(inspectionOf(communes[1]))).toEqual([]);

    // The same month again: nothing new; another month: told again.
    inspection = await inspections.schedule(ADMIN, { id, version: inspection.version, month: 5 });
    expect(await notificationsOf(id)).toHaveLength(2);
    await inspections.schedule(ADMIN, { id, version: inspection.version, month: 7 });
    const after = await notificationsOf(id);
    expect(after).toHaveLength(4);
    expect(after.filter((n) => n.title.endsWith('tháng 7/2034'))).toHaveLength(2);
    expect(after.some((n) => n.user_id === muted)).toBe(false);
  });
});
