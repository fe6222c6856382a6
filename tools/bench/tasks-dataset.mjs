// The data of the `tasks` benchmark: the database partrack_bench with a national-scale data set (generated,
// or kept with --reuse), and what the runs need from it: ids of plans and agencies, and every page's cursor.
import pg from 'pg';
import { withDatabase } from '../lib/postgres.mjs';
import { DB_NAME, PAGE_SIZE } from './constants.mjs';
import {
  databaseComment,
  maintenanceUrl,
  markDatabase,
  migrate,
  recreateDatabase,
  serverVersion,
} from './database.mjs';
import { countRows, generateData } from './generate.mjs';
import { encodeCursor } from './raw.mjs';
import { DEPARTMENTS, agencyLayout, provinces } from './vocab.mjs';

const DATA_VERSION = 1; // bump when the generator changes, so --reuse regenerates

/**
 * Sets result.generation and result.data.
 * @returns {Promise<{ benchUrl: string, serverVersion: string, ids: object, pages: object[] }>}
 */
export async function prepareTasksData({ args, serverUrl, apiSrc, result, log, checkAborted }) {
  const benchUrl = withDatabase(serverUrl, DB_NAME);
  const adminUrl = maintenanceUrl(serverUrl, DB_NAME);
  const marker = `partrack-bench ${JSON.stringify({ v: DATA_VERSION, provinces: args.provinces, agencies: args.agencies, tasks: args.tasks })}`;
  const version = await serverVersion(adminUrl);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let reused = false;
  try {
    const existing = await databaseComment(admin, DB_NAME);
    reused = args.reuse && existing.comment === marker;
    if (reused) log(`--reuse: ${DB_NAME} already holds this data set; keeping it`);
    else {
      if (args.reuse) {
        log(
          `--reuse: ${DB_NAME} ${existing.exists ? 'holds another data set' : 'does not exist'}; generating`,
        );
      }
      await recreateDatabase(admin, DB_NAME, adminUrl, log);
    }
  } finally {
    await admin.end();
  }

  await migrate(apiSrc, benchUrl, log);
  checkAborted();

  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();
  try {
    if (!reused) {
      log(
        `generating ${args.provinces} provinces × ${args.agencies} agencies, ${args.tasks} tasks (set-based SQL)…`,
      );
      result.generation = await generateData(db, { ...args, log });
      await markDatabase(db, DB_NAME, marker);
      log(`data generated in ${result.generation.seconds} s`);
    } else result.generation = { reused: true };
    result.data = await countRows(db);
    log(
      `data: ${result.data.agency} agencies, ${result.data.plan} plans, ${result.data.plan_item} plan items, ` +
        `${result.data.plan_item_agency} assignments, ${result.data.task_update} task updates (${result.data.database_size})`,
    );
    checkAborted();
    const ids = await loadIds(db, args);
    const pages = await pageList(db);
    return { benchUrl, serverVersion: version, ids, pages };
  } finally {
    await db.end();
  }
}

async function loadIds(db, args) {
  const provs = provinces(args.provinces);
  const { departments } = agencyLayout(args.agencies);
  const provinceCodes = provs.map((p) => p[0]);
  const { rows: plans } = await db.query(
    `SELECT p.id, a.code FROM plan p JOIN agency a ON a.id = p.owner_agency_id WHERE a.code = ANY($1)`,
    [provinceCodes],
  );
  const planByProvince = new Map(plans.map((r) => [r.code, r.id]));
  const planIds = provinceCodes.map((code) => planByProvince.get(code));
  if (planIds.some((id) => !id))
    throw new Error('the data set lacks a plan per province: run without --reuse');
  const deptCodes = provinceCodes.flatMap((pc) =>
    DEPARTMENTS.slice(0, departments).map(([d]) => `${pc}-${d}`),
  );
  const { rows: depts } = await db.query(`SELECT id, code FROM agency WHERE code = ANY($1)`, [deptCodes]);
  const coordinatorAgencyCode = `${provinceCodes[0]}-${DEPARTMENTS[0][0]}`;
  const coordinator = depts.find((d) => d.code === coordinatorAgencyCode);
  if (!coordinator) throw new Error(`agency ${coordinatorAgencyCode} is missing`);
  return {
    provinceCodes,
    planIds,
    coordinatorAgencyId: coordinator.id,
    coordinatorAgencyCode,
    leadAgencyIds: depts.map((d) => d.id).sort(),
  };
}

/** Every page of every plan: the first (no cursor) and, after each 100th task, the cursor of the next one. */
async function pageList(db) {
  const { rows } = await db.query(
    `SELECT plan_id, sort_order, id, rn, total FROM (
       SELECT plan_id, sort_order, id, row_number() OVER w AS rn, count(*) OVER (PARTITION BY plan_id) AS total
         FROM plan_item WHERE kind IN ('TASK', 'PROJECT')
       WINDOW w AS (PARTITION BY plan_id ORDER BY sort_order, id)) x
      WHERE rn % ${PAGE_SIZE} = 0 AND rn < total
      ORDER BY plan_id, rn`,
  );
  const planIds = (await db.query(`SELECT DISTINCT plan_id FROM plan_item ORDER BY 1`)).rows.map(
    (r) => r.plan_id,
  );
  const pages = planIds.map((planId) => ({ planId, after: null, index: 0 }));
  for (const r of rows) {
    pages.push({
      planId: r.plan_id,
      after: encodeCursor([r.plan_id, r.sort_order, r.id]),
      index: Number(r.rn) / PAGE_SIZE,
    });
  }
  return pages;
}
