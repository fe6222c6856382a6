// Generates the PAR Index ranking data set (issue goal: 1,000 agencies × 120 criteria ranked by one statement)
// in a database migrated by the API's own migrations: the province of the indicator benchmark (1,000 agencies,
// from indicators-generate.mjs), one framework a year of 8 areas × 3 criteria × 5 sub-criteria (120 scored
// leaves: survey, data, manual, one bonus and one penalty), the cycles of two years with an assessment for
// every agency, and a score on every leaf of every assessment (appraised, a quarter reappraised).
//
// For points at risk (parPointsAtRisk, issue goal: a whole province under 2 s): 10 DATA leaves of each framework
// carry a data rule (half TASKS_ON_TIME, some of one reform area, half REPORTS_ON_TIME); the ranked year has
// an ACTIVE plan of the province root with 20,000 tasks, each led by one agency, and the four periodic reporting
// rounds with a report of every reporting agency (some late, some never sent).
//
// The framework is built in Node (small) and inserted with unnest; the ≈ 240,000 scores, the tasks, their
// leads and the reports by Postgres itself (INSERT … SELECT over generate_series or the assessments × leaves),
// then VACUUM (ANALYZE).
import { performance } from 'node:perf_hooks';
import { agencyRows, INDICATOR_LAYOUT } from './indicators-generate.mjs';
import { fold, TITLE_FIELDS, TITLE_OBJECTS, TITLE_VERBS } from './vocab.mjs';

export const PAR_LAYOUT = Object.freeze({
  areas: 8,
  criteriaPerArea: 3,
  subCriteriaPerCriterion: 5,
  /** The ranked cycle, and the one before it (for previousIndex) */
  year: 2024,
  previousYear: 2023,
  /** Every agency is scored in one group: the worst case for RANK() */
  targetGroup: 'COMMUNE',
  /** Points at risk: DATA leaves with a data rule, and lead tasks of the ranked year's plan */
  dataRules: 10,
  tasks: 20_000,
});

/** The reform areas of the TASKS_ON_TIME rules in turn (null: every area). */
const RULE_AREAS = [null, 'II', null, 'IV', 'VII'];

/**
 * A data rule for the n-th ruled leaf (maximum in hundredths): even n read tasks, odd n reports. Full points
 * from 90 % on time, half from 60 %, a quarter from 30 %.
 */
function dataRule(n, maxH) {
  const tasks = n % 2 === 0;
  return {
    source: tasks ? 'TASKS_ON_TIME' : 'REPORTS_ON_TIME',
    areaCode: tasks ? RULE_AREAS[(n / 2) % RULE_AREAS.length] : null,
    thresholds: [
      { atLeast: 90, points: maxH / 100 },
      { atLeast: 60, points: Math.floor(maxH / 2) / 100 },
      { atLeast: 30, points: Math.floor(maxH / 4) / 100 },
    ],
  };
}

/**
 * The four periodic rounds of a year as reportingPeriods() of libs/shared sets them with the default due
 * offsets (checked for 2024): [kind, title, period, data from, data to, due, due province, district, commune].
 */
function reportRounds(year) {
  const y = (md) => `${year}-${md}`;
  const prev = (md) => `${year - 1}-${md}`;
  return [
    [
      'Q1',
      `Báo cáo cải cách hành chính quý I năm ${year}`,
      `${year}-Q1`,
      prev('12-15'),
      y('03-14'),
      y('03-20'),
      y('03-20'),
      y('03-15'),
      y('03-08'),
    ],
    [
      'H1',
      `Báo cáo cải cách hành chính 6 tháng đầu năm ${year}`,
      `${year}-H1`,
      prev('12-15'),
      y('06-14'),
      y('06-20'),
      y('06-20'),
      y('06-14'),
      y('06-07'),
    ],
    [
      'Q3',
      `Báo cáo cải cách hành chính quý III năm ${year}`,
      `${year}-Q3`,
      y('06-15'),
      y('09-14'),
      y('09-20'),
      y('09-20'),
      y('09-13'),
      y('09-06'),
    ],
    [
      'YEAR',
      `Báo cáo cải cách hành chính năm ${year}`,
      `${year}`,
      prev('12-15'),
      y('12-14'),
      y('12-20'),
      y('12-20'),
      y('12-13'),
      y('12-06'),
    ],
  ];
}

const AREA_TITLES = [
  'Công tác chỉ đạo, điều hành cải cách hành chính',
  'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
  'Tác động của cải cách hành chính',
];

/** The framework's items in tree order: [code, parentCode, level, title, maxPoints, method, dataRule JSON]. */
export function frameworkItems(layout = PAR_LAYOUT) {
  const leaves = [];
  for (let a = 1; a <= layout.areas; a++)
    for (let c = 1; c <= layout.criteriaPerArea; c++)
      for (let s = 1; s <= layout.subCriteriaPerCriterion; s++) {
        const k = leaves.length;
        const last = a === layout.areas && c === layout.criteriaPerArea;
        const method =
          last && s === layout.subCriteriaPerCriterion - 1
            ? 'BONUS'
            : last && s === layout.subCriteriaPerCriterion
              ? 'PENALTY'
              : a === 2
                ? 'SURVEY'
                : k % 3 === 0
                  ? 'DATA'
                  : 'MANUAL';
        leaves.push({ code: `${a}.${c}.${s}`, a, c, maxH: 50 + (k % 4) * 25, method });
      }
  // Every third DATA leaf (out of 35), spread over the areas, up to layout.dataRules of them.
  const ruled = new Map(
    leaves
      .filter((l) => l.method === 'DATA')
      .filter((_, j) => j % 3 === 1)
      .slice(0, layout.dataRules)
      .map((l, n) => [l.code, JSON.stringify(dataRule(n, l.maxH))]),
  );
  const sum = (list) => list.reduce((t, l) => t + l.maxH, 0);
  const items = [];
  for (let a = 1; a <= layout.areas; a++) {
    const inArea = leaves.filter((l) => l.a === a);
    items.push([
      String(a),
      null,
      'AREA',
      AREA_TITLES[a - 1] ?? `Lĩnh vực ${a}`,
      sum(inArea) / 100,
      null,
      null,
    ]);
    for (let c = 1; c <= layout.criteriaPerArea; c++) {
      const inCriterion = inArea.filter((l) => l.c === c);
      items.push([
        `${a}.${c}`,
        String(a),
        'CRITERION',
        `Tiêu chí ${a}.${c}`,
        sum(inCriterion) / 100,
        null,
        null,
      ]);
      for (const l of inCriterion)
        items.push([
          l.code,
          `${a}.${c}`,
          'SUB_CRITERION',
          `Tiêu chí thành phần ${l.code}`,
          l.maxH / 100,
          l.method,
          ruled.get(l.code) ?? null,
        ]);
    }
  }
  const counted = leaves.filter((l) => l.method !== 'BONUS' && l.method !== 'PENALTY');
  return { items, leaves: leaves.length, totalPoints: sum(counted) / 100, dataRules: ruled.size };
}

/**
 * @param {import('pg').Client} client connected to the (migrated, empty) database
 * @param {{ log: (msg: string) => void }} opts
 */
export async function generateParData(client, { log, layout = PAR_LAYOUT }) {
  const steps = [];
  const t0 = performance.now();
  const step = async (name, sql, params) => {
    const start = performance.now();
    const result = await client.query(sql, params);
    const seconds = (performance.now() - start) / 1000;
    steps.push({ step: name, seconds: Math.round(seconds * 100) / 100, rows: result.rowCount ?? null });
    log(`  ${name}: ${result.rowCount ?? ''} rows in ${seconds.toFixed(1)} s`);
    return result;
  };
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`SELECT setseed(0.2024)`);

  // The indicator benchmark's province, its merges left out: all 1,000 agencies are current and scored.
  const agencies = agencyRows(INDICATOR_LAYOUT);
  const col = (f) => agencies.map(f);
  await step(
    'agency',
    `WITH src AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
              AS s(code, name, kind, level, parent, search_text)
     ), ids AS (SELECT src.*, gen_random_uuid() AS id FROM src)
     INSERT INTO agency (id, code, name, kind, level, parent_id, valid_from, search_text)
     SELECT a.id, a.code, a.name, a.kind::agency_kind, a.level::agency_level, p.id, DATE '2015-01-01', a.search_text
       FROM ids a LEFT JOIN ids p ON p.code = a.parent ORDER BY a.code`,
    [
      col((a) => a.code),
      col((a) => a.name),
      col((a) => a.kind),
      col((a) => a.level),
      col((a) => a.parent ?? null),
      col((a) => fold(`${a.code} | ${a.name}`)),
    ],
  );
  const rootCode = INDICATOR_LAYOUT.province[0];
  const { items, leaves, totalPoints, dataRules } = frameworkItems(layout);
  const cycles = {};
  for (const year of [layout.previousYear, layout.year]) {
    const {
      rows: [framework],
    } = await step(
      `par_framework ${year}`,
      `INSERT INTO par_framework (province_id, year, target_group, name, total_points, bands, status, locked_at)
       SELECT id, $1, $2::par_target_group, $3, $4, $5::jsonb, 'LOCKED', now() FROM agency WHERE code = $6
       RETURNING id`,
      [
        year,
        layout.targetGroup,
        `Bộ tiêu chí Chỉ số CCHC năm ${year}`,
        totalPoints,
        JSON.stringify([
          { code: 'A', label: 'Xuất sắc', minIndex: 90 },
          { code: 'B', label: 'Tốt', minIndex: 80 },
          { code: 'C', label: 'Khá', minIndex: 70 },
          { code: 'D', label: 'Trung bình', minIndex: 0 },
        ]),
        rootCode,
      ],
    );
    const ic = (k) => items.map((i) => i[k]);
    await step(
      `par_criterion ${year}`,
      `WITH src AS (
         SELECT s.*, gen_random_uuid() AS id
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::text[])
                WITH ORDINALITY
                AS s(code, parent, level, title, max_points, method, data_rule, n)
       )
       INSERT INTO par_criterion (id, framework_id, parent_id, level, code, position, title, max_points, method,
                                  data_rule)
       SELECT c.id, $1, p.id, c.level::par_criterion_level, c.code, c.n, c.title, c.max_points,
              c.method::par_scoring_method, c.data_rule::jsonb
         FROM src c LEFT JOIN src p ON p.code = c.parent`,
      [framework.id, ic(0), ic(1), ic(2), ic(3), ic(4), ic(5), ic(6)],
    );
    const published = year === layout.previousYear;
    const {
      rows: [cycle],
    } = await step(
      `par_cycle ${year}`,
      `INSERT INTO par_cycle (province_id, year, name, status, self_assessment_due, appraisal_due, publication_due,
                              framework_ids, published_at)
       SELECT id, $1, $2, $3::par_cycle_status, make_date($1, 10, 31), make_date($1, 11, 30), make_date($1, 12, 31),
              ARRAY[$4::uuid], CASE WHEN $3 = 'PUBLISHED' THEN now() END
         FROM agency WHERE code = $5
       RETURNING id`,
      [year, `Chỉ số CCHC năm ${year}`, published ? 'PUBLISHED' : 'OPEN', framework.id, rootCode],
    );
    await step(
      `par_assessment ${year}`,
      `INSERT INTO par_assessment (cycle_id, agency_id, framework_id, status)
       SELECT $1, a.id, $2, (CASE WHEN $3 OR r < 0.6 THEN 'FINALISED' WHEN r < 0.8 THEN 'REAPPRAISAL'
                                  ELSE 'APPRAISED' END)::par_assessment_status
         FROM agency a CROSS JOIN LATERAL (SELECT random() AS r) x`,
      [cycle.id, framework.id, published],
    );
    // Points in hundredths within each leaf's maximum, skewed up (agencies score most of their points);
    // a quarter of the leaves appraised a second time.
    await step(
      `par_score ${year}`,
      `INSERT INTO par_score (assessment_id, criterion_id, self_points, appraised_points, reappraised_points)
       SELECT x.id, c.id, c.max_points,
              round(c.max_points * (1 - random() ^ 2)::numeric, 2),
              CASE WHEN random() < 0.25 THEN round(c.max_points * (1 - random() ^ 2)::numeric, 2) END
         FROM par_assessment x
         JOIN par_criterion c ON c.framework_id = x.framework_id AND c.method IS NOT NULL
        WHERE x.cycle_id = $1`,
      [cycle.id],
    );
    cycles[year] = cycle.id;
  }
  await generateRecords(step, layout, rootCode);
  await step('vacuum analyze', `VACUUM (ANALYZE)`);
  return {
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    steps,
    leaves,
    items: items.length,
    totalPoints,
    dataRules,
    cycleId: cycles[layout.year],
    previousCycleId: cycles[layout.previousYear],
  };
}

/**
 * The records the data rules read, for the ranked year: the province root's ACTIVE plan with layout.tasks
 * tasks (reform areas I–VII, due over the year; 60 % DONE, completed from 28 days before to 11 days after the
 * deadline, so about a quarter of them late; 20 % in progress, 20 % not started), each led by one agency drawn
 * at random; the four periodic reporting rounds, with a report of every agency but the province committee
 * (the reporters ReportingRoundsService.createReports creates), due on its level's date: 67 % sent on time,
 * 25 % late, 8 % never.
 */
async function generateRecords(step, layout, rootCode) {
  const year = layout.year;
  const provinceName = INDICATOR_LAYOUT.province[1];
  const planCode = `KH-CCHC-${year}-${rootCode}`;
  const planTitle = `Kế hoạch cải cách hành chính năm ${year} của UBND tỉnh ${provinceName}`;
  const {
    rows: [plan],
  } = await step(
    'plan',
    `INSERT INTO plan (code, title, year, decision_number, decision_date, signer_agency_id, owner_agency_id, status,
                       search_text)
     SELECT $1, $2, $3::int, '3120/QĐ-UBND', make_date($3::int - 1, 12, 20), id, id, 'ACTIVE', $4
       FROM agency WHERE code = $5
     RETURNING id`,
    [planCode, planTitle, year, fold(`${planCode} | ${planTitle}`), rootCode],
  );
  const titles = TITLE_VERBS.flatMap((v, i) =>
    TITLE_OBJECTS.map((o, j) => `${v} ${o} ${TITLE_FIELDS[(i + j) % TITLE_FIELDS.length]}`),
  );
  await step(
    'plan_item (tasks)',
    `INSERT INTO plan_item (plan_id, kind, code, title, area_code, sort_order, due_label, due_date, status, progress,
                            completed_on, search_text)
     WITH t AS MATERIALIZED (
       SELECT g, 1 + floor(random() * cardinality($3::text[]))::int AS ti, floor(random() * 7)::int AS area,
              make_date($2::int, 1, 10) + floor(random() * 355)::int AS due, random() AS rs, random() AS rc
         FROM generate_series(1, $5::int) g
     ), k AS (
       SELECT t.*, CASE WHEN rs < 0.6 THEN 'DONE' WHEN rs < 0.8 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END AS status
         FROM t
     )
     SELECT $1, 'TASK', '3.' || g, ($3::text[])[ti], (ARRAY['I','II','III','IV','V','VI','VII'])[area + 1], g,
            'Quý ' || (ARRAY['I','II','III','IV'])[extract(quarter FROM due)::int] || '/' || $2::int, due,
            status::plan_item_status,
            CASE status WHEN 'DONE' THEN 100 WHEN 'NOT_STARTED' THEN 0 ELSE 10 + floor(rc * 80)::int END,
            CASE WHEN status = 'DONE' THEN due + (floor(rc * 40)::int - 28) END,
            '3.' || g || ' ' || ($4::text[])[ti]
       FROM k ORDER BY g`,
    [plan.id, year, titles, titles.map(fold), layout.tasks],
  );
  await step(
    'plan_item_agency (leads)',
    `INSERT INTO plan_item_agency (item_id, role, agency_id, source_text, position)
     WITH a AS MATERIALIZED (SELECT id, name, row_number() OVER (ORDER BY code)::int AS o FROM agency),
          i AS MATERIALIZED (
            SELECT id, sort_order, 1 + floor(random() * (SELECT count(*) FROM a))::int AS o
              FROM plan_item WHERE plan_id = $1
          )
     SELECT i.id, 'LEAD', a.id, a.name, 0 FROM i JOIN a ON a.o = i.o ORDER BY i.sort_order`,
    [plan.id],
  );
  const rounds = reportRounds(year);
  const rc = (k) => rounds.map((r) => r[k]);
  await step(
    'reporting_round',
    `INSERT INTO reporting_round (province_id, kind, year, title, period, data_from, data_to, due_date, due_province,
                                  due_district, due_commune, levels)
     SELECT p.id, r.kind::report_round_kind, $1, r.title, r.period, r.data_from, r.data_to, r.due, r.due_p, r.due_d,
            r.due_c, '{PROVINCE,DISTRICT,COMMUNE}'::report_round_level[]
       FROM agency p,
            unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::date[], $9::date[], $10::date[],
                   $11::date[]) AS r(kind, title, period, data_from, data_to, due, due_p, due_d, due_c)
      WHERE p.code = $2`,
    [year, rootCode, ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map(rc)],
  );
  await step(
    'agency_report',
    `INSERT INTO agency_report (round_id, agency_id, status, due_date, submitted_at, late, accepted_at, narrative)
     WITH x AS MATERIALIZED (
       SELECT rr.id AS round_id, a.id AS agency_id, rr.due_date AS round_due,
              CASE a.level WHEN 'COMMUNE' THEN rr.due_commune WHEN 'DISTRICT' THEN rr.due_district
                           ELSE rr.due_province END AS due,
              random() AS rs, random() AS rd, random() AS ra
         FROM reporting_round rr CROSS JOIN agency a
        WHERE rr.year = $1 AND a.parent_id IS NOT NULL
     ), s AS (
       SELECT x.*,
              (CASE WHEN rs < 0.08 THEN NULL
                    WHEN rs < 0.75
                      THEN (due - floor(rd * 10)::int)::timestamp + interval '9 hours' + rd * interval '8 hours'
                    ELSE (due + 1 + floor(rd * 20)::int)::timestamp + interval '8 hours' + rd * interval '9 hours'
               END) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS submitted_at
         FROM x
     )
     SELECT round_id, agency_id,
            (CASE WHEN submitted_at IS NULL THEN 'DRAFT' WHEN ra < 0.7 THEN 'ACCEPTED'
                  ELSE 'SUBMITTED' END)::report_status,
            due, submitted_at, COALESCE((submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > due, false),
            CASE WHEN submitted_at IS NOT NULL AND ra < 0.7
                 THEN submitted_at + (1 + floor(ra * 6)) * interval '1 day' END,
            '{}'::jsonb
       FROM s ORDER BY round_due, agency_id`,
    [year],
  );
}

/** Row counts of the generated tables. */
export async function countParRows(client) {
  const out = {};
  for (const table of [
    'agency',
    'par_framework',
    'par_criterion',
    'par_cycle',
    'par_assessment',
    'par_score',
    'plan',
    'plan_item',
    'plan_item_agency',
    'reporting_round',
    'agency_report',
  ]) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = rows[0].n;
  }
  const size = await client.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS db,
            pg_size_pretty(pg_total_relation_size('par_score')) AS par_score`,
  );
  const rules = await client.query(
    `SELECT count(*)::int AS n FROM par_criterion c JOIN par_cycle pc ON c.framework_id = ANY(pc.framework_ids)
      WHERE c.data_rule IS NOT NULL AND pc.year = $1`,
    [PAR_LAYOUT.year],
  );
  out.data_rules = rules.rows[0].n;
  out.database_size = size.rows[0].db;
  out.par_score_size = size.rows[0].par_score;
  return out;
}
