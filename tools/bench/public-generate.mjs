// Surveys and inspection plans for the public summary benchmark (`--only public`), added to the `tasks` data set
// (partrack_bench) with set-based SQL: per province, for YEAR, three CLOSED surveys (province-wide, land and
// health sectors) of 20 questions in 5 aspects answered about every department and district (about 35 desks),
// one DRAFT survey with answers (never shown), and an APPROVED inspection plan with a third of its departments,
// districts and communes visited (two thirds of them DONE). Idempotent: it replaces what an earlier run added.
import { performance } from 'node:perf_hooks';

export const PUBLIC_BENCH_YEAR = 2022;
const TITLE = 'Bench — khảo sát';
const QUESTIONS = 20;
const ASPECTS = 5;

/** @param {import('pg').Client} db @param {Function} log */
export async function generatePublicData(db, log) {
  const t0 = performance.now();
  const step = async (name, sql, params = []) => {
    const start = performance.now();
    const r = await db.query(sql, params);
    log(`  ${name}: ${r.rowCount ?? ''} rows in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return r;
  };
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SELECT setseed(0.2022)`);
  await step('drop earlier surveys', `DELETE FROM survey WHERE title LIKE $1`, [`${TITLE}%`]);
  await step(
    'drop earlier inspection plans',
    `DELETE FROM inspection_plan WHERE year = $1 AND province_id IN (SELECT id FROM agency WHERE parent_id IS NULL)`,
    [PUBLIC_BENCH_YEAR],
  );
  await step(
    'surveys',
    `INSERT INTO survey (province_id, year, period, title, scope, sector, satisfied_levels, status)
     SELECT r.id, $1, $3, $2 || ' ' || s.n, s.scope::survey_scope, s.sector::survey_sector, 2,
            s.status::survey_status
       FROM agency r
      CROSS JOIN (VALUES (1, 'PROVINCE', NULL, 'CLOSED'), (2, 'SECTOR', 'LAND', 'CLOSED'),
                         (3, 'SECTOR', 'HEALTH', 'CLOSED'), (4, 'PROVINCE', NULL, 'DRAFT'))
            AS s(n, scope, sector, status)
      WHERE r.parent_id IS NULL`,
    [PUBLIC_BENCH_YEAR, TITLE, String(PUBLIC_BENCH_YEAR)],
  );
  await step(
    'questions',
    `INSERT INTO survey_question (survey_id, code, aspect_code, aspect_title, position, text)
     SELECT s.id, ((q - 1) / 4 + 1) || '.' || ((q - 1) % 4 + 1), ((q - 1) / 4 + 1)::text,
            'Yếu tố ' || ((q - 1) / 4 + 1), q, 'Câu hỏi ' || q
       FROM survey s CROSS JOIN generate_series(1, ${QUESTIONS}) q
      WHERE s.title LIKE $1`,
    [`${TITLE}%`],
  );
  // The desks asked about: the province's departments and district committees (level PROVINCE or DISTRICT).
  await step(
    'answers',
    `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count)
     SELECT s.id, a.id, q.id, lv, (CASE WHEN lv >= 4 THEN 20 + floor(random() * 40) ELSE floor(random() * 8) END)::int
       FROM survey s
       JOIN agency a ON a.parent_id = s.province_id AND a.level IN ('PROVINCE', 'DISTRICT')
       JOIN survey_question q ON q.survey_id = s.id
      CROSS JOIN generate_series(0, 5) lv
      WHERE s.title LIKE $1`,
    [`${TITLE}%`],
  );
  await step(
    'respondents',
    `INSERT INTO survey_respondents (survey_id, agency_id, respondents, source)
     SELECT r.survey_id, r.agency_id, max(t.n), 'COUNTS'
       FROM survey_result r JOIN survey s ON s.id = r.survey_id
       JOIN LATERAL (SELECT sum(r2.count) AS n FROM survey_result r2
                      WHERE r2.survey_id = r.survey_id AND r2.agency_id = r.agency_id
                        AND r2.question_id = r.question_id) t ON true
      WHERE s.title LIKE $1
      GROUP BY r.survey_id, r.agency_id`,
    [`${TITLE}%`],
  );
  await step(
    'inspection plans',
    `INSERT INTO inspection_plan (province_id, year, status, coverage_province, coverage_district, coverage_commune)
     SELECT id, $1, 'APPROVED', 30, 30, 30 FROM agency WHERE parent_id IS NULL`,
    [PUBLIC_BENCH_YEAR],
  );
  await step(
    'inspections',
    `INSERT INTO inspection (plan_id, agency_id, month, status)
     SELECT ip.id, a.id, 1 + floor(random() * 12)::int,
            (CASE WHEN random() < 0.67 THEN 'DONE' ELSE 'PLANNED' END)::inspection_status
       FROM agency a JOIN agency up ON up.id = a.parent_id
       -- Departments and districts hang under the root, communes under a district.
       JOIN inspection_plan ip ON ip.province_id = CASE WHEN up.parent_id IS NULL THEN up.id ELSE up.parent_id END
      WHERE ip.year = $1 AND random() < 0.33
        AND ((a.level = 'PROVINCE' AND a.kind IN ('DEPARTMENT', 'SECTOR_BRANCH'))
             OR (a.kind = 'PEOPLES_COMMITTEE' AND a.level IN ('DISTRICT', 'COMMUNE')))`,
    [PUBLIC_BENCH_YEAR],
  );
  await db.query(
    `ANALYZE survey, survey_question, survey_result, survey_respondents, inspection_plan, inspection`,
  );
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM survey)::int AS surveys, (SELECT count(*) FROM survey_result)::int AS answers,
            (SELECT count(*) FROM inspection_plan)::int AS plans, (SELECT count(*) FROM inspection)::int AS inspections`,
  );
  return { seconds: Math.round((performance.now() - t0) / 100) / 10, ...rows[0] };
}
