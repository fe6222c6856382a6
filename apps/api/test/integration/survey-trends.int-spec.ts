import { Role, SurveySector, SurveyStatus } from '@partrack/shared';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { plantSurvey } from './survey-plant.setup';
import { SURVEY_TRENDS } from './survey-trends.documents';

describe('Survey trends and sector comparison', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let viewer: string;

  beforeAll(async () => {
    t = await createTestApp();
    [p, q] = await Promise.all([makeProvince(t, 'TS'), makeProvince(t, 'TQ')]);
    await makeUser(t, 'viewer@ts.vn', Role.VIEWER, p.root);
    viewer = (await login(t, 'viewer@ts.vn')).accessToken;
    // 2024-H1, province-wide, CLOSED: aspect 1 → 90 of 100 satisfied, aspect 2 → 80 of 100 (5 blanks).
    await plantSurvey(t, {
      provinceId: p.root.id,
      year: 2024,
      period: '2024-H1',
      status: SurveyStatus.CLOSED,
      aspects: ['1', '2'],
      results: [
        {
          agencyId: p.district.id,
          respondents: 105,
          byAspect: { 1: [0, 0, 0, 10, 30, 60], 2: [5, 0, 10, 10, 40, 40] },
        },
      ],
    });
    // 2024-H2, land sector, OPEN: aspect 1 only, 80 of 100 at the district, 100 of 100 at the commune.
    await plantSurvey(t, {
      provinceId: p.root.id,
      year: 2024,
      period: '2024-H2',
      status: SurveyStatus.OPEN,
      sector: SurveySector.LAND,
      aspects: ['1'],
      results: [
        { agencyId: p.district.id, respondents: 100, byAspect: { 1: [0, 0, 10, 10, 40, 40] } },
        { agencyId: p.commune.id, respondents: 100, byAspect: { 1: [0, 0, 0, 0, 50, 50] } },
      ],
    });
    // Never counted: a DRAFT of the range, and another province's survey.
    await plantSurvey(t, {
      provinceId: p.root.id,
      year: 2024,
      period: '2024-H2',
      status: SurveyStatus.DRAFT,
      aspects: ['1'],
      results: [{ agencyId: p.district.id, respondents: 9, byAspect: { 1: [0, 9, 0, 0, 0, 0] } }],
    });
    await plantSurvey(t, {
      provinceId: q.root.id,
      year: 2024,
      period: '2024-H1',
      status: SurveyStatus.CLOSED,
      aspects: ['1'],
      results: [{ agencyId: q.district.id, respondents: 7, byAspect: { 1: [0, 7, 0, 0, 0, 0] } }],
    });
  }, 60_000);
  afterAll(() => t.close());

  const trends = (filter: { fromYear: number; toYear: number; agencyId?: string; sector?: SurveySector }) =>
    t.gql(SURVEY_TRENDS, { filter }, { token: viewer });

  it('pools each period’s answers, overall and per aspect, with the change in points', async () => {
    const r = (await trends({ fromYear: 2024, toYear: 2024 })).data!.surveyTrends;
    expect(r.target).toBe(85);
    expect(
      r.periods.map((x) => [x.period, x.surveys, x.respondents, x.valid, x.satisfied, x.share, x.change]),
    ).toEqual([
      ['2024-H1', 1, 105, 200, 170, 85, null],
      ['2024-H2', 1, 200, 200, 180, 90, 5],
    ]);
    expect(r.periods[0].aspects.map((a) => [a.aspectCode, a.aspectTitle, a.share, a.change])).toEqual([
      ['1', 'Khía cạnh 1', 90, null],
      ['2', 'Khía cạnh 2', 80, null],
    ]);
    expect(r.periods[1].aspects.map((a) => [a.aspectCode, a.share, a.change])).toEqual([['1', 90, 0]]);
    expect(r.sectors).toEqual([
      { sector: 'LAND', target: 80, periods: [{ period: '2024-H2', share: 90, change: null }] },
    ]);
  });

  it('narrows to one agency or one sector, with the sector’s target', async () => {
    const commune = (await trends({ fromYear: 2024, toYear: 2024, agencyId: p.commune.id })).data!
      .surveyTrends;
    expect(commune.periods.map((x) => [x.period, x.respondents, x.share, x.change])).toEqual([
      ['2024-H1', 0, null, null],
      ['2024-H2', 100, 100, null],
    ]);
    const land = (await trends({ fromYear: 2024, toYear: 2024, sector: SurveySector.LAND })).data!
      .surveyTrends;
    expect(land.target).toBe(80);
    expect(land.periods.map((x) => [x.period, x.share])).toEqual([['2024-H2', 90]]);
  });

  it('reads a fixed number of statements whatever the number of surveys', async () => {
    const few = await statementsDuring(t, () => trends({ fromYear: 2024, toYear: 2024 }));
    for (let i = 0; i < 8; i++)
      await plantSurvey(t, {
        provinceId: p.root.id,
        year: 2026,
        period: `2026-Q${(i % 4) + 1}`,
        status: SurveyStatus.CLOSED,
        aspects: ['1', '2', '3'],
        results: [
          { agencyId: p.dept.id, respondents: 3, byAspect: { 1: [0, 0, 0, 1, 1, 1], 3: [1, 0, 0, 0, 0, 2] } },
        ],
      });
    const many = await statementsDuring(t, async () => {
      const r = await trends({ fromYear: 2024, toYear: 2026 });
      expect(r.data!.surveyTrends.periods).toHaveLength(6);
    });
    expect(many.length).toBe(few.length);
  });

  it('answers NOT_FOUND for another province’s agency and BAD_USER_INPUT for a reversed range', async () => {
    const other = await trends({ fromYear: 2024, toYear: 2024, agencyId: q.district.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const reversed = await trends({ fromYear: 2025, toYear: 2024 });
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((reversed.errors?.[0]?.extensions?.fields as { field: string }[])[0].field).toBe('toYear');
  });
});
