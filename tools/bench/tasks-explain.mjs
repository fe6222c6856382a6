// EXPLAIN (ANALYZE, BUFFERS) of the SQL behind one `tasks` request → tmp/bench/plan.txt: the API's own SQL
// (captured from its build), a suggested rewrite of the lead-agency filter, and the raw baseline's SQL.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { OUT_DIR, PAGE_SIZE } from './constants.mjs';
import { captureApiSql, explainAll, rawBaselineSql, reconstructedSql } from './explain.mjs';

/** Writes plan.txt; returns the summaries for result.json. */
export async function explainTasks({
  apiSrc,
  benchUrl,
  ids,
  users,
  plan1Pages,
  startedAt,
  serverVersion,
  log,
}) {
  const mid =
    plan1Pages.find((p) => p.after && p.index === Math.floor(plan1Pages.length / 2)) ??
    plan1Pages.find((p) => p.after);
  const explainIds = {
    planId: ids.planIds[0],
    midCursor: mid.after,
    coordinatorUserId: users.coordinator.userId,
    adminUserId: users.admin.userId,
    leadAgencyId: ids.coordinatorAgencyId,
  };
  let statements;
  try {
    statements = await captureApiSql({ apiSrc, databaseUrl: benchUrl, ids: explainIds });
    statements.push(...suggestedRewrites(statements));
  } catch (err) {
    log(`could not run the API's code to capture its SQL (${err.message}); explaining the reconstruction`);
    statements = reconstructedSql(explainIds, decodeAfter(mid.after));
  }
  const itemIds = await itemIdsOf(benchUrl, ids.planIds[0], mid.after);
  statements.push(...rawBaselineSql(explainIds, decodeAfter(mid.after), itemIds));
  const explained = await explainAll(benchUrl, statements);
  fs.writeFileSync(path.join(OUT_DIR, 'plan.txt'), planHeader(startedAt, serverVersion) + explained.text);
  return explained.summaries;
}

/**
 * The lead-agency filter rewritten as a semi-join on a UNION ALL of "led directly" and "led through a group",
 * so Postgres can use the (agency_id, role), agency_group_member(agency_id) and (group_id, role) indexes:
 * explained next to the API's own SQL as evidence for docs/performance.md (the API is not changed).
 */
function suggestedRewrites(statements) {
  const pattern =
    /EXISTS \(\s*SELECT 1 FROM plan_item_agency pia\s+LEFT JOIN agency_group_member gm ON gm\.group_id = pia\.group_id\s+WHERE pia\.item_id = "item"\."id" AND pia\.role = 'LEAD'\s+AND \(pia\.agency_id = (\$\d+) OR gm\.agency_id = \$\d+\)\)/;
  const out = [];
  for (const s of statements.filter((x) => x.label.includes('leadAgencyId'))) {
    if (!pattern.test(s.sql)) continue;
    out.push({
      label: `${s.label} — SUGGESTED REWRITE (not what the API runs)`,
      sql: s.sql.replace(
        pattern,
        (_m, p) =>
          `"item"."id" IN (SELECT pia.item_id FROM plan_item_agency pia WHERE pia.role = 'LEAD' AND pia.agency_id = ${p}
      UNION ALL SELECT pia.item_id FROM plan_item_agency pia JOIN agency_group_member gm ON gm.group_id = pia.group_id
      WHERE pia.role = 'LEAD' AND gm.agency_id = ${p})`,
      ),
      params: s.params,
    });
  }
  return out;
}

function decodeAfter(after) {
  return JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
}

/** The ids of the page after `after`: the parameter of the raw baseline's assignments statement. */
async function itemIdsOf(url, planId, after) {
  const [, sortOrder, id] = decodeAfter(after);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT id FROM plan_item WHERE plan_id = $1 AND kind IN ('TASK', 'PROJECT')
          AND (plan_id, sort_order, id) > ($1, $2, $3) ORDER BY plan_id, sort_order, id LIMIT ${PAGE_SIZE}`,
      [planId, sortOrder, id],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

function planHeader(startedAt, serverVersion) {
  return (
    `EXPLAIN (ANALYZE, BUFFERS) of the SQL behind one \`tasks\` request (partrack benchmark, ${startedAt}).\n` +
    `PostgreSQL ${serverVersion}. Each statement ran twice; the second (warm) plan is shown.\n` +
    `The API's SQL was captured from its own compiled code (dist/) with a recording TypeORM logger; see\n` +
    `tools/bench/explain.mjs. Statements marked SUGGESTED REWRITE are not what the API runs.\n\n`
  );
}
