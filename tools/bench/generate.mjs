// Generates the national-scale data set with set-based SQL (INSERT … SELECT generate_series), in the schema the
// API's migrations created. Nothing goes row by row through Node: Postgres builds every row itself.
//
// Speed-ups, all scoped to this one session and undone before the data is used:
//   * session_replication_role = replica skips the foreign-key triggers (rows are consistent by construction;
//     CHECK constraints still apply). Needs a superuser; without one the load is just slower.
//   * the secondary indexes of plan_item and plan_item_agency are dropped before the load and re-created from
//     their exact definitions (pg_get_indexdef) afterwards: one sort per index instead of a million inserts.
//   * VACUUM (ANALYZE) at the end, so the planner has statistics, the visibility map is set, and autovacuum does
//     not start in the middle of a measurement.
import { performance } from 'node:perf_hooks';
import {
  agencyLayout,
  DEPARTMENTS,
  fold,
  GROUPS,
  PLACES,
  PRODUCTS,
  provinces,
  TITLE_FIELDS,
  TITLE_OBJECTS,
  TITLE_VERBS,
} from './vocab.mjs';

/** translate() arguments that fold every letter the vocabulary (and the literals below) can produce. */
function foldingTables(texts) {
  const chars = new Set();
  for (const text of texts) for (const ch of text) if (/[^\x00-\x7f]|[A-Z]/.test(ch)) chars.add(ch);
  const from = [...chars];
  const to = from.map((ch) => {
    const folded = fold(ch);
    if (folded.length !== 1) throw new Error(`cannot fold ${ch} to one character`);
    return folded;
  });
  return { from: from.join(''), to: to.join('') };
}

const LITERALS = [
  'UBND tỉnh ',
  'UBND thành phố ',
  'UBND thị xã ',
  'UBND huyện ',
  'UBND xã ',
  'UBND phường ',
  'UBND thị trấn ',
  'Kế hoạch cải cách hành chính năm 2022 của ',
  'Thường xuyên',
  'Quý ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
];

/**
 * @param {import('pg').Client} client connected to the (migrated, empty) benchmark database
 * @param {{ provinces: number, agencies: number, tasks: number, log: (msg: string) => void }} opts
 * @returns {Promise<{ seconds: number, steps: { step: string, seconds: number }[], layout: object }>}
 */
export async function generateData(client, opts) {
  const { log } = opts;
  const P = opts.provinces;
  const layout = agencyLayout(opts.agencies);
  const { departments: D, districts: K, communes: C } = layout;
  const provs = provinces(P);
  const justiceCodes = ['SNV', 'STP', 'TTT', 'CAT'];
  const justiceOrds = DEPARTMENTS.slice(0, D)
    .map(([code], i) => (justiceCodes.includes(code) ? i + 1 : 0))
    .filter(Boolean);

  const vocabTexts = [
    ...provs.map((p) => p[1]),
    ...DEPARTMENTS.map((d) => d[1]),
    ...PLACES,
    ...TITLE_VERBS,
    ...TITLE_OBJECTS,
    ...TITLE_FIELDS,
    ...PRODUCTS.map((p) => p[1]),
    ...GROUPS.map((g) => g[1]),
    ...LITERALS,
  ];
  const { from, to } = foldingTables(vocabTexts);
  const FOLD = (expr) => `translate(${expr}, '${from}', '${to}')`;
  const pad = (expr, n) => `lpad((${expr})::text, greatest(${n}, length((${expr})::text)), '0')`;
  const arr = (values) =>
    `(ARRAY[${values.map((v) => `'${String(v).replace(/'/g, "''")}'`).join(',')}]::text[])`;

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
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET work_mem = '64MB'`);
  // JIT-compiling these wide expressions costs seconds and buys nothing for a one-off load.
  await client.query(`SET jit = off`);
  try {
    await client.query(`SET session_replication_role = replica`);
  } catch (err) {
    log(`  (cannot skip foreign-key triggers: ${err.message}; loading with them)`);
  }
  await client.query(`SELECT setseed(0.2022)`);

  // Secondary indexes of the two big tables: drop now, re-create after the load.
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname IN ('plan_item', 'plan_item_agency') AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  // --- Agencies: a map (province p, ordinal o) → id, then one INSERT. ---------------------------------------
  await step(
    'agency map',
    `CREATE TEMP TABLE ba AS
     SELECT p, o, gen_random_uuid() AS id,
            CASE WHEN o = 0 THEN 'root' WHEN o <= ${D} THEN 'dept' WHEN o <= ${D + K} THEN 'district'
                 ELSE 'commune' END AS cat
       FROM generate_series(1, ${P}) p, generate_series(0, ${D + K + C}) o`,
  );
  await client.query(`ALTER TABLE ba ADD COLUMN code text, ADD COLUMN name text, ADD COLUMN kind text,
                        ADD COLUMN level text, ADD COLUMN parent_o int`);
  const pc = arr(provs.map((p) => p[0]));
  const pn = arr(provs.map((p) => p[1]));
  const city = `(ARRAY[${provs.map((p) => (p[2] ? 'true' : 'false')).join(',')}]::bool[])`;
  const pl = arr(PLACES);
  const L = PLACES.length;
  await step(
    'agency names',
    `UPDATE ba SET
       code = CASE cat
         WHEN 'root' THEN ${pc}[p]
         WHEN 'dept' THEN ${pc}[p] || '-' || ${arr(DEPARTMENTS.map((d) => d[0]))}[o]
         WHEN 'district' THEN ${pc}[p] || '-H' || ${pad(`o - ${D}`, 2)}
         ELSE ${pc}[p] || '-X' || ${pad(`o - ${D + K}`, 4)} END,
       name = CASE cat
         WHEN 'root' THEN CASE WHEN ${city}[p] THEN 'UBND thành phố ' ELSE 'UBND tỉnh ' END || ${pn}[p]
         WHEN 'dept' THEN ${arr(DEPARTMENTS.map((d) => d[1]))}[o]
         WHEN 'district' THEN 'UBND ' ||
              CASE (o - ${D}) % 5 WHEN 1 THEN 'thành phố ' WHEN 2 THEN 'thị xã ' ELSE 'huyện ' END ||
              ${pl}[1 + (o - ${D} + p) % ${L}] ||
              CASE WHEN o - ${D} > ${L} THEN ' ' || (o - ${D}) ELSE '' END
         ELSE 'UBND ' ||
              CASE WHEN (o - ${D + K}) % 6 = 0 THEN 'phường ' WHEN (o - ${D + K}) % 11 = 0 THEN 'thị trấn '
                   ELSE 'xã ' END ||
              ${pl}[1 + (o - ${D + K} - 1) % ${L}] || ' ' || ${pl}[1 + ((o - ${D + K} - 1) / ${L} + p) % ${L}] ||
              CASE WHEN o - ${D + K} > ${L * L} THEN ' ' || (o - ${D + K}) ELSE '' END END,
       kind = CASE cat WHEN 'dept' THEN ${arr(DEPARTMENTS.map((d) => d[2]))}[o] ELSE 'PEOPLES_COMMITTEE' END,
       level = CASE cat WHEN 'root' THEN 'PROVINCE' WHEN 'dept' THEN 'PROVINCE' WHEN 'district' THEN 'DISTRICT'
                 ELSE 'COMMUNE' END,
       parent_o = CASE cat WHEN 'root' THEN NULL WHEN 'commune' THEN ${D} + 1 + (o - ${D + K} - 1) % ${K} ELSE 0 END`,
  );
  await client.query(`CREATE UNIQUE INDEX ON ba (p, o)`);
  await client.query(`ANALYZE ba`);
  await step(
    'agency',
    `INSERT INTO agency (id, code, name, short_name, kind, level, parent_id, valid_from, search_text)
     SELECT a.id, a.code, a.name, CASE WHEN a.cat = 'dept' THEN a.code END,
            a.kind::agency_kind, a.level::agency_level, parent.id, DATE '2020-01-01',
            ${FOLD(`a.code || ' | ' || a.name`)}
       FROM ba a LEFT JOIN ba parent ON parent.p = a.p AND parent.o = a.parent_o
      ORDER BY a.p, a.o`,
  );

  // The load runs with triggers off (session_replication_role = replica), so the first version of each agency,
  // which a trigger writes on every other path (docs/reorganisation.md), is written here.
  await step(
    'agency_version',
    `INSERT INTO agency_version (agency_id, parent_id, name, short_name, kind, level)
     SELECT id, parent_id, name, short_name, kind, level FROM agency`,
  );

  // --- Agency groups (4 per province) and their members. -------------------------------------------------
  await step(
    'agency_group',
    `CREATE TEMP TABLE bg AS
     SELECT r.p, g.gi, gen_random_uuid() AS id, r.code || '-' || g.code AS code, g.name, g.members, r.id AS root_id
       FROM ba r
       JOIN unnest(${arr(GROUPS.map((g) => g[0]))}, ${arr(GROUPS.map((g) => g[1]))},
                   ${arr(GROUPS.map((g) => g[2]))}) WITH ORDINALITY AS g(code, name, members, gi) ON true
      WHERE r.o = 0`,
  );
  await client.query(
    `INSERT INTO agency_group (id, code, name, province_id, search_text)
     SELECT id, code, name, root_id, ${FOLD(`code || ' | ' || name`)} FROM bg`,
  );
  await step(
    'agency_group_member',
    `INSERT INTO agency_group_member (group_id, agency_id)
     SELECT g.id, a.id FROM bg g JOIN ba a ON a.p = g.p
      WHERE (g.members = 'departments' AND a.cat = 'dept')
         OR (g.members = 'districts' AND a.cat = 'district')
         OR (g.members = 'communes' AND a.cat = 'commune')
         OR (g.members = 'justice' AND a.cat = 'dept' AND a.o = ANY(ARRAY[${(justiceOrds.length ? justiceOrds : [1]).join(',')}]))`,
  );

  // --- Plans: one ACTIVE 2022 plan per province, owned (and signed) by the province. ------------------
  await client.query(
    `CREATE TEMP TABLE bp AS
     SELECT p, gen_random_uuid() AS id, t AS tasks, greatest(1, round(t * 0.02))::int AS results,
            greatest(1, round(t * 0.04))::int AS activities, round(t * 0.005)::int AS projects
       FROM (SELECT p, ${Math.floor(opts.tasks / P)} + CASE WHEN p <= ${opts.tasks % P} THEN 1 ELSE 0 END AS t
               FROM generate_series(1, ${P}) p) x`,
  );
  await client.query(`ANALYZE bp`);
  await client.query(`ANALYZE bg`);
  await step(
    'plan',
    `INSERT INTO plan (id, code, title, year, decision_number, decision_date, signer_agency_id, owner_agency_id,
                       status, search_text)
     SELECT bp.id, 'KH-CCHC-2022-' || r.code, 'Kế hoạch cải cách hành chính năm 2022 của ' || r.name, 2022,
            (3000 + bp.p * 37) || '/QĐ-UBND', DATE '2021-12-01' + bp.p % 28, r.id, r.id, 'ACTIVE',
            ${FOLD(`'KH-CCHC-2022-' || r.code || ' | Kế hoạch cải cách hành chính năm 2022 của ' || r.name`)}
       FROM bp JOIN ba r ON r.p = bp.p AND r.o = 0`,
  );

  // --- Plan items: results (1.x), activities (2.x), tasks (3.x), projects (DA.x) in document order. -------
  const tv = arr(TITLE_VERBS);
  const tob = arr(TITLE_OBJECTS);
  const tf = arr(TITLE_FIELDS);
  await step(
    'plan_item',
    `INSERT INTO plan_item (plan_id, kind, code, title, area_code, sort_order, product_type, product_text,
                            due_label, due_date, status, progress, completed_on, evidence_number, evidence_date,
                            search_text)
     WITH nums AS MATERIALIZED (
       SELECT bp.p, bp.id AS plan_id, g AS seq, bp.results AS r, bp.activities AS a, bp.tasks AS t,
              bp.projects AS j,
              1 + floor(random() * ${TITLE_VERBS.length})::int AS v,
              1 + floor(random() * ${TITLE_OBJECTS.length})::int AS ob,
              1 + floor(random() * ${TITLE_FIELDS.length})::int AS f,
              1 + floor(random() * ${PRODUCTS.length})::int AS pr,
              random() AS rs, random() AS rp, floor(random() * 350)::int AS dd, random() AS rnull,
              floor(random() * 7)::int AS area
         FROM bp, generate_series(1, bp.results + bp.activities + bp.tasks) g
     ), k AS (
       SELECT nums.*, pr.code AS pcode,
              CASE WHEN seq <= r THEN 'RESULT' WHEN seq <= r + a THEN 'ACTIVITY'
                   WHEN seq > r + a + t - j THEN 'PROJECT' ELSE 'TASK' END AS kind,
              CASE WHEN seq <= r THEN '1.' || seq WHEN seq <= r + a THEN '2.' || (seq - r)
                   WHEN seq > r + a + t - j THEN 'DA.' || (seq - (r + a + t - j))
                   ELSE '3.' || (seq - r - a) END AS code,
              ${tv}[v] || ' ' || ${tob}[ob] || ' ' || ${tf}[f] AS title,
              ${arr(PRODUCTS.map((x) => x[1]))}[pr] AS product_text,
              ${arr(PRODUCTS.map((x) => x[0]))}[pr] AS product_type,
              CASE WHEN rs < 0.55 THEN 'DONE' WHEN rs < 0.75 THEN 'IN_PROGRESS' WHEN rs < 0.95 THEN 'NOT_STARTED'
                   ELSE 'CANCELLED' END AS status,
              CASE WHEN rnull < 0.04 THEN NULL ELSE DATE '2022-01-10' + dd END AS due
         FROM nums JOIN ba pr ON pr.p = nums.p AND pr.o = 0
     )
     SELECT plan_id, kind::plan_item_kind, code, title, (ARRAY['I','II','III','IV','V','VI','VII'])[area + 1], seq,
            product_type::product_type, product_text,
            CASE WHEN due IS NULL THEN 'Thường xuyên'
                 ELSE 'Quý ' || (ARRAY['I','II','III','IV'])[extract(quarter FROM due)::int] || '/2022' END,
            due, status::plan_item_status,
            CASE status WHEN 'DONE' THEN 100 WHEN 'NOT_STARTED' THEN 0
                        WHEN 'IN_PROGRESS' THEN 10 + floor(rp * 80)::int ELSE floor(rp * 50)::int END,
            CASE WHEN status = 'DONE' THEN coalesce(due, DATE '2022-12-31') + (floor(rp * 60)::int - 45) END,
            CASE WHEN status = 'DONE' THEN (100 + seq) || '/BC-' || pcode END,
            CASE WHEN status = 'DONE' THEN coalesce(due, DATE '2022-12-31') + (floor(rp * 60)::int - 45) END,
            ${FOLD(`code || ' ' || title || ' ' || product_text`)}
       FROM k
      ORDER BY p, seq`,
  );

  // --- Assignments: 1–3 leads and 2–5 coordinators per task/project, some through groups. ----------------
  // Leads: 75 % departments, 25 % districts, 3 % of slots a group. Coordinators: 50 % departments, 25 %
  // districts, 25 % communes, 12 % of slots a group. Offsets keep one item's agencies distinct.
  await step(
    'plan_item_agency',
    `INSERT INTO plan_item_agency (item_id, role, agency_id, group_id, source_text, position)
     WITH items AS MATERIALIZED (
       SELECT i.id, bp.p, i.sort_order, 1 + floor(random() * 3)::int AS nl, 2 + floor(random() * 4)::int AS nc,
              floor(random() * 1000000)::int AS b
         FROM plan_item i JOIN bp ON bp.id = i.plan_id
        WHERE i.kind IN ('TASK', 'PROJECT')
     ), slots AS MATERIALIZED (
       SELECT it.id, it.p, it.sort_order, 'LEAD' AS role, k, k AS position, it.b, random() AS r
         FROM items it CROSS JOIN LATERAL generate_series(0, it.nl - 1) k
       UNION ALL
       SELECT it.id, it.p, it.sort_order, 'COORDINATOR', k, it.nl + k, it.b, random()
         FROM items it CROSS JOIN LATERAL generate_series(0, it.nc - 1) k
     ), target AS (
       SELECT s.id, s.p, s.sort_order, s.role, s.position,
              CASE WHEN s.role = 'LEAD' THEN CASE WHEN s.r < 0.02 THEN 1 WHEN s.r < 0.03 THEN 2 END
                   ELSE CASE WHEN s.r < 0.06 THEN 1 WHEN s.r < 0.09 THEN 2 WHEN s.r < 0.11 THEN 3
                             WHEN s.r < 0.12 THEN 4 END END AS gi,
              CASE WHEN s.role = 'LEAD' THEN
                     CASE WHEN s.r < 0.75 THEN 1 + (s.b + s.k * 7) % ${D}
                          ELSE ${D + 1} + (s.b + s.k * 3) % ${K} END
                   ELSE
                     CASE WHEN s.r < 0.50 THEN 1 + (s.b + 11 + s.k * 7) % ${D}
                          WHEN s.r < 0.75 THEN ${D + 1} + (s.b + 5 + s.k * 3) % ${K}
                          ELSE ${D + K + 1} + (s.b * 7 + s.k * 131) % ${C} END END AS o
         FROM slots s
     )
     SELECT t.id, t.role::assignment_role, CASE WHEN t.gi IS NULL THEN a.id END, g.id,
            COALESCE(g.name, a.name), t.position
       FROM target t
       LEFT JOIN ba a ON a.p = t.p AND a.o = t.o AND t.gi IS NULL
       LEFT JOIN bg g ON g.p = t.p AND g.gi = t.gi
      ORDER BY t.p, t.sort_order, t.position`,
  );

  // --- A handful of progress updates from the lead agency. -------------------------------------------------
  await step(
    'task_update',
    `INSERT INTO task_update (item_id, agency_id, role, author_label, progress, status, note, created_at)
     SELECT pia.item_id, pia.agency_id, 'LEAD', 'bench@partrack.vn', i.progress,
            i.status::text::task_update_status, 'Cập nhật tiến độ thực hiện',
            TIMESTAMPTZ '2022-03-01 09:00+07' + random() * interval '270 days'
       FROM plan_item_agency pia JOIN plan_item i ON i.id = pia.item_id
      WHERE pia.role = 'LEAD' AND pia.position = 0 AND pia.agency_id IS NOT NULL AND i.status <> 'NOT_STARTED'
      ORDER BY random()
      LIMIT ${Math.max(10, Math.round(opts.tasks / 100))}`,
  );

  for (const index of indexes) {
    const start = performance.now();
    await client.query(index.def);
    steps.push({ step: `index ${index.name}`, seconds: round((performance.now() - start) / 1000, 2) });
  }
  log(
    `  re-created ${indexes.length} indexes in ${steps
      .filter((s) => s.step.startsWith('index '))
      .reduce((a, s) => a + s.seconds, 0)
      .toFixed(1)} s`,
  );
  await client.query(`RESET session_replication_role`);
  await client.query(`DROP TABLE ba, bg, bp`);
  await step('vacuum analyze', `VACUUM (ANALYZE)`);

  return { seconds: round((performance.now() - t0) / 1000, 1), steps, layout };
}

/** Row counts of the generated tables. */
export async function countRows(client) {
  const tables = [
    'agency',
    'agency_group',
    'agency_group_member',
    'plan',
    'plan_item',
    'plan_item_agency',
    'task_update',
  ];
  const out = {};
  for (const table of tables) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
    out[table] = rows[0].n;
  }
  const { rows: kinds } = await client.query(
    `SELECT kind::text, count(*)::int AS n FROM plan_item GROUP BY 1 ORDER BY 1`,
  );
  out.plan_item_by_kind = Object.fromEntries(kinds.map((r) => [r.kind, r.n]));
  const { rows: roles } = await client.query(
    `SELECT role::text || CASE WHEN group_id IS NULL THEN '' ELSE ' (group)' END AS k, count(*)::int AS n
       FROM plan_item_agency GROUP BY 1 ORDER BY 1`,
  );
  out.plan_item_agency_by_role = Object.fromEntries(roles.map((r) => [r.k, r.n]));
  const { rows: size } = await client.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS s`,
  );
  out.database_size = size[0].s;
  return out;
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
