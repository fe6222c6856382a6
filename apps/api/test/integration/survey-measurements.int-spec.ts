import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  Role,
  SurveyScope,
} from '@partrack/shared';
import { Caller } from '../../src/common/context/caller';
import { IndicatorsService } from '../../src/indicators/indicators.service';
import { MeasurementsService } from '../../src/indicators/measurements.service';
import { PlansService } from '../../src/plans/plans.service';
import { graphql } from '../gql';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { adminCaller } from './par-index.setup';
import { CREATE_SURVEY } from './surveys.documents';

const RECORD = graphql(`
  mutation RecordSurveyMeasurementsForTest($i: RecordSurveyMeasurementsInput!) {
    recordSurveyMeasurements(input: $i) {
      recorded
      rows {
        agencyName
        satisfied
        valid
        share
        outcome
      }
    }
  }
`);

describe("A survey's satisfaction as an indicator's figures", () => {
  let t: TestApp;
  let p: Province;
  let admin: Caller;
  let coordinator: string;
  let viewer: string;
  let surveyId: string;
  const indicatorIds: Record<'ratio' | 'plain', string> = { ratio: '', plain: '' };

  const record = (indicatorId: string, period = '2030', token = coordinator) =>
    t.gql(RECORD, { i: { surveyId, indicatorId, period } }, { token });
  const figures = async (indicatorId: string) =>
    (
      await t.dataSource.query<{ row: string }[]>(
        `SELECT a.code || ' ' || m.status || ' ' || m.value || ' ' || coalesce(m.numerator::text, '-') || '/' ||
                coalesce(m.denominator::text, '-') AS row
           FROM measurement m JOIN agency a ON a.id = m.agency_id
          WHERE m.indicator_id = $1 ORDER BY 1`,
        [indicatorId],
      )
    ).map((r) => r.row);

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'SM');
    await makeUser(t, 'coord@sm.vn', Role.COORDINATOR, p.dept);
    await makeUser(t, 'viewer@sm.vn', Role.VIEWER, p.dept);
    coordinator = (await login(t, 'coord@sm.vn')).accessToken;
    viewer = (await login(t, 'viewer@sm.vn')).accessToken;
    admin = await adminCaller(t, 'admin@sm.vn');
    const plan = await t.app.get(PlansService).create(admin, {
      code: 'KH-2030',
      title: 'Kế hoạch cải cách hành chính năm 2030',
      year: 2030,
      ownerAgencyId: p.root.id,
    });
    const indicators = t.app.get(IndicatorsService);
    for (const [key, aggregation] of [
      ['ratio', IndicatorAggregation.RATIO],
      ['plain', IndicatorAggregation.AVERAGE],
    ] as const) {
      const draft = await indicators.create(admin, {
        planId: plan.id,
        code: `CT-HL-${key.toUpperCase()}`,
        nameVi: 'Mức độ hài lòng của người dân, tổ chức',
        unit: IndicatorUnit.PERCENT,
        aggregation,
        direction: IndicatorDirection.AT_LEAST,
        frequency: IndicatorFrequency.YEAR,
        // Districts only: the department's answers are listed as not reporting.
        reportingLevels: [AgencyLevel.DISTRICT],
        target: 85,
      });
      const active = await indicators.setState(admin, {
        id: draft.id,
        version: draft.version,
        state: IndicatorState.ACTIVE,
      });
      indicatorIds[key] = active.id;
    }
    const created = await t.gql(
      CREATE_SURVEY,
      {
        i: {
          year: 2030,
          period: '2030',
          title: 'Khảo sát sự hài lòng tại bộ phận một cửa năm 2030',
          scope: SurveyScope.PROVINCE,
          questions: [{ code: '1', aspectCode: '1', aspectTitle: 'Chung', text: 'Hài lòng chung' }],
        },
      },
      { token: coordinator },
    );
    surveyId = created.data!.createSurvey.id;
    const question = created.data!.createSurvey.questions[0].id;
    // District: 17 of 20 satisfied (85 %), 2 blank; department: 1 of 2.
    for (const [agencyId, level, count] of [
      [p.district.id, 5, 12],
      [p.district.id, 4, 5],
      [p.district.id, 2, 3],
      [p.district.id, 0, 2],
      [p.dept.id, 5, 1],
      [p.dept.id, 1, 1],
    ] as const)
      await t.dataSource.query(
        `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count) VALUES ($1, $2, $3, $4, $5)`,
        [surveyId, agencyId, question, level, count],
      );
  });
  afterAll(() => t.close());

  it('records satisfied ÷ valid answers as a DRAFT figure of each reporting agency, the others listed', async () => {
    const res = await record(indicatorIds.ratio);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordSurveyMeasurements.recorded).toBe(1);
    // By agency name: Sở Nội vụ, then the district.
    expect(res.data!.recordSurveyMeasurements.rows).toEqual([
      expect.objectContaining({ satisfied: 1, valid: 2, share: 50, outcome: 'NOT_REPORTING' }),
      expect.objectContaining({ satisfied: 17, valid: 20, share: 85, outcome: 'RECORDED' }),
    ]);
    expect(await figures(indicatorIds.ratio)).toEqual([`${p.district.code} DRAFT 85 17/20`]);
  });

  it('records the share itself for an indicator that is not a ratio, and again over its own draft', async () => {
    await record(indicatorIds.plain);
    const again = await record(indicatorIds.plain);
    expect(again.data!.recordSurveyMeasurements.recorded).toBe(1);
    expect(await figures(indicatorIds.plain)).toEqual([`${p.district.code} DRAFT 85 -/-`]);
  });

  it('leaves a submitted figure alone', async () => {
    const [m] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM measurement WHERE indicator_id = $1`,
      [indicatorIds.ratio],
    );
    await t.app.get(MeasurementsService).submit(admin, [m.id]);
    const res = await record(indicatorIds.ratio);
    expect(res.data!.recordSurveyMeasurements.recorded).toBe(0);
    expect(res.data!.recordSurveyMeasurements.rows[1].outcome).toBe('LOCKED');
    expect(await figures(indicatorIds.ratio)).toEqual([`${p.district.code} SUBMITTED 85 17/20`]);
  });

  it("refuses a period not of the indicator's frequency, a viewer, and what is out of reach", async () => {
    const quarter = await record(indicatorIds.plain, '2030-Q1');
    expect(quarter.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(quarter.errors?.[0].extensions)).toContain('period');
    expect((await record(indicatorIds.plain, '2030', viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const missing = await record('00000000-0000-4000-8000-00000000abcd');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
