import {
  addDays,
  AgencyLevel,
  ParCriterionLevel as L,
  ParDataSource,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  PlanItemKind,
  PlanItemStatus,
  ReportRoundKind,
  Role,
} from '@partrack/shared';
import { todayInVietnam } from '../../src/common/time/vietnam-time';
import { PlanItemsService } from '../../src/plans/plan-items.service';
import { PlansService } from '../../src/plans/plans.service';
import { TaskUpdatesService } from '../../src/plans/task-updates.service';
import { ReportingRoundsService } from '../../src/reports/reporting-rounds.service';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { adminCaller, lockedFramework } from './par-index.setup';
import { ASSESSMENTS, OPEN_CYCLE } from './par-assessments.documents';
import { AT_RISK, PROVISIONAL } from './par-provisional.documents';

const today = todayInVietnam();
const YEAR = Number(today.slice(0, 4));

/** 100 points: 1.1 on a scale (1), 1.2 tasks on time (60), 1.3 institutional reform's tasks (20), 1.4 reports on time (19). */
const definition = (group: ParTargetGroup): ParFrameworkDefinition => ({
  name: `Bộ tiêu chí điểm rủi ro ${group}`,
  targetGroup: group,
  totalPoints: 100,
  bands: [],
  criteria: [
    { code: '1', parentCode: null, level: L.AREA, title: 'Chỉ đạo', maxPoints: 100, method: null },
    {
      code: '1.1',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Kế hoạch',
      maxPoints: 1,
      method: M.MANUAL,
      options: [
        { label: 'Đạt', points: 1 },
        { label: 'Không', points: 0 },
      ],
    },
    {
      code: '1.2',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Nhiệm vụ đúng hạn',
      maxPoints: 60,
      method: M.DATA,
      dataRule: {
        source: ParDataSource.TASKS_ON_TIME,
        thresholds: [
          { atLeast: 100, points: 60 },
          { atLeast: 50, points: 30 },
        ],
      },
    },
    {
      code: '1.3',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Cải cách thể chế đúng hạn',
      maxPoints: 20,
      method: M.DATA,
      dataRule: {
        source: ParDataSource.TASKS_ON_TIME,
        areaCode: 'I',
        thresholds: [{ atLeast: 100, points: 20 }],
      },
    },
    {
      code: '1.4',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Báo cáo đúng hạn',
      maxPoints: 19,
      method: M.DATA,
      dataRule: { source: ParDataSource.REPORTS_ON_TIME, thresholds: [{ atLeast: 100, points: 19 }] },
    },
  ],
});

describe('PAR Index points at risk: DATA items read the records, live', () => {
  let t: TestApp;
  let p: Province;
  let token: Record<'coordinator' | 'officer' | 'other', string>;
  let cycleId: string;
  let district: { id: string; version: number };
  const task: Record<'done' | 'late' | 'institutions' | 'future', string> = {
    done: '',
    late: '',
    institutions: '',
    future: '',
  };

  const provisional = async (doneTaskIds: string[] = [], who = token.officer) =>
    t.gql(PROVISIONAL, { assessmentId: district.id, doneTaskIds }, { token: who });
  const item = async (code: string, doneTaskIds: string[] = []) =>
    (await provisional(doneTaskIds)).data!.parProvisionalScore.items.find((i) => i.code === code)!;

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'PR');
    const q = await makeProvince(t, 'QR');
    await Promise.all([
      makeUser(t, 'coord@pr.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'officer@pr.vn', Role.AGENCY_OFFICER, p.district),
      makeUser(t, 'coord@qr.vn', Role.COORDINATOR, q.dept),
    ]);
    const [coordinator, officer, other] = await Promise.all(
      ['coord@pr.vn', 'officer@pr.vn', 'coord@qr.vn'].map(async (e) => (await login(t, e)).accessToken),
    );
    token = { coordinator, officer, other };
    const admin = await adminCaller(t, 'admin@pr.vn');

    const plan = await t.app.get(PlansService).create(admin, {
      code: `KH-${YEAR}`,
      title: `Kế hoạch cải cách hành chính năm ${YEAR}`,
      year: YEAR,
      ownerAgencyId: p.root.id,
    });
    await t.dataSource.query(`UPDATE plan SET status = 'ACTIVE' WHERE id = $1`, [plan.id]);
    const items = t.app.get(PlanItemsService);
    const make = async (code: string, dueDate: string, areaCode?: string) =>
      (
        await items.create(admin, {
          planId: plan.id,
          kind: PlanItemKind.TASK,
          code,
          title: `Nhiệm vụ ${code}`,
          leadAgencyIds: [p.district.id],
          dueDate,
          ...(areaCode ? { areaCode } : {}),
        })
      ).id;
    task.done = await make('1.1', addDays(today, -40));
    task.late = await make('1.2', addDays(today, -20));
    task.institutions = await make('2.1', addDays(today, -10), 'I');
    task.future = await make('1.3', addDays(today, 30));
    const updates = t.app.get(TaskUpdatesService);
    const [{ version }] = await t.dataSource.query('SELECT version FROM plan_item WHERE id = $1', [
      task.done,
    ]);
    await updates.post(admin, {
      itemId: task.done,
      agencyId: p.district.id,
      version,
      status: PlanItemStatus.DONE,
      completedOn: addDays(today, -41),
    });
    const round = await t.app.get(ReportingRoundsService).open(admin, {
      kind: ReportRoundKind.AD_HOC,
      year: YEAR,
      title: 'Báo cáo chuyên đề cải cách hành chính',
      period: `${YEAR}-H1`,
      dataFrom: `${YEAR}-01-01`,
      dataTo: `${YEAR}-06-14`,
      dueDate: addDays(today, -5),
      levels: [AgencyLevel.DISTRICT],
      provinceId: p.root.id,
    });
    expect(round.id).toBeDefined();

    const framework = await lockedFramework(t, p.root.id, YEAR, definition(ParTargetGroup.DISTRICT));
    const opened = await t.gql(
      OPEN_CYCLE,
      {
        i: {
          year: YEAR,
          name: `Chỉ số CCHC năm ${YEAR}`,
          frameworkIds: [framework.id],
          selfAssessmentDue: `${YEAR}-12-31`,
        },
      },
      { token: token.coordinator },
    );
    cycleId = opened.data!.openParCycle.id;
    const list = await t.gql(ASSESSMENTS, { cycleId }, { token: token.coordinator });
    district = list.data!.parAssessments.edges.map((e) => e.node).find((n) => n.agency?.code === 'PR-D1')!;
  });
  afterAll(() => t.close());

  it('scores DATA items from the tasks and reports due, with the records behind the lost points', async () => {
    const res = await provisional();
    expect(res.errors).toBeUndefined();
    const score = res.data!.parProvisionalScore;
    expect(score.asOf).toBe(today);
    const byCode = new Map(score.items.map((i) => [i.code, i]));
    // Three tasks due (the fourth is not yet): one on time → 33.33 % → below 50 %: 0 of 60.
    expect(byCode.get('1.2')).toMatchObject({
      source: 'COMPUTED',
      due: 3,
      onTime: 1,
      share: 33.33,
      points: 0,
      atRisk: 60,
    });
    expect(byCode.get('1.2')!.records.map((r) => r.label)).toEqual(['1.2 Nhiệm vụ 1.2', '2.1 Nhiệm vụ 2.1']);
    expect(byCode.get('1.2')!.records[0]).toMatchObject({
      recordType: 'TASK',
      recordId: task.late,
      gain: 30,
    });
    expect(byCode.get('1.3')).toMatchObject({ due: 1, onTime: 0, points: 0, atRisk: 20 });
    expect(byCode.get('1.4')).toMatchObject({ due: 1, onTime: 0, points: 0, atRisk: 19 });
    expect(byCode.get('1.4')!.records).toMatchObject([{ recordType: 'AGENCY_REPORT', doneOn: null }]);
    expect(byCode.get('1.1')).toMatchObject({ source: 'NONE', points: 0, atRisk: 0 });
    expect(score).toMatchObject({ points: 0, maxPoints: 100, index: 0, pointsAtRisk: 99 });
  });

  it('answers what-if, and moves when a task is really done', async () => {
    const whatIf = await item('1.2', [task.late]);
    expect(whatIf).toMatchObject({ onTime: 2, share: 66.67, points: 30 });
    const all = (await provisional([task.late, task.institutions])).data!.parProvisionalScore;
    expect(all).toMatchObject({ points: 80, index: 80, pointsAtRisk: 19 });

    const [{ version }] = await t.dataSource.query('SELECT version FROM plan_item WHERE id = $1', [
      task.late,
    ]);
    await t.app.get(TaskUpdatesService).post(await adminCaller(t, 'admin2@pr.vn'), {
      itemId: task.late,
      agencyId: p.district.id,
      version,
      status: PlanItemStatus.DONE,
      completedOn: addDays(today, -1),
    });
    // Done, but after its deadline: still late.
    expect(await item('1.2')).toMatchObject({ onTime: 1, points: 0 });
    await t.dataSource.query('UPDATE plan_item SET completed_on = due_date WHERE id = $1', [task.late]);
    expect(await item('1.2')).toMatchObject({ onTime: 2, points: 30, atRisk: 30 });
  });

  it("shows the province's picture in a constant number of statements, and hides it elsewhere", async () => {
    let rows: {
      agency?: { code: string } | null;
      pointsAtRisk: number;
      lateTasks: number;
      lateReports: number;
    }[] = [];
    const statements = await statementsDuring(t, async () => {
      rows = (await t.gql(AT_RISK, { cycleId }, { token: token.coordinator })).data!.parPointsAtRisk;
    });
    expect(rows[0]).toMatchObject({ agency: { code: 'PR-D1' }, lateTasks: 1, lateReports: 1 });
    expect(rows.map((r) => r.pointsAtRisk)).toEqual(
      [...rows.map((r) => r.pointsAtRisk)].sort((a, b) => b - a),
    );
    expect(statements.length).toBeLessThanOrEqual(12);
    expect((await t.gql(AT_RISK, { cycleId }, { token: token.other })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await provisional([], token.other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await provisional(['not-a-uuid']);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
