import {
  bandOf,
  computeParIndex,
  DEFAULT_PAR_BANDS,
  ParTargetGroup,
  rankByIndex,
  toHundredths,
} from '@partrack/shared';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { PAR_RANKING, SET_SURVEY_HELD } from './par-ranking.documents';
import {
  addDepartment,
  DEPARTMENT_BANDS,
  leafPoints,
  openYear,
  rankingDefinition,
  rankingWorld,
  RankingWorld,
  Scores,
  seeded,
  writeScores,
  Year,
} from './par-ranking.setup';

const EXTRA_DEPARTMENTS = 20;

/** The 2031 scores: capped, reappraised, tied, negative and missing points; random ones are added. */
const SCORES: Record<string, Scores> = {
  'PR-SNV': {
    '1.1.1': [10, 11], // a second appraisal above the maximum counts as the maximum
    '1.1.2': [9.37],
    '1.2': [10],
    '2.1': [22.13],
    '2.2': [13.5, 14.25],
    '3.1': [12.5],
    '3.2': [16.66],
    '4.1': [3],
    '4.2': [0.5],
  },
  'PR-STC': {
    '1.1.1': [5],
    '1.1.2': [8],
    '1.2': [7.5],
    '2.1': [20, 18.75],
    '2.2': [12],
    '3.1': [6.25],
    '4.2': [1],
  },
  'PR-SXD': {
    '1.1.1': [5],
    '1.1.2': [8],
    '1.2': [7.5],
    '2.1': [18.75],
    '2.2': [12],
    '3.1': [6.25],
    '4.2': [1],
  },
  'PR-SYT': { '1.1.1': [0], '2.1': [1], '4.2': [2] }, // 1 point, 2 of penalty: index 0
  'PR-D1': {
    '1.1.1': [10],
    '1.1.2': [10],
    '1.2': [10],
    '2.1': [25],
    '2.2': [15],
    '3.1': [12.5],
    '3.2': [17.5],
    '4.1': [3], // 103 points: index 100
  },
  'PR-D2': { '1.1.1': [5], '1.2': [3.33], '2.1': [20.37], '2.2': [11.11], '3.2': [10] },
};

const PREVIOUS: Record<string, Scores> = {
  'PR-SNV': { '1.1.1': [5], '2.1': [20], '3.2': [10.01] },
  'PR-D1': { '2.1': [12.34] },
};

const definitionOf = (group: ParTargetGroup) =>
  rankingDefinition(group, group === ParTargetGroup.DEPARTMENT ? DEPARTMENT_BANDS : []);

/** Random hundredths within each leaf's maximum, some leaves unscored, some reappraised. */
function randomScores(random: () => number): Scores {
  const scores: Scores = {};
  for (const leaf of definitionOf(ParTargetGroup.DEPARTMENT).criteria.filter((c) => c.method !== null)) {
    if (random() < 0.15) continue;
    const draw = () => Math.floor(random() * (toHundredths(leaf.maxPoints) + 1)) / 100;
    scores[leaf.code] = [draw(), random() < 0.3 ? draw() : null];
  }
  return scores;
}

describe('PAR Index ranking', () => {
  let t: TestApp;
  let w: RankingWorld;
  let previous: Year;
  let current: Year;
  const scores: Record<string, Scores> = { ...SCORES };

  const ranking = (cycleId: string, targetGroup?: ParTargetGroup, token = w.token.coordinator) =>
    t.gql(PAR_RANKING, { cycleId, targetGroup }, { token });

  beforeAll(async () => {
    t = await createTestApp();
    w = await rankingWorld(t, 'PR', EXTRA_DEPARTMENTS);
    previous = await openYear(t, w, 2030);
    // A department founded after the 2030 cycle: no previous index.
    await addDepartment(t, w.p, 'SKH', 'Sở Khoa học');
    current = await openYear(t, w, 2031);
    const random = seeded(2031);
    for (let i = 1; i <= EXTRA_DEPARTMENTS; i++)
      scores[`PR-S${String(i).padStart(2, '0')}`] = randomScores(random);
    const groupOf = (code: string) => (code.startsWith('PR-D') ? 'DISTRICT' : 'DEPARTMENT');
    for (const [year, all] of [
      [current, scores],
      [previous, PREVIOUS],
    ] as const)
      for (const [code, s] of Object.entries(all))
        await writeScores(t, year.assessments.get(code)!, year.criteria[groupOf(code)], s);
    await t.dataSource.query(`UPDATE par_assessment SET status = 'FINALISED' WHERE id = $1`, [
      current.assessments.get('PR-SNV'),
    ]);
  });
  afterAll(() => t.close());

  it('gives every assessment the index computeParIndex gives, ranked within its group, with its band', async () => {
    const res = await ranking(current.cycleId);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.parRanking;
    // 5 + 20 + SKH + SNV departments (the root and the commune are in groups without a framework), 2 districts
    expect(rows.length).toBe(EXTRA_DEPARTMENTS + 6 + 2);
    expect(rows.map((r) => r.targetGroup)).toEqual([
      ...Array<string>(EXTRA_DEPARTMENTS + 6).fill('DEPARTMENT'),
      'DISTRICT',
      'DISTRICT',
    ]);
    for (const group of [ParTargetGroup.DEPARTMENT, ParTargetGroup.DISTRICT]) {
      const inGroup = rows.filter((r) => r.targetGroup === group);
      const expected = inGroup.map((r) => ({
        code: r.agency!.code,
        ...computeParIndex(definitionOf(group).criteria, leafPoints(scores[r.agency!.code] ?? {})),
      }));
      expect(
        inGroup.map((r) => ({
          code: r.agency!.code,
          index: r.index,
          points: r.points,
          bonus: r.bonus,
          penalty: r.penalty,
          maxPoints: r.maxPoints,
          areas: r.areas.map(({ code, points, maxPoints, index }) => ({ code, points, maxPoints, index })),
        })),
      ).toEqual(expected);
      const ranks = new Map(rankByIndex(expected, (e) => e.index).map((x) => [x.item.code, x.rank]));
      expect(inGroup.map((r) => [r.agency!.code, r.rank])).toEqual(
        inGroup.map((r) => [r.agency!.code, ranks.get(r.agency!.code)]),
      );
      const bands = group === ParTargetGroup.DEPARTMENT ? DEPARTMENT_BANDS : DEFAULT_PAR_BANDS;
      for (const r of inGroup) {
        const band = bandOf(bands, r.index);
        expect(r.band).toEqual(band ? { code: band.code, label: band.label } : null);
      }
      // Best first; within a rank by agency name.
      expect(inGroup.map((r) => r.rank)).toEqual([...inGroup.map((r) => r.rank)].sort((a, b) => a - b));
    }
    const byCode = new Map(rows.map((r) => [r.agency!.code, r]));
    expect(byCode.get('PR-STC')!.rank).toBe(byCode.get('PR-SXD')!.rank);
    expect(byCode.get('PR-SYT')).toMatchObject({ index: 0, penalty: 2, points: 1 });
    expect(byCode.get('PR-SKH')).toMatchObject({ index: 0, points: 0, maxPoints: 100 });
    expect(byCode.get('PR-SYT')!.rank).toBe(byCode.get('PR-SKH')!.rank);
    expect(byCode.get('PR-D1')).toMatchObject({ index: 100, bonus: 3, rank: 1, band: { code: 'A' } });
    expect(byCode.get('PR-SNV')!.areas.map((a) => [a.code, a.name])).toEqual([
      ['1', 'Chỉ đạo, điều hành'],
      ['2', 'Sự hài lòng'],
      ['3', 'Kết quả'],
    ]);
    expect(byCode.get('PR-D2')!.areas[1]).toMatchObject({ points: 31.48, maxPoints: 40, index: 78.7 });
    expect(byCode.get('PR-SNV')).toMatchObject({ status: 'FINALISED', finalised: true });
    expect(byCode.get('PR-STC')).toMatchObject({ status: 'DRAFT', finalised: false });
  });

  it("gives each agency's index of the year before, null for an agency without one", async () => {
    const rows = (await ranking(current.cycleId)).data!.parRanking;
    for (const r of rows) {
      const code = r.agency!.code;
      const expected = previous.assessments.has(code)
        ? computeParIndex(definitionOf(r.targetGroup).criteria, leafPoints(PREVIOUS[code] ?? {})).index
        : null;
      expect([code, r.previousIndex]).toEqual([code, expected]);
    }
    expect(rows.find((r) => r.agency!.code === 'PR-SKH')!.previousIndex).toBeNull();
    expect(rows.find((r) => r.agency!.code === 'PR-SNV')!.previousIndex).toBe(35.01);
    const earlier = (await ranking(previous.cycleId)).data!.parRanking;
    expect(earlier.every((r) => r.previousIndex === null)).toBe(true);
  });

  it('leaves the survey items out of the points and the maximum of a year without a survey', async () => {
    const setHeld = async (surveyHeld: boolean) => {
      const [{ version }] = await t.dataSource.query<{ version: number }[]>(
        `SELECT version FROM par_cycle WHERE id = $1`,
        [current.cycleId],
      );
      const res = await t.gql(
        SET_SURVEY_HELD,
        { i: { id: current.cycleId, version, surveyHeld } },
        { token: w.token.coordinator },
      );
      expect(res.data?.setParSurveyHeld.surveyHeld).toBe(surveyHeld);
    };
    await setHeld(false);
    try {
      const rows = (await ranking(current.cycleId)).data!.parRanking;
      for (const r of rows) {
        const code = r.agency!.code;
        const expected = computeParIndex(
          definitionOf(r.targetGroup).criteria,
          leafPoints(scores[code] ?? {}),
          {
            surveyHeld: false,
          },
        );
        expect([code, r.index, r.points, r.maxPoints]).toEqual([
          code,
          expected.index,
          expected.points,
          expected.maxPoints,
        ]);
        // The year before had its survey: its index does not move.
        const before = previous.assessments.has(code)
          ? computeParIndex(definitionOf(r.targetGroup).criteria, leafPoints(PREVIOUS[code] ?? {})).index
          : null;
        expect([code, r.previousIndex]).toEqual([code, before]);
      }
      // The sample's survey area ("2", 40 points) is gone: the rest (60) is scaled to 100.
      const snv = rows.find((r) => r.agency!.code === 'PR-SNV')!;
      expect(snv.maxPoints).toBe(60);
      expect(snv.areas.map((a) => a.code)).toEqual(['1', '3']);
    } finally {
      await setHeld(true);
    }
    const again = (await ranking(current.cycleId)).data!.parRanking;
    expect(again.find((r) => r.agency!.code === 'PR-SNV')!.maxPoints).toBe(100);
  });

  it('ranks one target group alone', async () => {
    const rows = (await ranking(current.cycleId, ParTargetGroup.DISTRICT)).data!.parRanking;
    expect(rows.map((r) => [r.agency!.code, r.rank])).toEqual([
      ['PR-D1', 1],
      ['PR-D2', 2],
    ]);
    expect((await ranking(current.cycleId, ParTargetGroup.COMMUNE)).data!.parRanking).toEqual([]);
  });

  it('answers NOT_FOUND for a cycle of another province, as for one that does not exist', async () => {
    const foreign = await ranking(current.cycleId, undefined, w.token.other);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await ranking('00000000-0000-4000-8000-00000000abcd');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const officer = await ranking(current.cycleId, undefined, w.token.officer);
    expect(officer.data?.parRanking.length).toBeGreaterThan(0);
  });

  it('computes the ranking in one SQL statement, whatever the number of rows', async () => {
    const run = (group?: ParTargetGroup) => statementsDuring(t, () => ranking(current.cycleId, group));
    const all = await run();
    const two = await run(ParTargetGroup.DISTRICT);
    // The per-area totals the triggers keep, never the scores themselves.
    expect(all.filter((sql) => sql.includes('par_area_total')).length).toBe(1);
    expect(all.filter((sql) => sql.includes('par_score')).length).toBe(0);
    expect(all.length).toBe(two.length);
  });
});
