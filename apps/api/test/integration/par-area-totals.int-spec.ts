import { createTestApp, TestApp } from '../support/test-app';
import { openYear, rankingWorld, RankingWorld, seeded, writeScores, Year } from './par-ranking.setup';

/**
 * `par_area_total` is kept by statement triggers on `par_score` (migration ParAreaTotals) and read by the ranking
 * instead of the scores. Whatever writes the scores — one row or many, inserts, upserts, updates of any column,
 * deletes, at the same time — the totals must equal what the scores give when summed from scratch with the rule
 * the ranking used to apply itself (finalPoints in hundredths, within [0, the item's maximum], per area and kind).
 */
const FROM_SCRATCH = `
  SELECT s.assessment_id, coalesce(g.id, p.id, c.id) AS area_id,
         coalesce(sum(e.h) FILTER (WHERE c.method NOT IN ('SURVEY', 'BONUS', 'PENALTY')), 0)::bigint AS points_h,
         coalesce(sum(e.h) FILTER (WHERE c.method = 'SURVEY'), 0)::bigint AS survey_h,
         coalesce(sum(e.h) FILTER (WHERE c.method = 'BONUS'), 0)::bigint AS bonus_h,
         coalesce(sum(e.h) FILTER (WHERE c.method = 'PENALTY'), 0)::bigint AS penalty_h
    FROM par_score s
    JOIN par_criterion c ON c.id = s.criterion_id
    CROSS JOIN LATERAL (
      SELECT least(greatest((coalesce(s.reappraised_points, s.appraised_points) * 100)::int, 0),
                   (c.max_points * 100)::int) AS h
    ) e
    LEFT JOIN par_criterion p ON p.id = c.parent_id
    LEFT JOIN par_criterion g ON g.id = p.parent_id
   WHERE c.method IS NOT NULL AND NOT EXISTS (SELECT 1 FROM par_criterion k WHERE k.parent_id = c.id)
   GROUP BY 1, 2`;

interface Total {
  assessment_id: string;
  area_id: string;
  points_h: string;
  survey_h: string;
  bonus_h: string;
  penalty_h: string;
}

/** Rows with something in them, in a fixed order: a total decremented to zero is the same as no row. */
const nonZero = (rows: Total[]) =>
  rows
    .filter((r) => [r.points_h, r.survey_h, r.bonus_h, r.penalty_h].some((v) => v !== '0'))
    .map((r) => `${r.assessment_id}/${r.area_id}: ${r.points_h} ${r.survey_h} ${r.bonus_h} ${r.penalty_h}`)
    .sort();

describe('PAR Index area totals (kept by triggers on par_score)', () => {
  let t: TestApp;
  let w: RankingWorld;
  let year: Year;
  let leaves: string[];

  const stored = async () =>
    nonZero(
      await t.dataSource.query(
        'SELECT assessment_id, area_id, points_h::text, survey_h::text, bonus_h::text, penalty_h::text FROM par_area_total',
      ),
    );
  const expected = async () =>
    nonZero(
      await t.dataSource.query(
        `SELECT assessment_id, area_id, points_h::text, survey_h::text, bonus_h::text, penalty_h::text
           FROM (${FROM_SCRATCH}) x`,
      ),
    );
  const department = (code: string) => year.assessments.get(`AT-${code}`)!;

  beforeAll(async () => {
    t = await createTestApp();
    w = await rankingWorld(t, 'AT', 6);
    year = await openYear(t, w, 2032);
    const criteria = year.criteria.DEPARTMENT;
    leaves = ['1.1.1', '1.1.2', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'].map((c) => criteria.get(c)!);
  });
  afterAll(() => t.close());

  it('follows inserts, upserts, updates of any column and deletes, one row or many at a time', async () => {
    const random = seeded(2032);
    const points = (max: number) => Math.round((random() * 1.4 - 0.2) * max * 100) / 100; // also < 0 and > max
    const assessments = [...year.assessments.values()];
    for (let round = 0; round < 40; round++) {
      const a = assessments[Math.floor(random() * assessments.length)];
      const leaf = leaves[Math.floor(random() * leaves.length)];
      const move = random();
      if (move < 0.35)
        await writeScores(t, a, year.criteria.DEPARTMENT, {
          [[...year.criteria.DEPARTMENT.entries()].find(([, id]) => id === leaf)![0]]: [
            points(20),
            random() < 0.4 ? points(20) : null,
          ],
        });
      else if (move < 0.55)
        // Many rows in one statement, some of them unchanged.
        await t.dataSource.query(
          `UPDATE par_score SET appraised_points = round((appraised_points * 0.5)::numeric, 2) WHERE assessment_id = $1`,
          [a],
        );
      else if (move < 0.7)
        await t.dataSource.query(
          `UPDATE par_score SET reappraised_points = $2 WHERE assessment_id = $1 AND criterion_id = $3`,
          [a, points(15), leaf],
        );
      else if (move < 0.8)
        await t.dataSource.query(`UPDATE par_score SET self_note = 'ghi chú' WHERE assessment_id = $1`, [a]);
      else
        await t.dataSource.query(`DELETE FROM par_score WHERE assessment_id = $1 AND criterion_id = $2`, [
          a,
          leaf,
        ]);
      if (round % 10 === 9) expect(await stored()).toEqual(await expected());
    }
    // Every leaf of one assessment written in a single INSERT.
    await t.dataSource.query(
      `INSERT INTO par_score (assessment_id, criterion_id, appraised_points)
       SELECT $1, id, 1.25 FROM unnest($2::uuid[]) id
       ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET appraised_points = excluded.appraised_points`,
      [department('S01'), leaves],
    );
    const final = await stored();
    expect(final).toEqual(await expected());
    expect(final.length).toBeGreaterThan(10);
  });

  it('stays exact when 30 writes to one assessment run at the same time', async () => {
    const a = department('S02');
    await t.dataSource.query(`DELETE FROM par_score WHERE assessment_id = $1`, [a]);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.dataSource.query(
          `INSERT INTO par_score (assessment_id, criterion_id, appraised_points) VALUES ($1, $2, $3)
           ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET appraised_points = par_score.appraised_points + 0.5`,
          [a, leaves[i % leaves.length], 1],
        ),
      ),
    );
    const mine = (rows: string[]) => rows.filter((r) => r.startsWith(a));
    expect(mine(await stored())).toEqual(mine(await expected()));
    expect(mine(await stored()).length).toBe(4);
  });

  it('goes with its assessment', async () => {
    const a = department('S03');
    await writeScores(t, a, year.criteria.DEPARTMENT, { '1.2': [4], '3.1': [6.25] });
    expect((await stored()).some((r) => r.startsWith(a))).toBe(true);
    await t.dataSource.query('DELETE FROM par_assessment WHERE id = $1', [a]);
    expect((await stored()).some((r) => r.startsWith(a))).toBe(false);
    expect(await stored()).toEqual(await expected());
  });
});
