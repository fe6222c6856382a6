import {
  AgencyKind,
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  InspectionFindingSeverity,
  InspectionStatus,
  PlanItemKind,
  Role,
} from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { Caller } from '../../src/common/context/caller';
import { IndicatorsService } from '../../src/indicators/indicators.service';
import { MeasurementsService } from '../../src/indicators/measurements.service';
import { InspectionPlansService } from '../../src/inspections/inspection-plans.service';
import { ReminderService } from '../../src/notifications/reminder.service';
import { PlanItemsService } from '../../src/plans/plan-items.service';
import { PlansService } from '../../src/plans/plans.service';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import { docxParts } from '../../src/par-index/formats/par-docx.fixture';
import { texts } from '../../src/reports/formats/report-docx.xml.fixture';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import {
  ADJUST_INSPECTION_PLAN,
  AGENCY_TASKS,
  APPROVE_INSPECTION_PLAN,
  COVERAGE_INDICATOR_VALUE,
  INSPECTION_CONCLUSION_DOCX,
  INSPECTION_COVERAGE,
  INSPECTION_DECISION_DOCX,
  INSPECTION_TEAM_CANDIDATES,
  INSPECTION_TEAMS,
  INSPECTIONS,
  PROPOSE_INSPECTIONS,
  RECORD_INSPECTION_COVERAGE,
  RECORD_FINDINGS,
  REINSPECT,
  SCHEDULE_INSPECTION,
} from './inspections.documents';

/** The admin acting through the services, for fixtures built without a request each. */
const adminCaller = (id: string): Caller => ({
  actor: { kind: 'USER', id, label: 'admin', role: Role.ADMIN, agencyId: null, provinceRootId: null },
  requestId: 'inspections-spec',
});

type Errors = { errors?: readonly { extensions?: Record<string, unknown> }[] };
const fieldOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
const codeOf = (res: Errors) => res.errors?.[0]?.extensions?.code;

describe('Inspections (kiểm tra CCHC)', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let coordinator: string;
  let otherCoordinator: string;
  let officer: string;
  let viewer: string;
  let teamLeader: string;
  let depts: Agency[];
  let communes: Agency[];
  let ADMIN: Caller;

  const must = <T>(res: { data?: T | null; errors?: unknown }): T => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  beforeAll(async () => {
    t = await createTestApp();
    [p, q] = await Promise.all([makeProvince(t, 'PI'), makeProvince(t, 'QI')]);
    ADMIN = adminCaller(await makeUser(t, 'admin@pi.vn', Role.ADMIN, null));
    // 5 departments (30 % → 2), 3 districts (→ 1), 4 communes (→ 2)
    depts = [p.dept];
    for (const name of ['Sở Tư pháp', 'Sở Tài chính', 'Sở Y tế', 'Sở Xây dựng'])
      depts.push(
        await makeAgency(t, `PI-${name.length}-${depts.length}`, p.root, {
          name,
          level: AgencyLevel.PROVINCE,
        }),
      );
    for (const n of [2, 3])
      await makeAgency(t, `PI-D${n}`, p.root, {
        name: `UBND huyện ${n}`,
        kind: AgencyKind.PEOPLES_COMMITTEE,
      });
    communes = [p.commune];
    for (const n of [2, 3, 4])
      communes.push(
        await makeAgency(t, `PI-D1-C${n}`, p.district, {
          name: `UBND xã ${n}`,
          kind: AgencyKind.PEOPLES_COMMITTEE,
          level: AgencyLevel.COMMUNE,
        }),
      );
    // A public service unit is not inspected
    await makeAgency(t, 'PI-TT', p.root, {
      name: 'Trung tâm',
      kind: AgencyKind.PUBLIC_SERVICE_UNIT,
      level: AgencyLevel.PROVINCE,
    });
    const leaderId = await makeUser(t, 'leader@pi.vn', Role.AGENCY_OFFICER, p.dept);
    teamLeader = leaderId;
    await Promise.all([
      makeUser(t, 'coord@pi.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'coord@qi.vn', Role.COORDINATOR, q.dept),
      makeUser(t, 'officer@pi.vn', Role.AGENCY_OFFICER, p.commune),
      makeUser(t, 'viewer@pi.vn', Role.VIEWER, p.root),
    ]);
    [coordinator, otherCoordinator, officer, viewer] = (
      await Promise.all(
        ['coord@pi.vn', 'coord@qi.vn', 'officer@pi.vn', 'viewer@pi.vn'].map((e) => login(t, e)),
      )
    ).map((s) => s.accessToken);
    // History: Sở Nội vụ was inspected in 2023; Sở Y tế leads two overdue tasks of an active plan.
    const [old] = await t.dataSource.query(
      `INSERT INTO inspection_plan (province_id, year, status) VALUES ($1, 2023, 'APPROVED') RETURNING id`,
      [p.root.id],
    );
    await t.dataSource.query(`INSERT INTO inspection (plan_id, agency_id, status) VALUES ($1, $2, 'DONE')`, [
      old.id,
      p.dept.id,
    ]);
    const plan = await t.app.get(PlansService).create(ADMIN, {
      code: 'KH-PI-2024',
      title: 'Kế hoạch CCHC 2024',
      year: 2024,
      ownerAgencyId: p.root.id,
    });
    await t.dataSource.query(`UPDATE plan SET status = 'ACTIVE' WHERE id = $1`, [plan.id]);
    for (const code of ['3.1', '3.2'])
      await t.app.get(PlanItemsService).create(ADMIN, {
        planId: plan.id,
        kind: PlanItemKind.TASK,
        code,
        title: 'Nhiệm vụ quá hạn',
        leadAgencyIds: [depts[3].id],
        dueDate: '2024-01-31',
      });
  });
  afterAll(() => t.close());

  let planId: string;

  it('proposes a sample meeting each level’s coverage, saying why each agency was chosen', async () => {
    const plan = must(
      await t.gql(PROPOSE_INSPECTIONS, { i: { year: 2024 } }, { token: coordinator }),
    ).proposeInspections;
    planId = plan.id;
    expect(plan).toMatchObject({
      year: 2024,
      status: 'DRAFT',
      coverageProvince: 30,
      coverageDistrict: 30,
      coverageCommune: 30,
    });
    const rows = must(
      await t.gql(INSPECTIONS, { planId, first: 100 }, { token: viewer }),
    ).inspections.edges.map((e) => e.node);
    const byLevel = (level: AgencyLevel) => rows.filter((r) => r.agency?.level === level);
    expect(byLevel(AgencyLevel.PROVINCE)).toHaveLength(2);
    expect(byLevel(AgencyLevel.DISTRICT)).toHaveLength(1);
    expect(byLevel(AgencyLevel.COMMUNE)).toHaveLength(2);
    expect(rows.every((r) => r.proposed && r.reasons.length > 0)).toBe(true);
    // Sở Y tế: never inspected and two overdue tasks, first; Sở Nội vụ (inspected last year) is not chosen.
    const health = rows.find((r) => r.agencyId === depts[3].id);
    expect(health?.reasons.map((r) => [r.code, r.count])).toEqual([
      ['NEVER_INSPECTED', null],
      ['OVERDUE_TASKS', 2],
    ]);
    expect(rows.some((r) => r.agencyId === p.dept.id)).toBe(false);
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [planId]);
    expect(audit).toEqual({ action: 'inspectionPlan.propose' });
  });

  it('reads everything it needs in the same number of statements for a large and a small province', async () => {
    const plans = t.app.get(InspectionPlansService);
    const big = await statementsDuring(t, () => plans.propose(ADMIN, { provinceId: p.root.id, year: 2031 }));
    const small = await statementsDuring(t, () =>
      plans.propose(ADMIN, { provinceId: q.root.id, year: 2031 }),
    );
    expect(big.length).toBe(small.length);
  });

  it('refuses a second plan for the year, bad targets and other provinces', async () => {
    const again = await t.gql(PROPOSE_INSPECTIONS, { i: { year: 2024 } }, { token: coordinator });
    expect([codeOf(again), fieldOf(again)]).toEqual(['BAD_USER_INPUT', ['year']]);
    const bad = await t.gql(
      PROPOSE_INSPECTIONS,
      { i: { year: 2025, coverageCommune: 101 } },
      { token: coordinator },
    );
    expect(fieldOf(bad)).toEqual(['coverageCommune']);
    const foreign = await t.gql(INSPECTIONS, { planId }, { token: otherCoordinator });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const denied = await t.gql(PROPOSE_INSPECTIONS, { i: { year: 2026 } }, { token: officer });
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });

  it('adjusts the draft (versioned), schedules a visit with its team, then approves', async () => {
    const [plan] = await t.dataSource.query(`SELECT version FROM inspection_plan WHERE id = $1`, [planId]);
    const rows = must(await t.gql(INSPECTIONS, { planId, first: 100 }, { token: coordinator })).inspections
      .edges;
    const dropped = rows.find(
      (e) => e.node.agency?.level === AgencyLevel.COMMUNE && e.node.agencyId !== p.commune.id,
    );
    const keepsCommune = rows.some((e) => e.node.agencyId === p.commune.id);
    const add = keepsCommune ? [] : [p.commune.id];
    const adjusted = must(
      await t.gql(
        ADJUST_INSPECTION_PLAN,
        {
          i: {
            id: planId,
            version: plan.version,
            addAgencyIds: add,
            removeInspectionIds: dropped ? [dropped.node.id] : [],
            coverageCommune: 25,
          },
        },
        { token: coordinator },
      ),
    ).adjustInspectionPlan;
    expect(adjusted).toMatchObject({ version: plan.version + 1, coverageCommune: 25 });
    const stale = await t.gql(
      ADJUST_INSPECTION_PLAN,
      { i: { id: planId, version: plan.version } },
      { token: coordinator },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const notInspectable = await t.gql(
      ADJUST_INSPECTION_PLAN,
      { i: { id: planId, version: adjusted.version, addAgencyIds: [p.root.id] } },
      { token: coordinator },
    );
    expect(fieldOf(notInspectable)).toEqual(['addAgencyIds']);
    const foreignAgency = await t.gql(
      ADJUST_INSPECTION_PLAN,
      { i: { id: planId, version: adjusted.version, addAgencyIds: [q.commune.id] } },
      { token: coordinator },
    );
    expect([codeOf(foreignAgency), fieldOf(foreignAgency)]).toEqual(['BAD_USER_INPUT', ['addAgencyIds']]);

    const commune = must(
      await t.gql(INSPECTIONS, { planId, first: 100 }, { token: coordinator }),
    ).inspections.edges.find((e) => e.node.agencyId === p.commune.id)!.node;
    const scheduled = must(
      await t.gql(
        SCHEDULE_INSPECTION,
        { i: { id: commune.id, version: commune.version, month: 6, teamUserIds: [teamLeader] } },
        { token: coordinator },
      ),
    ).scheduleInspection;
    expect(scheduled).toMatchObject({ month: 6, teamUserIds: [teamLeader] });
    const outsider = await t.gql(
      SCHEDULE_INSPECTION,
      {
        i: {
          id: commune.id,
          version: scheduled.version,
          teamUserIds: ['00000000-0000-4000-8000-000000000000'],
        },
      },
      { token: coordinator },
    );
    expect(fieldOf(outsider)).toEqual(['teamUserIds']);
    const approved = must(
      await t.gql(
        APPROVE_INSPECTION_PLAN,
        { i: { id: planId, version: adjusted.version } },
        { token: coordinator },
      ),
    ).approveInspectionPlan;
    expect(approved.status).toBe('APPROVED');
  });

  it('turns every finding into a task of the agency, in its task list and reminders; re-inspection closes it', async () => {
    const commune = must(
      await t.gql(INSPECTIONS, { planId, first: 100 }, { token: coordinator }),
    ).inspections.edges.find((e) => e.node.agencyId === p.commune.id)!.node;
    const [taskPlan] = await t.dataSource.query(`SELECT id FROM plan WHERE code = 'KH-PI-2024'`);
    const wrongYear = await t.app
      .get(PlansService)
      .create(ADMIN, { code: 'KH-PI-2025', title: 'Kế hoạch 2025', year: 2025, ownerAgencyId: p.root.id });
    const findings = [
      {
        text: 'Chưa niêm yết công khai thủ tục hành chính',
        severity: InspectionFindingSeverity.HIGH,
        deadline: '2030-06-30',
      },
      { text: 'Báo cáo CCHC quý gửi chậm', severity: InspectionFindingSeverity.LOW, deadline: '2030-09-30' },
    ];
    const mistake = await t.gql(
      RECORD_FINDINGS,
      { i: { id: commune.id, version: commune.version, taskPlanId: wrongYear.id, findings } },
      { token: coordinator },
    );
    expect(fieldOf(mistake)).toEqual(['taskPlanId']);
    const done = must(
      await t.gql(
        RECORD_FINDINGS,
        {
          i: {
            id: commune.id,
            version: commune.version,
            taskPlanId: taskPlan.id,
            findings,
            conductedOn: '2024-06-12',
          },
        },
        { token: coordinator },
      ),
    ).recordInspectionFindings;
    expect(done).toMatchObject({ status: 'DONE', conductedOn: '2024-06-12' });
    expect(done.findings.map((f) => [f.status, f.deadline])).toEqual([
      ['OPEN', '2030-06-30'],
      ['OPEN', '2030-09-30'],
    ]);
    // The inspected agency's own officer sees the tasks in its task list…
    const tasks = must(await t.gql(AGENCY_TASKS, { lead: p.commune.id }, { token: officer })).tasks.edges.map(
      (e) => e.node,
    );
    expect(tasks.map((x) => [x.id, x.dueDate]).sort()).toEqual(
      done.findings.map((f) => [f.taskId, f.deadline]).sort(),
    );
    // …and is reminded of them like any task (the plan is ACTIVE)
    const reminders = t.app.get(ReminderService);
    for (const day of ['2030-06-23', '2030-06-27', '2030-06-30', '2030-07-01']) await reminders.scan(day);
    const [reminded] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.entity_id = $1 AND u.agency_id = $2`,
      [done.findings[0].taskId, p.commune.id],
    );
    expect(reminded.n).toBeGreaterThan(0);

    const reinspected = must(
      await t.gql(
        REINSPECT,
        {
          i: {
            id: done.id,
            version: done.version,
            results: [
              { findingId: done.findings[0].id, closed: true, note: 'Đã niêm yết đầy đủ' },
              { findingId: done.findings[1].id, closed: false },
            ],
          },
        },
        { token: coordinator },
      ),
    ).reinspectFindings;
    expect(reinspected.findings.map((f) => [f.status, f.reviewNote])).toEqual([
      ['CLOSED', 'Đã niêm yết đầy đủ'],
      ['OPEN', null],
    ]);
    expect(reinspected.findings[0].closedOn).toBe(reinspected.reinspectedOn);
    const twice = await t.gql(
      REINSPECT,
      {
        i: {
          id: done.id,
          version: reinspected.version,
          results: [
            { findingId: done.findings[0].id, closed: true },
            { findingId: done.findings[0].id, closed: true },
          ],
        },
      },
      { token: coordinator },
    );
    expect(fieldOf(twice)).toEqual(['results[1].findingId']);
  });

  it('names each team (leader first) and each finding’s task, in as many statements for one inspection as for all', async () => {
    const rows = must(await t.gql(INSPECTION_TEAMS, { planId, first: 100 }, { token: viewer })).inspections
      .edges;
    const [officerRow] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'officer@pi.vn'`);
    const other = rows.find(
      (e) => e.node.status === InspectionStatus.PLANNED && e.node.agencyId !== p.commune.id,
    )!.node;
    must(
      await t.gql(
        SCHEDULE_INSPECTION,
        { i: { id: other.id, version: other.version, teamUserIds: [officerRow.id, teamLeader] } },
        { token: coordinator },
      ),
    );
    const page = (first: number) => t.gql(INSPECTION_TEAMS, { planId, first }, { token: viewer });
    const all = must(await page(100)).inspections.edges.map((e) => e.node);
    expect(all.find((i) => i.id === other.id)!.team).toEqual([
      { id: officerRow.id, name: 'officer@pi.vn', agencyName: p.commune.name, leader: true },
      { id: teamLeader, name: 'leader@pi.vn', agencyName: p.dept.name, leader: false },
    ]);
    const commune = all.find((i) => i.agencyId === p.commune.id)!;
    expect(commune.team.map((m) => [m.name, m.leader])).toEqual([['leader@pi.vn', true]]);
    const [task] = await t.dataSource.query(`SELECT code, title FROM plan_item WHERE id = $1`, [
      commune.findings[0].task!.id,
    ]);
    expect(commune.findings[0].task).toMatchObject({ code: task.code, title: task.title });
    expect(commune.findings.every((f) => f.task !== null)).toBe(true);
    // Teams and tasks are batched: a page of every inspection costs what a page of one does.
    const one = await statementsDuring(t, () => page(1));
    const many = await statementsDuring(t, () => page(100));
    expect(all.length).toBeGreaterThan(2);
    expect(many.length).toBe(one.length);
  });

  it('suggests active users of the plan’s province by name as team members, to its managers only', async () => {
    const [officerRow] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'officer@pi.vn'`);
    const found = must(
      await t.gql(INSPECTION_TEAM_CANDIDATES, { planId, search: 'OFFICER@' }, { token: coordinator }),
    ).inspectionTeamCandidates;
    expect(found).toEqual([
      { id: officerRow.id, name: 'officer@pi.vn', agencyName: p.commune.name, leader: false },
    ]);
    const names = must(
      await t.gql(INSPECTION_TEAM_CANDIDATES, { planId }, { token: coordinator }),
    ).inspectionTeamCandidates.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['leader@pi.vn', 'coord@pi.vn']));
    expect(names).not.toContain('coord@qi.vn');
    const limited = must(
      await t.gql(INSPECTION_TEAM_CANDIDATES, { planId, first: 1 }, { token: coordinator }),
    ).inspectionTeamCandidates;
    expect(limited).toHaveLength(1);
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [officerRow.id]);
    const inactive = must(
      await t.gql(INSPECTION_TEAM_CANDIDATES, { planId, search: 'officer' }, { token: coordinator }),
    ).inspectionTeamCandidates;
    await t.dataSource.query(`UPDATE app_user SET active = true WHERE id = $1`, [officerRow.id]);
    expect(inactive).toEqual([]);
    const foreign = await t.gql(INSPECTION_TEAM_CANDIDATES, { planId }, { token: otherCoordinator });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const reader = await t.gql(INSPECTION_TEAM_CANDIDATES, { planId }, { token: viewer });
    expect(codeOf(reader)).toBe('FORBIDDEN');
  });

  it('computes coverage per level and in total from the inspections done', async () => {
    const coverage = must(await t.gql(INSPECTION_COVERAGE, { planId }, { token: viewer })).inspectionCoverage;
    expect(coverage.levels).toEqual([
      { level: 'PROVINCE', agencies: 5, inspected: 0, percent: 0 },
      { level: 'DISTRICT', agencies: 3, inspected: 0, percent: 0 },
      { level: 'COMMUNE', agencies: 4, inspected: 1, percent: 25 },
    ]);
    expect(coverage.total).toEqual({ agencies: 12, inspected: 1, percent: 8.33 });
  });

  it('feeds the total coverage to the indicator drafted from 1.14 as its figure for the year', async () => {
    const [taskPlan] = await t.dataSource.query(`SELECT id FROM plan WHERE code = 'KH-PI-2024'`);
    const indicators = t.app.get(IndicatorsService);
    const draft = await indicators.create(ADMIN, {
      planId: taskPlan.id,
      code: 'CT-1.14',
      nameVi: 'Tỷ lệ cơ quan được kiểm tra CCHC',
      unit: IndicatorUnit.PERCENT,
      aggregation: IndicatorAggregation.RATIO,
      direction: IndicatorDirection.AT_LEAST,
      frequency: IndicatorFrequency.YEAR,
      reportingLevels: [AgencyLevel.PROVINCE],
      target: 30,
    });
    const indicator = await indicators.setState(ADMIN, {
      id: draft.id,
      version: draft.version,
      state: IndicatorState.ACTIVE,
    });
    const foreign = await t.gql(
      RECORD_INSPECTION_COVERAGE,
      { i: { planId, indicatorId: indicator.id } },
      { token: otherCoordinator },
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const figure = must(
      await t.gql(
        RECORD_INSPECTION_COVERAGE,
        { i: { planId, indicatorId: indicator.id } },
        { token: coordinator },
      ),
    ).recordInspectionCoverage;
    expect(figure).toMatchObject({
      agencyId: p.root.id,
      period: '2024',
      numerator: 1,
      denominator: 12,
      status: 'DRAFT',
    });
    await t.app.get(MeasurementsService).submit(ADMIN, [figure.id]);
    const coverage = must(await t.gql(INSPECTION_COVERAGE, { planId }, { token: viewer })).inspectionCoverage;
    const value = must(
      await t.gql(
        COVERAGE_INDICATOR_VALUE,
        { indicatorId: indicator.id, agencyId: p.root.id, period: '2024' },
        { token: viewer },
      ),
    ).indicatorValue;
    expect(value.value).toBeCloseTo(coverage.total.percent, 2);
    expect([value.numerator, value.denominator]).toEqual([coverage.total.inspected, coverage.total.agencies]);
  });

  it('drafts the decision issuing the plan (DOCX), read like the plan', async () => {
    const file = must(
      await t.gql(INSPECTION_DECISION_DOCX, { planId }, { token: viewer }),
    ).inspectionDecisionDocx;
    expect(file.filename).toBe('ke-hoach-kiem-tra-cchc-2024-quyet-dinh.docx');
    const { body } = await docxParts(Buffer.from(file.contentBase64, 'base64'));
    const all = texts(body).join('\n');
    expect(all).toContain('Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024');
    expect(all).toContain('Tháng 6/2024');
    expect(all).toContain(p.commune.name);
    const foreign = await t.gql(INSPECTION_DECISION_DOCX, { planId }, { token: otherCoordinator });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });

  it('drafts the conclusions of a conducted inspection from its findings (DOCX)', async () => {
    const rows = must(await t.gql(INSPECTIONS, { planId, first: 100 }, { token: viewer })).inspections.edges;
    const conducted = rows.find((e) => e.node.agencyId === p.commune.id)!.node;
    const file = must(
      await t.gql(INSPECTION_CONCLUSION_DOCX, { inspectionId: conducted.id }, { token: viewer }),
    ).inspectionConclusionDocx;
    expect(file.filename).toBe('ket-luan-kiem-tra-cchc-2024.docx');
    const all = texts((await docxParts(Buffer.from(file.contentBase64, 'base64'))).body).join('\n');
    expect(all).toContain('KẾT LUẬN');
    expect(all).toContain('Chưa niêm yết công khai thủ tục hành chính');
    expect(all).toContain('30/06/2030');
    const planned = rows.find((e) => e.node.status === InspectionStatus.PLANNED)!.node;
    const early = await t.gql(INSPECTION_CONCLUSION_DOCX, { inspectionId: planned.id }, { token: viewer });
    expect(fieldOf(early)).toEqual(['inspectionId']);
    const foreign = await t.gql(
      INSPECTION_CONCLUSION_DOCX,
      { inspectionId: conducted.id },
      { token: otherCoordinator },
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });
});
