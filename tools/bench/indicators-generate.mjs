// Generates the indicator scoreboard data set (issue goal: 1,000 agencies × 20 indicators × 20 periods) in a
// database migrated by the API's own migrations: one province, a 2021 plan with 20 ACTIVE indicators, their
// target overrides, and one measurement per (indicator × reporting agency × quarter of 2017–2021).
//
// The 1,000 agencies and 20 indicators are built in Node (small) and inserted with one multi-row INSERT each
// (unnest of arrays); the ≈ 380,000 measurements are built by Postgres itself (INSERT … SELECT over
// generate_series), as in generate.mjs. Same speed-ups, scoped to this session: foreign-key triggers skipped
// (session_replication_role = replica), the secondary indexes of `measurement` dropped before the load and
// re-created from their exact definitions afterwards, then VACUUM (ANALYZE).
import { performance } from 'node:perf_hooks';
import { DEPARTMENTS, fold, PLACES, PROVINCES } from './vocab.mjs';

/** Shape of the province. Communes hang under the districts round-robin (≈ 47 each). */
export const INDICATOR_LAYOUT = Object.freeze({
  province: PROVINCES.find((p) => p[0] === 'NAN'), // Nghệ An: a large, non-city province
  departments: 40,
  districts: 20,
  communes: 939,
  /** Every Nth commune was merged into the commune 20 places before it (same district) on MERGE_DATE. */
  mergedEvery: 100,
  firstYear: 2017,
  lastYear: 2021,
  planYear: 2021,
});
export const MERGE_DATE = '2020-01-01';

/** [code, name, unit, direction, aggregation, plan-wide target, reporting levels, cumulative] */
export const INDICATORS = [
  ['CT01', 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', 'PERCENT', 'AT_LEAST', 'RATIO', 98],
  [
    'CT02',
    'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình',
    'PERCENT',
    'AT_LEAST',
    'RATIO',
    80,
  ],
  ['CT03', 'Tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến toàn trình', 'PERCENT', 'AT_LEAST', 'RATIO', 50],
  ['CT04', 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa khi tiếp nhận', 'PERCENT', 'AT_LEAST', 'RATIO', 80],
  ['CT05', 'Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa', 'PERCENT', 'AT_LEAST', 'RATIO', 90],
  [
    'CT06',
    'Tỷ lệ văn bản trao đổi được ký số và gửi trên môi trường điện tử',
    'PERCENT',
    'AT_LEAST',
    'RATIO',
    90,
  ],
  ['CT07', 'Tỷ lệ giao dịch thanh toán trực tuyến phí, lệ phí', 'PERCENT', 'AT_LEAST', 'RATIO', 30],
  [
    'CT08',
    'Tỷ lệ người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính',
    'PERCENT',
    'AT_LEAST',
    'RATIO',
    90,
  ],
  ['CT09', 'Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số', 'PERCENT', 'AT_LEAST', 'RATIO', 70],
  ['CT10', 'Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi', 'PERCENT', 'AT_LEAST', 'RATIO', 100],
  [
    'CT11',
    'Tỷ lệ báo cáo định kỳ được gửi qua Hệ thống thông tin báo cáo',
    'PERCENT',
    'AT_LEAST',
    'RATIO',
    100,
  ],
  ['CT12', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', 'PERCENT', 'AT_LEAST', 'RATIO', 95],
  ['CT13', 'Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ', 'PERCENT', 'AT_LEAST', 'RATIO', 60],
  ['CT14', 'Số thủ tục hành chính được cắt giảm, đơn giản hóa', 'COUNT', 'AT_LEAST', 'SUM', 2000, true],
  ['CT15', 'Số văn bản quy phạm pháp luật được rà soát', 'COUNT', 'AT_LEAST', 'SUM', 5000, true],
  ['CT16', 'Số cuộc kiểm tra công tác cải cách hành chính', 'COUNT', 'AT_LEAST', 'SUM', 1000, true],
  ['CT17', 'Điểm tự đánh giá công tác cải cách hành chính', 'SCORE', 'AT_LEAST', 'AVERAGE', 85],
  ['CT18', 'Thời gian giải quyết hồ sơ dài nhất (ngày)', 'COUNT', 'AT_MOST', 'MAX', 30],
  ['CT19', 'Tỷ lệ hồ sơ đúng hạn thấp nhất của một đơn vị', 'PERCENT', 'AT_LEAST', 'MIN', 70],
  ['CT20', 'Xếp hạng Chỉ số cải cách hành chính (PAR INDEX) của tỉnh', 'RANK', 'AT_MOST', 'NONE', 20],
].map(([code, name, unit, direction, aggregation, target, cumulative = false]) => ({
  code,
  name,
  unit,
  direction,
  aggregation,
  target,
  cumulative,
  // Ranks exist only for the province; everything else is entered by every level.
  reportingLevels: aggregation === 'NONE' ? ['PROVINCE'] : ['PROVINCE', 'DISTRICT', 'COMMUNE'],
}));

/** Level overrides (the 80/70/40 kind of split), one agency override and one milestone: [code, level, agency, period, value]. */
const TARGET_OVERRIDES = [
  ['CT02', 'PROVINCE', null, null, 90],
  ['CT02', 'DISTRICT', null, null, 80],
  ['CT02', 'COMMUNE', null, null, 70],
  ['CT03', 'DISTRICT', null, null, 45],
  ['CT03', 'COMMUNE', null, null, 30],
  ['CT07', 'COMMUNE', null, null, 20],
  ['CT14', 'DISTRICT', null, null, 40],
  ['CT14', 'COMMUNE', null, null, 2],
  ['CT01', null, null, '2021-Q2', 95],
  ['CT01', null, 'ROOT', null, 99],
];

/** The agencies of the province, in Node: [{ code, name, kind, level, parent, validTo, successor }]. */
export function agencyRows(layout = INDICATOR_LAYOUT) {
  const [pcode, pname] = layout.province;
  const rows = [{ code: pcode, name: `UBND tỉnh ${pname}`, kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE' }];
  for (let i = 1; i <= layout.departments; i++) {
    const dept = DEPARTMENTS[i - 1];
    rows.push(
      dept
        ? { code: `${pcode}-${dept[0]}`, name: dept[1], kind: dept[2], level: 'PROVINCE', parent: pcode }
        : {
            code: `${pcode}-DV${String(i).padStart(2, '0')}`,
            name: `Đơn vị sự nghiệp trực thuộc UBND tỉnh số ${i - DEPARTMENTS.length}`,
            kind: 'PUBLIC_SERVICE_UNIT',
            level: 'PROVINCE',
            parent: pcode,
          },
    );
  }
  const L = PLACES.length;
  for (let d = 1; d <= layout.districts; d++) {
    const kind = d % 5 === 1 ? 'thành phố ' : d % 5 === 2 ? 'thị xã ' : 'huyện ';
    rows.push({
      code: `${pcode}-H${String(d).padStart(2, '0')}`,
      name: `UBND ${kind}${PLACES[(d * 7) % L]}${d > L ? ` ${d}` : ''}`,
      kind: 'PEOPLES_COMMITTEE',
      level: 'DISTRICT',
      parent: pcode,
    });
  }
  for (let c = 1; c <= layout.communes; c++) {
    const kind = c % 6 === 0 ? 'phường ' : c % 11 === 0 ? 'thị trấn ' : 'xã ';
    const d = 1 + ((c - 1) % layout.districts);
    const merged = layout.mergedEvery > 0 && c % layout.mergedEvery === 0 && c > layout.districts;
    rows.push({
      code: `${pcode}-X${String(c).padStart(4, '0')}`,
      name: `UBND ${kind}${PLACES[(c - 1) % L]} ${PLACES[(Math.floor((c - 1) / L) + d) % L]}${c > L * L ? ` ${c}` : ''}`,
      kind: 'PEOPLES_COMMITTEE',
      level: 'COMMUNE',
      parent: `${pcode}-H${String(d).padStart(2, '0')}`,
      ...(merged
        ? { validTo: MERGE_DATE, successor: `${pcode}-X${String(c - layout.districts).padStart(4, '0')}` }
        : {}),
    });
  }
  return rows;
}

/**
 * @param {import('pg').Client} client connected to the (migrated, empty) database
 * @param {{ log: (msg: string) => void, layout?: typeof INDICATOR_LAYOUT }} opts
 */
export async function generateIndicatorData(client, { log, layout = INDICATOR_LAYOUT }) {
  const steps = [];
  const t0 = performance.now();
  const step = async (name, sql, params) => {
    const start = performance.now();
    const result = await client.query(sql, params);
    const seconds = (performance.now() - start) / 1000;
    steps.push({ step: name, seconds: round(seconds, 2), rows: result.rowCount ?? null });
    log(
      `  ${name}: ${result.rowCount ?? ''} ${result.rowCount === null ? '' : 'rows '}in ${seconds.toFixed(1)} s`,
    );
    return result;
  };

  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`SET jit = off`);
  try {
    await client.query(`SET session_replication_role = replica`);
  } catch (err) {
    log(`  (cannot skip foreign-key triggers: ${err.message}; loading with them)`);
  }
  await client.query(`SELECT setseed(0.2021)`);

  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = 'measurement' AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  // --- Agencies: ids by code, parents and successors resolved in SQL. ------------------------------------
  const agencies = agencyRows(layout);
  const col = (f) => agencies.map(f);
  await step(
    'agency',
    `WITH src AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[],
                            $8::text[]) AS s(code, name, kind, level, parent, valid_to, successor, search_text)
     ), ids AS (SELECT src.*, gen_random_uuid() AS id FROM src)
     INSERT INTO agency (id, code, name, short_name, kind, level, parent_id, valid_from, valid_to, successor_id,
                         search_text)
     SELECT a.id, a.code, a.name, CASE WHEN a.level = 'PROVINCE' AND a.parent IS NOT NULL THEN a.code END,
            a.kind::agency_kind, a.level::agency_level, p.id, DATE '2015-01-01', a.valid_to, s.id, a.search_text
       FROM ids a LEFT JOIN ids p ON p.code = a.parent LEFT JOIN ids s ON s.code = a.successor
      ORDER BY a.code`,
    [
      col((a) => a.code),
      col((a) => a.name),
      col((a) => a.kind),
      col((a) => a.level),
      col((a) => a.parent ?? null),
      col((a) => a.validTo ?? null),
      col((a) => a.successor ?? null),
      col((a) => fold(`${a.code} | ${a.name}`)),
    ],
  );

  // The load runs with triggers off (session_replication_role = replica), so the first version of each agency,
  // which a trigger writes on every other path (docs/reorganisation.md), is written here.
  await step(
    'agency_version',
    `INSERT INTO agency_version (agency_id, parent_id, name, short_name, kind, level)
     SELECT id, parent_id, name, short_name, kind, level FROM agency`,
  );
  const rootCode = layout.province[0];

  // --- The 2021 plan, owned and signed by the province. ----------------------------------------------------
  const title = `Kế hoạch cải cách hành chính năm ${layout.planYear} của UBND tỉnh ${layout.province[1]}`;
  const planCode = `KH-CCHC-${layout.planYear}-${rootCode}`;
  const {
    rows: [plan],
  } = await step(
    'plan',
    `INSERT INTO plan (code, title, year, decision_number, decision_date, signer_agency_id, owner_agency_id,
                       status, search_text)
     SELECT $1, $2, $3, '3210/QĐ-UBND', DATE '2020-12-28', id, id, 'ACTIVE', $4 FROM agency WHERE code = $5
     RETURNING id`,
    [planCode, title, layout.planYear, fold(`${planCode} | ${title}`), rootCode],
  );

  // --- 20 ACTIVE quarterly indicators and the target overrides. -------------------------------------------
  const ic = (f) => INDICATORS.map(f);
  await step(
    'indicator',
    `INSERT INTO indicator (plan_id, code, name_vi, area_code, unit, direction, aggregation, frequency,
                            reporting_levels, cumulative, target, state, search_text, sort_order)
     SELECT $1, s.code, s.name, (ARRAY['I','II','III','IV','V','VI','VII'])[1 + s.n % 7], s.unit::indicator_unit,
            s.direction::indicator_direction, s.aggregation::indicator_aggregation, 'QUARTER',
            string_to_array(s.levels, ',')::indicator_reporting_level[], s.cumulative, s.target, 'ACTIVE',
            s.search_text, s.n
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::text[],
                   $9::bool[], $10::text[]) WITH ORDINALITY
            AS s(code, name, unit, direction, aggregation, target, levels, cumulative, search_text, n)`,
    [
      plan.id,
      ic((i) => i.code),
      ic((i) => i.name),
      ic((i) => i.unit),
      ic((i) => i.direction),
      ic((i) => i.aggregation),
      ic((i) => i.target),
      ic((i) => i.reportingLevels.join(',')),
      ic((i) => i.cumulative),
      ic((i) => fold(`${i.code} | ${i.name}`)),
    ],
  );
  await step(
    'indicator_target',
    `INSERT INTO indicator_target (indicator_id, level, agency_id, period, value)
     SELECT i.id, s.level::indicator_target_level, a.id, s.period, s.value
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::float8[])
            AS s(code, level, agency, period, value)
       JOIN indicator i ON i.plan_id = $1 AND i.code = s.code
       LEFT JOIN agency a ON a.code = CASE s.agency WHEN 'ROOT' THEN $7 ELSE s.agency END`,
    [
      plan.id,
      TARGET_OVERRIDES.map((t) => t[0]),
      TARGET_OVERRIDES.map((t) => t[1]),
      TARGET_OVERRIDES.map((t) => t[2]),
      TARGET_OVERRIDES.map((t) => t[3]),
      TARGET_OVERRIDES.map((t) => t[4]),
      rootCode,
    ],
  );

  // --- Measurements: every indicator × reporting agency × quarter it existed in. ------------------------------
  // Figures scatter around the target (75–115 % of it for ratios), so statuses mix. Statuses: the last quarter
  // is still under review (60 % APPROVED, 25 % SUBMITTED, 10 % DRAFT, 5 % RETURNED); earlier ones 97 % APPROVED.
  const lastPeriod = `${layout.lastYear}-Q4`;
  await step(
    'measurement',
    `INSERT INTO measurement (indicator_id, agency_id, period, period_end, value, numerator, denominator, status,
                             submitted_at, reviewed_at, updated_by_label, source)
     WITH periods AS (
       SELECT y || '-Q' || k AS period, (make_date(y, 3 * k, 1) + interval '1 month - 1 day')::date AS period_end
         FROM generate_series(${layout.firstYear}, ${layout.lastYear}) y, generate_series(1, 4) k
     ), rows AS (
       SELECT i.id AS indicator_id, i.aggregation::text AS agg, i.unit::text AS unit, i.target, a.id AS agency_id,
              a.level::text AS level, p.period, p.period_end, random() AS r1, random() AS r2, random() AS r3
         FROM indicator i
         JOIN agency a ON a.level::text = ANY(i.reporting_levels::text[])
                      AND (i.aggregation <> 'NONE' OR a.parent_id IS NULL)
         JOIN periods p ON a.valid_to IS NULL OR p.period_end < a.valid_to
        WHERE i.plan_id = $1
     ), figures AS (
       SELECT rows.*,
              CASE WHEN agg = 'RATIO' THEN
                CASE level WHEN 'COMMUNE' THEN 20 + floor(r1 * 480) WHEN 'DISTRICT' THEN 500 + floor(r1 * 4500)
                           ELSE 50 + floor(r1 * 1950) END END AS den
         FROM rows
     ), valued AS (
       SELECT figures.*,
              CASE WHEN agg = 'RATIO' THEN round(den * least(1, target / 100 * (0.75 + r2 * 0.4))) END AS num
         FROM figures
     )
     SELECT indicator_id, agency_id, period, period_end,
            CASE agg
              WHEN 'RATIO' THEN num / den * 100
              WHEN 'SUM' THEN floor(r2 * 12)
              WHEN 'AVERAGE' THEN round((60 + r2 * 40)::numeric, 1)
              WHEN 'MAX' THEN 5 + floor(r2 * 40)
              WHEN 'MIN' THEN round((50 + r2 * 50)::numeric, 1)
              ELSE 1 + floor(r2 * 63) END,
            num, den, s.status::measurement_status,
            CASE WHEN s.status <> 'DRAFT' THEN period_end + 10 + floor(r1 * 10)::int END,
            CASE WHEN s.status IN ('APPROVED', 'RETURNED') THEN period_end + 25 + floor(r2 * 10)::int END,
            'bench@partrack.vn', 'Hệ thống thông tin giải quyết TTHC'
       FROM valued
       CROSS JOIN LATERAL (SELECT CASE
              WHEN period = '${lastPeriod}' THEN
                CASE WHEN r3 < 0.60 THEN 'APPROVED' WHEN r3 < 0.85 THEN 'SUBMITTED' WHEN r3 < 0.95 THEN 'DRAFT'
                     ELSE 'RETURNED' END
              ELSE CASE WHEN r3 < 0.97 THEN 'APPROVED' WHEN r3 < 0.98 THEN 'SUBMITTED' WHEN r3 < 0.99 THEN 'DRAFT'
                        ELSE 'RETURNED' END END AS status) s
      ORDER BY period_end, agency_id, indicator_id`,
    [plan.id],
  );

  for (const index of indexes) {
    const start = performance.now();
    await client.query(index.def);
    steps.push({ step: `index ${index.name}`, seconds: round((performance.now() - start) / 1000, 2) });
  }
  log(
    `  re-created ${indexes.length} indexes of measurement in ${steps
      .filter((s) => s.step.startsWith('index '))
      .reduce((a, s) => a + s.seconds, 0)
      .toFixed(1)} s`,
  );
  await client.query(`RESET session_replication_role`);
  await step('vacuum analyze', `VACUUM (ANALYZE)`);
  return { seconds: round((performance.now() - t0) / 1000, 1), steps, planId: plan.id };
}

/** Row counts of the generated tables and the measurement mix. */
export async function countIndicatorRows(client) {
  const out = {};
  for (const table of ['agency', 'plan', 'indicator', 'indicator_target', 'measurement']) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = rows[0].n;
  }
  const byLevel = await client.query(
    `SELECT level::text AS k, count(*)::int AS n, count(*) FILTER (WHERE successor_id IS NOT NULL)::int AS merged
       FROM agency GROUP BY 1 ORDER BY 1`,
  );
  out.agency_by_level = Object.fromEntries(byLevel.rows.map((r) => [r.k, r.n]));
  out.agency_merged = byLevel.rows.reduce((a, r) => a + r.merged, 0);
  const departments = await client.query(
    `SELECT count(*)::int AS n FROM agency WHERE level = 'PROVINCE' AND parent_id IS NOT NULL`,
  );
  out.departments = departments.rows[0].n;
  const byAgg = await client.query(
    `SELECT aggregation::text AS k, count(*)::int AS n FROM indicator GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  out.indicator_by_aggregation = Object.fromEntries(byAgg.rows.map((r) => [r.k, r.n]));
  const byStatus = await client.query(
    `SELECT status::text AS k, count(*)::int AS n FROM measurement GROUP BY 1 ORDER BY 2 DESC`,
  );
  out.measurement_by_status = Object.fromEntries(byStatus.rows.map((r) => [r.k, r.n]));
  const periods = await client.query(
    `SELECT count(DISTINCT period)::int AS n, min(period) AS first, max(period) AS last FROM measurement`,
  );
  out.periods = periods.rows[0];
  const size = await client.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS db,
            pg_size_pretty(pg_total_relation_size('measurement')) AS measurement`,
  );
  out.database_size = size.rows[0].db;
  out.measurement_size = size.rows[0].measurement;
  return out;
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
