import {
  AgencyKind,
  IndicatorFrequency,
  IndicatorState,
  ParCriterionLevel as L,
  ParDataSource,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  Role,
} from '@partrack/shared';
import { Caller } from '../../src/common/context/caller';
import { todayInVietnam } from '../../src/common/time/vietnam-time';
import { IndicatorsService } from '../../src/indicators/indicators.service';
import { MeasurementsService } from '../../src/indicators/measurements.service';
import { PlansService } from '../../src/plans/plans.service';
import { graphql } from '../gql';
import { INDICATOR_SPEC } from '../support/authorization/objects';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { ASSESSMENTS, OPEN_CYCLE } from './par-assessments.documents';
import { CREATE_CRITERION, CREATE_FRAMEWORK } from './par-frameworks.documents';
import { adminCaller, lockedFramework } from './par-index.setup';
import { AT_RISK } from './par-provisional.documents';

const YEAR = Number(todayInVietnam().slice(0, 4));

const INDICATOR_ITEMS = graphql(`
  query ParProvisionalIndicatorForTest($assessmentId: ID!) {
    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: []) {
      points
      pointsAtRisk
      items {
        code
        points
        source
        share
        atRisk
        due
        records {
          recordId
        }
        indicator {
          indicatorId
          code
          name
          period
          value
          target
          expected
        }
      }
    }
  }
`);

/** 100 points: 1.1 on a scale (1), 1.2 indicator CT-01 against its target (60), 1.3 an indicator no plan has (39). */
const definition: ParFrameworkDefinition = {
  name: 'Bộ tiêu chí theo chỉ tiêu',
  targetGroup: ParTargetGroup.DISTRICT,
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
      title: 'Hồ sơ giải quyết trực tuyến đạt chỉ tiêu',
      maxPoints: 60,
      method: M.DATA,
      dataRule: {
        source: ParDataSource.INDICATOR_TARGET,
        indicatorCode: 'CT-01',
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
      title: 'Chỉ tiêu chưa có trong kế hoạch',
      maxPoints: 39,
      method: M.DATA,
      dataRule: {
        source: ParDataSource.INDICATOR_TARGET,
        indicatorCode: 'CT-99',
        thresholds: [{ atLeast: 100, points: 39 }],
      },
    },
  ],
};

describe('PAR Index points at risk: an indicator against its target', () => {
  let t: TestApp;
  let p: Province;
  let admin: Caller;
  let coordinator: string;
  let assessmentId: string;
  let indicator: { id: string; version: number };

  const score = async () => {
    const res = await t.gql(INDICATOR_ITEMS, { assessmentId }, { token: coordinator });
    expect(res.errors).toBeUndefined();
    return res.data!.parProvisionalScore;
  };
  const item = async (code: string) => (await score()).items.find((i) => i.code === code)!;
  const measurements = () => t.app.get(MeasurementsService);
  const setTargets = async (targets: { agencyId?: string; value: number }[]) => {
    const saved = await t.app
      .get(IndicatorsService)
      .setTargets(admin, { id: indicator.id, version: indicator.version, targets });
    indicator = { id: saved.id, version: saved.version };
  };

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'PI');
    await makeUser(t, 'coord@pi.vn', Role.COORDINATOR, p.dept);
    coordinator = (await login(t, 'coord@pi.vn')).accessToken;
    admin = await adminCaller(t, 'admin@pi.vn');

    const plan = await t.app.get(PlansService).create(admin, {
      code: `KH-${YEAR}`,
      title: `Kế hoạch cải cách hành chính năm ${YEAR}`,
      year: YEAR,
      ownerAgencyId: p.root.id,
    });
    await t.dataSource.query(`UPDATE plan SET status = 'ACTIVE' WHERE id = $1`, [plan.id]);
    const indicators = t.app.get(IndicatorsService);
    // Yearly, so the period read (the year) has started whatever day the test runs; summed up the tree.
    const draft = await indicators.create(admin, {
      planId: plan.id,
      code: 'CT-01',
      nameVi: 'Số thủ tục hành chính được đơn giản hóa',
      ...INDICATOR_SPEC,
      frequency: IndicatorFrequency.YEAR,
      target: 10,
    });
    indicator = await indicators.setState(admin, {
      id: draft.id,
      version: draft.version,
      state: IndicatorState.ACTIVE,
    });

    // More districts, so the province's picture has several agencies to read at once.
    for (const n of [2, 3, 4])
      await makeAgency(t, `PI-D${n}`, p.root, {
        name: `Ủy ban nhân dân huyện ${n}`,
        kind: AgencyKind.PEOPLES_COMMITTEE,
      });
    const framework = await lockedFramework(t, p.root.id, YEAR, definition);
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
      { token: coordinator },
    );
    const list = await t.gql(ASSESSMENTS, { cycleId: opened.data!.openParCycle.id }, { token: coordinator });
    assessmentId = list
      .data!.parAssessments.edges.map((e) => e.node)
      .find((n) => n.agency?.code === 'PI-D1')!.id;
  });
  afterAll(() => t.close());

  it('reads no figure yet as 0 %, and an indicator the plans do not have as not computable', async () => {
    expect(await item('1.2')).toEqual({
      code: '1.2',
      points: 0,
      source: 'COMPUTED',
      share: 0,
      atRisk: 60,
      due: null,
      records: [],
      indicator: {
        indicatorId: indicator.id,
        code: 'CT-01',
        name: 'Số thủ tục hành chính được đơn giản hóa',
        period: String(YEAR),
        value: null,
        target: 10,
        expected: 10,
      },
    });
    // Not computable: it falls back like an appraised item (nothing known: 0, nothing at risk).
    expect(await item('1.3')).toMatchObject({ source: 'NONE', points: 0, atRisk: 0, indicator: null });
  });

  it('moves with the figures the agency reports (its subtree, drafts left out) and with its target', async () => {
    const district = await measurements().record(admin, {
      indicatorId: indicator.id,
      agencyId: p.district.id,
      period: String(YEAR),
      value: 3,
    });
    expect(await item('1.2')).toMatchObject({ share: 0, points: 0 });

    const commune = await measurements().record(admin, {
      indicatorId: indicator.id,
      agencyId: p.commune.id,
      period: String(YEAR),
      value: 2,
    });
    await measurements().submit(admin, [district.id, commune.id]);
    // 3 + 2 of 10: 50 % → 30 of 60.
    expect(await item('1.2')).toMatchObject({
      source: 'COMPUTED',
      share: 50,
      points: 30,
      atRisk: 30,
      indicator: { value: 5, target: 10, expected: 10 },
    });

    // The district's own target beats the plan-wide one: 5 of 6.25 → 80 %, still 30.
    await setTargets([{ agencyId: p.district.id, value: 6.25 }]);
    expect(await item('1.2')).toMatchObject({ share: 80, points: 30, indicator: { target: 6.25 } });
    await setTargets([{ agencyId: p.district.id, value: 5 }]);
    expect(await score()).toMatchObject({ points: 60, pointsAtRisk: 0 });
    expect(await item('1.2')).toMatchObject({ share: 100, points: 60, atRisk: 0 });
  });

  it('falls back without a target for the agency', async () => {
    await setTargets([]);
    await t.dataSource.query('UPDATE indicator SET target = NULL WHERE id = $1', [indicator.id]);
    expect(await item('1.2')).toMatchObject({
      source: 'NONE',
      points: 0,
      atRisk: 0,
      share: null,
      indicator: null,
    });
    await t.dataSource.query('UPDATE indicator SET target = 10 WHERE id = $1', [indicator.id]);
  });

  it("reads the whole province's figures in a constant number of statements", async () => {
    const cycleId = await cycleIdOf(t, assessmentId);
    let rows: { agency?: { code: string } | null; pointsAtRisk: number }[] = [];
    const statements = await statementsDuring(t, async () => {
      rows = (await t.gql(AT_RISK, { cycleId }, { token: coordinator })).data!.parPointsAtRisk;
    });
    // PI-D1 reported 5 of 10 (30 of 60 lost); the others nothing yet (60 lost each).
    expect(rows.map((r) => r.pointsAtRisk)).toEqual([60, 60, 60, 30]);
    expect(rows[3]?.agency?.code).toBe('PI-D1');
    expect(statements.length).toBeLessThanOrEqual(14);
  });

  it('refuses an indicator rule without a code, naming the field', async () => {
    const created = await t.gql(
      CREATE_FRAMEWORK,
      { i: { year: YEAR, targetGroup: ParTargetGroup.DEPARTMENT, name: 'Nháp' } },
      { token: coordinator },
    );
    type Rule = { source: ParDataSource; indicatorCode?: string; areaCode?: string };
    const rule: Rule = { source: ParDataSource.INDICATOR_TARGET };
    const add = (dataRule: Rule) =>
      t.gql(
        CREATE_CRITERION,
        {
          i: {
            frameworkId: created.data!.createParFramework.id,
            code: '1',
            title: 'Chỉ tiêu',
            maxPoints: 1,
            method: M.DATA,
            dataRule: { ...dataRule, thresholds: [{ atLeast: 100, points: 1 }] },
          },
        },
        { token: coordinator },
      );
    const fields = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
    const missing = await add(rule);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(missing)).toEqual(['dataRule.indicatorCode']);
    expect(fields(await add({ ...rule, indicatorCode: 'ct 01' }))).toEqual(['dataRule.indicatorCode']);
    expect(fields(await add({ ...rule, indicatorCode: 'CT-01', areaCode: 'I' }))).toEqual([
      'dataRule.areaCode',
    ]);
    expect(
      fields(await add({ ...rule, source: ParDataSource.TASKS_ON_TIME, indicatorCode: 'CT-01' })),
    ).toEqual(['dataRule.indicatorCode']);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM par_criterion WHERE framework_id = $1',
      [created.data!.createParFramework.id],
    );
    expect(n).toBe(0);
    const ok = await add({ ...rule, indicatorCode: 'CT-01' });
    expect(ok.errors).toBeUndefined();
  });
});

async function cycleIdOf(t: TestApp, assessmentId: string): Promise<string> {
  const [{ cycle_id }] = await t.dataSource.query('SELECT cycle_id FROM par_assessment WHERE id = $1', [
    assessmentId,
  ]);
  return cycle_id as string;
}
