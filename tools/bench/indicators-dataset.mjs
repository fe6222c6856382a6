// The data of the indicator benchmark: the database partrack_bench_indicators with one province's agencies,
// indicators and figures (generated, or kept with --reuse), and the ids the scoreboard shapes need.
import pg from 'pg';
import { withDatabase } from '../lib/postgres.mjs';
import { INDICATOR_DB } from './constants.mjs';
import { databaseComment, markDatabase, migrate, recreateDatabase } from './database.mjs';
import { countIndicatorRows, generateIndicatorData, INDICATOR_LAYOUT } from './indicators-generate.mjs';
import { SHAPES, TOPS_SQL } from './indicators-shapes.mjs';

const DATA_VERSION = 1; // bump when indicators-generate.mjs changes, so --reuse regenerates

/** Creates (or keeps), migrates and fills the database; sets result.generation. Returns its URL. */
export async function prepareIndicatorDatabase({
  serverUrl,
  adminUrl,
  apiSrc,
  reuse,
  result,
  log,
  checkAborted,
}) {
  const benchUrl = withDatabase(serverUrl, INDICATOR_DB);
  const marker = `partrack-bench-indicators ${JSON.stringify({ v: DATA_VERSION, layout: INDICATOR_LAYOUT })}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let reused = false;
  try {
    const existing = await databaseComment(admin, INDICATOR_DB);
    reused = reuse && existing.comment === marker;
    if (reused) log(`--reuse: ${INDICATOR_DB} already holds this data set; keeping it`);
    else await recreateDatabase(admin, INDICATOR_DB, adminUrl, log);
  } finally {
    await admin.end();
  }
  await migrate(apiSrc, benchUrl, log);
  checkAborted();

  if (!reused) {
    // Its own session: the generator changes settings (jit, work_mem…) that must not leak into the timings.
    const gen = new pg.Client({ connectionString: benchUrl });
    await gen.connect();
    try {
      log('generating 1 province × 1,000 agencies, 20 indicators, quarterly figures 2017–2021…');
      result.generation = await generateIndicatorData(gen, { log });
      await markDatabase(gen, INDICATOR_DB, marker);
      log(`data generated in ${result.generation.seconds} s`);
    } finally {
      await gen.end();
    }
  } else result.generation = { reused: true };
  return benchUrl;
}

/** The session's settings and the data's size (set on result), and the ids of the plan, indicators and tops. */
export async function inspectIndicatorData(db, result, log) {
  result.settings = Object.fromEntries(
    (
      await db.query(
        `SELECT name, current_setting(name) AS v FROM pg_settings
          WHERE name IN ('jit', 'jit_above_cost', 'work_mem', 'shared_buffers', 'max_parallel_workers_per_gather')`,
      )
    ).rows.map((r) => [r.name, r.v]),
  );
  result.data = await countIndicatorRows(db);
  log(
    `data: ${result.data.agency} agencies (${result.data.agency_merged} merged away), ${result.data.indicator} indicators, ` +
      `${result.data.measurement} measurements (${result.data.measurement_size})`,
  );
  return loadIds(db);
}

async function loadIds(db) {
  const root = await db.query(`SELECT id FROM agency WHERE parent_id IS NULL AND level = 'PROVINCE'`);
  if (root.rowCount !== 1) throw new Error('the data set lacks its province root: run without --reuse');
  const rootId = root.rows[0].id;
  const plan = await db.query(`SELECT id FROM plan WHERE owner_agency_id = $1`, [rootId]);
  const indicators = await db.query(
    `SELECT id FROM indicator WHERE plan_id = $1 AND state = 'ACTIVE' ORDER BY sort_order, code`,
    [plan.rows[0].id],
  );
  // defaultAsOf(period): the period's last day (today is later).
  const asOf = `${INDICATOR_LAYOUT.lastYear}-12-31`;
  const tops = {};
  for (const shape of SHAPES)
    tops[shape.level] = (await db.query(TOPS_SQL, [rootId, asOf, shape.level])).rows;
  const coordinator = await db.query(`SELECT id, code FROM agency WHERE code = $1`, [
    `${INDICATOR_LAYOUT.province[0]}-SNV`,
  ]);
  return {
    rootId,
    planId: plan.rows[0].id,
    indicatorIds: indicators.rows.map((r) => r.id),
    asOf,
    tops,
    coordinatorAgencyId: coordinator.rows[0].id,
    coordinatorAgencyCode: coordinator.rows[0].code,
  };
}
