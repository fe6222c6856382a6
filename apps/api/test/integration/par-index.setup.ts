import {
  IndicatorState,
  ParCriterionLevel as L,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  PlanItemKind,
  ReportRoundKind,
  AgencyLevel,
  Role,
} from '@partrack/shared';
import { Caller } from '../../src/common/context/caller';
import { IndicatorsService } from '../../src/indicators/indicators.service';
import { MeasurementsService } from '../../src/indicators/measurements.service';
import { ParFrameworkBuilder } from '../../src/par-index/par-framework.builder';
import { PlanItemsService } from '../../src/plans/plan-items.service';
import { PlansService } from '../../src/plans/plans.service';
import { TaskUpdatesService } from '../../src/plans/task-updates.service';
import { ReportingRoundsService } from '../../src/reports/reporting-rounds.service';
import { INDICATOR_SPEC } from '../support/authorization/objects';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { OPEN_CYCLE } from './par-assessments.documents';

/**
 * Shared set-up of the PAR Index integration specs: a small framework built and locked by the builder (no
 * request), and records of an agency to cite, made by the owning services as an admin.
 */

/** 100 points in one area: 1.1 on a scale of 1 point, 1.2 and 1.3 computed (98 and 1). */
export const smallDefinition = (targetGroup: ParTargetGroup): ParFrameworkDefinition => ({
  name: `Bộ tiêu chí nhỏ ${targetGroup}`,
  targetGroup,
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
    { code: '1.2', parentCode: '1', level: L.CRITERION, title: 'Đúng hạn', maxPoints: 98, method: M.DATA },
    { code: '1.3', parentCode: '1', level: L.CRITERION, title: 'Chỉ tiêu', maxPoints: 1, method: M.DATA },
  ],
});

/** A locked framework of the province for `year`, with its items' ids by code. */
export async function lockedFramework(
  t: TestApp,
  provinceId: string,
  year: number,
  definition: ParFrameworkDefinition,
): Promise<{ id: string; criteria: Map<string, string> }> {
  const f = await t.app
    .get(ParFrameworkBuilder)
    .createFromDefinition(null, provinceId, year, definition, { lock: true });
  const rows: { id: string; code: string }[] = await t.dataSource.query(
    'SELECT id, code FROM par_criterion WHERE framework_id = $1',
    [f.id],
  );
  return { id: f.id, criteria: new Map(rows.map((r) => [r.code, r.id])) };
}

/** An admin acting through the services, for fixtures the spec does not test. */
export async function adminCaller(t: TestApp, email: string): Promise<Caller> {
  const id = await makeUser(t, email, Role.ADMIN, null);
  const actor = {
    kind: 'USER' as const,
    id,
    label: email,
    role: Role.ADMIN,
    agencyId: null,
    provinceRootId: null,
  };
  return { actor, requestId: 'fixture' };
}

export interface CitableRecords {
  /** Led by the district: "Rà soát thủ tục hành chính lĩnh vực đất đai" */
  task: string;
  /** Led by the department, the district coordinating */
  coordinated: string;
  /** The department's alone, with words of the district's task in its title */
  otherAgencyTask: string;
  taskUpdate: string;
  report: string;
  measurement: string;
}

/** One record of each kind for `p.district` (and a task of `p.dept` alone), in a 2022 plan of the province. */
export async function citableRecords(t: TestApp, admin: Caller, p: Province): Promise<CitableRecords> {
  const plan = await t.app.get(PlansService).create(admin, {
    code: 'KH-MC-2022',
    title: 'Kế hoạch cải cách hành chính năm 2022',
    year: 2022,
    ownerAgencyId: p.root.id,
  });
  const items = t.app.get(PlanItemsService);
  const item = (code: string, title: string, lead: string, coordinator?: string) =>
    items.create(admin, {
      planId: plan.id,
      kind: PlanItemKind.TASK,
      code,
      title,
      leadAgencyIds: [lead],
      coordinatorAgencyIds: coordinator ? [coordinator] : [],
    });
  const task = await item('3.1', 'Rà soát thủ tục hành chính lĩnh vực đất đai', p.district.id);
  const coordinated = await item('3.2', 'Số hóa hồ sơ một cửa', p.dept.id, p.district.id);
  const otherAgencyTask = await item('3.3', 'Đơn giản hóa thủ tục đất đai cấp tỉnh', p.dept.id);
  const update = await t.app.get(TaskUpdatesService).post(admin, {
    itemId: task.id,
    agencyId: p.district.id,
    note: 'Đã rà soát 45 thủ tục',
  });
  const round = await t.app.get(ReportingRoundsService).open(admin, {
    kind: ReportRoundKind.AD_HOC,
    year: 2022,
    title: 'Báo cáo chuyên đề cải cách hành chính',
    period: '2022-H1',
    dataFrom: '2021-12-15',
    dataTo: '2022-06-14',
    dueDate: '2030-06-20',
    levels: [AgencyLevel.DISTRICT],
    provinceId: p.root.id,
  });
  const [report]: { id: string }[] = await t.dataSource.query(
    'SELECT id FROM agency_report WHERE round_id = $1 AND agency_id = $2',
    [round.id, p.district.id],
  );
  const indicators = t.app.get(IndicatorsService);
  const draft = await indicators.create(admin, {
    planId: plan.id,
    code: 'CT-MC',
    nameVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    ...INDICATOR_SPEC,
  });
  const indicator = await indicators.setState(admin, {
    id: draft.id,
    version: draft.version,
    state: IndicatorState.ACTIVE,
  });
  const measurement = await t.app.get(MeasurementsService).record(admin, {
    indicatorId: indicator.id,
    agencyId: p.district.id,
    period: '2022-Q1',
    value: 5,
  });
  return {
    task: task.id,
    coordinated: coordinated.id,
    otherAgencyTask: otherAgencyTask.id,
    taskUpdate: update.id,
    report: report.id,
    measurement: measurement.id,
  };
}

/** A province EV with an open 2030 cycle, its people, and records of its district to cite; province EQ. */
export interface EvidenceSetting {
  p: Province;
  token: Record<'coordinator' | 'officer' | 'viewer' | 'other', string>;
  cycleId: string;
  /** The district's assessment (the officer's agency) and the department's. */
  assessment: { district: string; dept: string };
  /** Their frameworks' items by code. */
  items: { district: Map<string, string>; dept: Map<string, string> };
  records: CitableRecords;
}

export async function evidenceSetting(t: TestApp): Promise<EvidenceSetting> {
  const p = await makeProvince(t, 'EV');
  const q = await makeProvince(t, 'EQ');
  await Promise.all([
    makeUser(t, 'coord@ev.vn', Role.COORDINATOR, p.dept),
    makeUser(t, 'officer@ev.vn', Role.AGENCY_OFFICER, p.district),
    makeUser(t, 'viewer@ev.vn', Role.VIEWER, p.root),
    makeUser(t, 'coord@eq.vn', Role.COORDINATOR, q.dept),
  ]);
  const [coordinator, officer, viewer, other] = await Promise.all(
    ['coord@ev.vn', 'officer@ev.vn', 'viewer@ev.vn', 'coord@eq.vn'].map(
      async (e) => (await login(t, e)).accessToken,
    ),
  );
  const token = { coordinator, officer, viewer, other };
  const district = await lockedFramework(t, p.root.id, 2030, smallDefinition(ParTargetGroup.DISTRICT));
  const dept = await lockedFramework(t, p.root.id, 2030, smallDefinition(ParTargetGroup.DEPARTMENT));
  const opened = await t.gql(
    OPEN_CYCLE,
    {
      i: {
        year: 2030,
        name: 'Chỉ số CCHC năm 2030',
        frameworkIds: [district.id, dept.id],
        selfAssessmentDue: '2030-12-31',
      },
    },
    { token: coordinator },
  );
  if (!opened.data) throw new Error(`openParCycle failed: ${JSON.stringify(opened.errors)}`);
  const cycleId = opened.data.openParCycle.id;
  const rows: { id: string; agency_id: string }[] = await t.dataSource.query(
    'SELECT id, agency_id FROM par_assessment WHERE cycle_id = $1',
    [cycleId],
  );
  const of = (agencyId: string) => rows.find((r) => r.agency_id === agencyId)?.id ?? '';
  return {
    p,
    token,
    cycleId,
    assessment: { district: of(p.district.id), dept: of(p.dept.id) },
    items: { district: district.criteria, dept: dept.criteria },
    records: await citableRecords(t, await adminCaller(t, 'admin@ev.vn'), p),
  };
}
