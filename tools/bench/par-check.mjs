// The PAR ranking benchmark's checks: the one statement's rows against computeParIndex and rankByIndex of
// libs/shared (from the API build), agency by agency, and the GraphQL rows against the statement's.

/** The framework's nodes as computeParIndex takes them, and each assessment's final points by leaf code. */
async function loadScores(db, cycleId) {
  const { rows: criteria } = await db.query(
    `SELECT c.code, p.code AS parent_code, c.level::text AS level, c.max_points, c.method::text AS method
       FROM par_criterion c LEFT JOIN par_criterion p ON p.id = c.parent_id
      WHERE c.framework_id = (SELECT framework_ids[1] FROM par_cycle WHERE id = $1)
      ORDER BY c.position`,
    [cycleId],
  );
  const nodes = criteria.map((c) => ({
    code: c.code,
    parentCode: c.parent_code,
    level: c.level,
    maxPoints: Number(c.max_points),
    method: c.method,
  }));
  const { rows: scores } = await db.query(
    `SELECT a.code AS agency, c.code, s.appraised_points, s.reappraised_points
       FROM par_score s JOIN par_assessment x ON x.id = s.assessment_id JOIN agency a ON a.id = x.agency_id
       JOIN par_criterion c ON c.id = s.criterion_id
      WHERE x.cycle_id = $1`,
    [cycleId],
  );
  const byAgency = new Map();
  for (const s of scores) {
    const points = s.reappraised_points ?? s.appraised_points;
    if (points === null) continue;
    if (!byAgency.has(s.agency)) byAgency.set(s.agency, new Map());
    byAgency.get(s.agency).set(s.code, Number(points));
  }
  return { nodes, byAgency };
}

/**
 * Every row of the statement (`rows`, with agency codes) against libs/shared: index, points, bonus, penalty,
 * maximum, component indices, rank and previous index, to the hundredth. Returns the count compared and the
 * first differences.
 */
export async function checkRankingRows(db, shared, { rows, cycleId, previousCycleId }) {
  const current = await loadScores(db, cycleId);
  const previous = await loadScores(db, previousCycleId);
  const index = (scores, code) =>
    shared.computeParIndex(scores.nodes, scores.byAgency.get(code) ?? new Map());
  const expected = rows.map((r) => ({ code: r.code, ...index(current, r.code) }));
  const ranks = new Map(shared.rankByIndex(expected, (e) => e.index).map((x) => [x.item.code, x.rank]));
  const h = (v) => (v === null || v === undefined ? null : Number(v) / 100);
  const differences = [];
  rows.forEach((r, i) => {
    const e = expected[i];
    const got = {
      index: h(r.index_h),
      points: h(r.points_h),
      bonus: h(r.bonus_h),
      penalty: h(r.penalty_h),
      maxPoints: h(r.max_h),
      rank: r.rank,
      previousIndex: h(r.previous_index_h),
      areas: r.areas.map((a) => [a.code, h(a.pointsH), h(a.maxH), h(a.indexH)].join(' ')).join(', '),
    };
    const want = {
      index: e.index,
      points: e.points,
      bonus: e.bonus,
      penalty: e.penalty,
      maxPoints: e.maxPoints,
      rank: ranks.get(r.code),
      previousIndex: index(previous, r.code).index,
      areas: e.areas.map((a) => [a.code, a.points, a.maxPoints, a.index].join(' ')).join(', '),
    };
    for (const key of Object.keys(want))
      if (got[key] !== want[key])
        differences.push({ agency: r.code, field: key, sql: got[key], shared: want[key] });
  });
  return { compared: rows.length, ok: differences.length === 0, differences: differences.slice(0, 10) };
}

/** The GraphQL rows (agency code, rank, index) against the statement's, in order. */
export function checkGraphqlRows(graphqlRows, sqlRows) {
  const a = graphqlRows.map((r) => `${r.agency.code} ${r.rank} ${r.index} ${r.previousIndex}`);
  const h = (v) => (v === null ? null : Number(v) / 100);
  const b = sqlRows.map((r) => `${r.code} ${r.rank} ${h(r.index_h)} ${h(r.previous_index_h)}`);
  const first = a.findIndex((x, i) => x !== b[i]);
  return a.length === b.length && first < 0
    ? { ok: true, rowsCompared: a.length }
    : {
        ok: false,
        problem: `row ${first}: GraphQL "${a[first]}", SQL "${b[first]}" (${a.length} vs ${b.length} rows)`,
      };
}

/**
 * parPointsAtRisk against direct SQL, for a few agencies (`codes`): lateTasks (their lead tasks of the year's
 * ACTIVE/CLOSED plans, due by `asOf`, not DONE by the deadline), lateReports (their reports of the year's rounds
 * due by `asOf`, not sent or late) and pointsAtRisk (the cycle's data rules applied to those counts with
 * provisionalPoints of libs/shared). Written from the rule, not from PAR_DATA_SQL; it leaves out lead groups and
 * derived plans, which the bench data has none of. Also: one row per assessment.
 */
export async function checkAtRiskRows(db, shared, { rows, cycleId, year, asOf, codes }) {
  const { rows: agencies } = await db.query(`SELECT id, code FROM agency WHERE code = ANY($1::text[])`, [
    codes,
  ]);
  const ids = agencies.map((a) => a.id);
  const { rows: tasks } = await db.query(
    `SELECT pia.agency_id, i.area_code, count(*)::int AS total,
            count(*) FILTER (WHERE i.status = 'DONE' AND (i.completed_on IS NULL OR i.completed_on <= i.due_date))::int
              AS on_time
       FROM plan_item i
       JOIN plan p ON p.id = i.plan_id
       JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
      WHERE p.year = $1 AND p.status IN ('ACTIVE', 'CLOSED') AND i.kind IN ('TASK', 'PROJECT')
        AND i.status <> 'CANCELLED' AND i.due_date <= $2::date AND pia.agency_id = ANY($3::uuid[])
      GROUP BY 1, 2`,
    [year, asOf, ids],
  );
  const { rows: reports } = await db.query(
    `SELECT r.agency_id, count(*)::int AS total,
            count(*) FILTER (WHERE r.submitted_at IS NOT NULL AND NOT r.late)::int AS on_time
       FROM agency_report r JOIN reporting_round rr ON rr.id = r.round_id
      WHERE rr.year = $1 AND r.due_date <= $2::date AND r.agency_id = ANY($3::uuid[])
      GROUP BY 1`,
    [year, asOf, ids],
  );
  const { rows: rules } = await db.query(
    `SELECT c.max_points, c.data_rule FROM par_criterion c JOIN par_cycle pc ON c.framework_id = ANY(pc.framework_ids)
      WHERE pc.id = $1 AND c.method = 'DATA' AND c.data_rule IS NOT NULL`,
    [cycleId],
  );
  const byCode = new Map(rows.map((r) => [r.agency.code, r]));
  const differences = [];
  const compared = [];
  for (const a of agencies) {
    const own = tasks.filter((t) => t.agency_id === a.id);
    const rep = reports.find((r) => r.agency_id === a.id) ?? { total: 0, on_time: 0 };
    const count = (list, key) => list.reduce((t, x) => t + x[key], 0);
    const atRiskH = rules.reduce((t, c) => {
      const rule = c.data_rule;
      const list =
        rule.source === 'REPORTS_ON_TIME'
          ? [rep]
          : own.filter((x) => !rule.areaCode || x.area_code === rule.areaCode);
      const leaf = {
        method: 'DATA',
        maxPoints: Number(c.max_points),
        dataRule: rule,
        counts: { total: count(list, 'total'), onTime: count(list, 'on_time') },
        final: null,
        self: null,
        lastYear: null,
      };
      return t + Math.round(shared.provisionalPoints(leaf).atRisk * 100);
    }, 0);
    const want = {
      lateTasks: count(own, 'total') - count(own, 'on_time'),
      lateReports: rep.total - rep.on_time,
      pointsAtRisk: atRiskH / 100,
    };
    const row = byCode.get(a.code);
    const got = row
      ? { lateTasks: row.lateTasks, lateReports: row.lateReports, pointsAtRisk: row.pointsAtRisk }
      : { missing: true };
    compared.push({ agency: a.code, tasksDue: count(own, 'total'), ...want });
    for (const key of Object.keys(want))
      if (got[key] !== want[key])
        differences.push({ agency: a.code, field: key, api: got[key], sql: want[key] });
  }
  const { rows: assessments } = await db.query(
    `SELECT count(*)::int AS n FROM par_assessment WHERE cycle_id = $1`,
    [cycleId],
  );
  if (rows.length !== assessments[0].n)
    differences.push({ field: 'rows', api: rows.length, sql: assessments[0].n });
  if (agencies.length !== codes.length)
    differences.push({ field: 'agencies', wanted: codes, found: agencies.length });
  return { ok: differences.length === 0, asOf, compared, differences: differences.slice(0, 10) };
}
