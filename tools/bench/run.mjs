#!/usr/bin/env node
// `npm run bench`: a benchmark (not a test) of the GraphQL `tasks` query on a national-scale data set, next to a
// raw `pg` baseline of the same pages run in this same process; then the indicator scoreboard benchmark
// (indicators.mjs: its own database and API process). `--only tasks|indicators` runs one. See docs/performance.md.
//
//   1. builds the API (Nx caches), starts Postgres (DATABASE_URL, else an embedded server in tmp/bench-pg on
//      port 54369), creates the database partrack_bench, migrates it with the API's CLI and generates the data
//      with set-based SQL (or reuses it with --reuse);
//   2. starts the built API (NODE_ENV=production) against it, logs in an ADMIN and a COORDINATOR;
//   3. measures `tasks(first: 100, filter: { planId })` with N concurrent clients, then the raw baseline on the
//      same pages, then shorter scope and filter variants;
//   4. EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs → tmp/bench/plan.txt;
//   5. prints a table, writes tmp/bench/result.json, stops the API and the embedded Postgres (also on Ctrl-C).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  formatTable,
  freePort,
  guardPostgresOnExit,
  isPortInUse,
  localBin,
  makeLogger,
  postmasterPid,
  preloadEmbeddedPostgres,
  REPO_ROOT,
  redactUrl,
  rootAccessProblem,
  run,
  sleep,
  stopEmbeddedPostgres,
  superviseSelf,
  UsageError,
} from '../lib/start-helpers.mjs';
import { ensurePostgres, withDatabase } from '../lib/postgres.mjs';
import { counters, ensureUsers, gql, startApi, stopApi, TASKS_QUERY } from './api.mjs';
import { cpuDelta, cpuSnapshot } from './cpu.mjs';
import { captureApiSql, explainAll, rawBaselineSql, reconstructedSql } from './explain.mjs';
import { countRows, generateData } from './generate.mjs';
import { INDICATOR_DB, runIndicatorBench } from './indicators.mjs';
import { runLoad, sequence, shuffle } from './load.mjs';
import { formatProfile, summariseProfile } from './profile-summary.mjs';
import { encodeCursor, RawTasks } from './raw.mjs';
import { DEPARTMENTS, agencyLayout, provinces } from './vocab.mjs';

const log = makeLogger('bench');
const DB_NAME = 'partrack_bench';
const PG_DATA_DIR = path.join(REPO_ROOT, 'tmp', 'bench-pg');
const PG_PORT = 54369;
const OUT_DIR = path.join(REPO_ROOT, 'tmp', 'bench');
const API_BUILD = path.join(REPO_ROOT, 'dist', 'apps', 'api');
const API_COPY = path.join(OUT_DIR, 'api-dist');
const API_SRC = path.join(API_COPY, 'apps', 'api', 'src');
const DATA_VERSION = 1; // bump when the generator changes, so --reuse regenerates
const PAGE_SIZE = 100;

const HELP = `Usage: npm run bench -- [options]

Generates a national-scale data set and measures the GraphQL \`tasks\` query (${PAGE_SIZE} tasks with lead and
coordinating agencies) under concurrent clients, next to a raw \`pg\` baseline of the same pages. Then generates
one province (1,000 agencies, 20 indicators, 20 quarters of figures) and times \`indicatorScoreboard\` and its
rollup SQL per level against the goal (< 300 ms).

Options:
  --only WHICH          tasks or indicators (default: both, tasks first)
  --provinces N         provinces (plans), default 34
  --agencies N          agencies per province, default 1000
  --tasks N             tasks (TASK + PROJECT items) in all, default 200000
  --duration S          measured seconds of the main GraphQL and raw runs, default 20
  --variant-duration S  measured seconds of each scope/filter variant, default 10
  --warmup S            warm-up seconds before each run, default 3
  --clients N           concurrent clients, default 10
  --reuse               keep the databases ${DB_NAME} and ${INDICATOR_DB} when they hold the same data sets
  --skip-build          use dist/ as it is (default: npx nx run api:build, cached by Nx)
  --api-node-options S  extra Node flags for the API process only, e.g. --max-semi-space-size=64
  --profile             run the API under --cpu-prof and summarise where its CPU time goes (slower figures)
  --raw-iterations N    indicators: timed runs of the rollup SQL per shape, default 50
  --graphql-iterations N  indicators: timed scoreboard requests per shape and user, default 30
  --help

Postgres: DATABASE_URL when set (the database ${DB_NAME} is created on that server), else an embedded server
with its data in tmp/bench-pg, port ${PG_PORT}. Results: tmp/bench/result.json and tmp/bench/plan.txt; for the
indicators (database ${INDICATOR_DB}) tmp/bench/indicators-result.json and tmp/bench/indicators-plan.txt.
`;

function parseArgs(argv) {
  const out = {
    provinces: 34,
    agencies: 1000,
    tasks: 200_000,
    duration: 20,
    variantDuration: 10,
    warmup: 3,
    clients: 10,
    reuse: false,
    skipBuild: false,
    profile: false,
    apiNodeOptions: '',
    only: null,
    rawIterations: 50,
    graphqlIterations: 30,
    warmupIterations: 5,
    help: false,
  };
  const numeric = {
    '--provinces': 'provinces',
    '--agencies': 'agencies',
    '--tasks': 'tasks',
    '--duration': 'duration',
    '--variant-duration': 'variantDuration',
    '--warmup': 'warmup',
    '--clients': 'clients',
    '--raw-iterations': 'rawIterations',
    '--graphql-iterations': 'graphqlIterations',
  };
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].indexOf('=');
    const flag = eq > 0 ? argv[i].slice(0, eq) : argv[i];
    const inline = eq > 0 ? argv[i].slice(eq + 1) : undefined;
    if (flag === '--reuse') out.reuse = true;
    else if (flag === '--skip-build') out.skipBuild = true;
    else if (flag === '--profile') out.profile = true;
    else if (flag === '--api-node-options') out.apiNodeOptions = inline ?? argv[++i] ?? '';
    else if (flag === '--only') {
      out.only = inline ?? argv[++i];
      if (!['tasks', 'indicators'].includes(out.only))
        throw new UsageError(`--only needs tasks or indicators, got ${JSON.stringify(out.only)}`);
    } else if (flag === '--help' || flag === '-h') out.help = true;
    else if (numeric[flag]) {
      const raw = inline ?? argv[++i];
      const value = Number(raw);
      const min = flag === '--warmup' ? 0 : 1;
      if (
        !Number.isFinite(value) ||
        value < min ||
        (flag !== '--duration' &&
          flag !== '--variant-duration' &&
          flag !== '--warmup' &&
          !Number.isInteger(value))
      ) {
        throw new UsageError(`${flag} needs a number${min ? ' ≥ 1' : ''}, got ${JSON.stringify(raw)}`);
      }
      out[numeric[flag]] = value;
    } else throw new UsageError(`Unknown option ${argv[i]}. Try --help.`);
  }
  try {
    agencyLayout(out.agencies);
  } catch (err) {
    throw new UsageError(err.message);
  }
  return out;
}

/** What runs, for the shutdown path. */
const state = { pg: undefined, api: undefined, raw: undefined, aborted: false, shuttingDown: false };

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  // Ctrl-C reaches the whole process group, embedded Postgres included: run in a supervised child so the API
  // stops first and Postgres last (same scheme as npm start).
  if (superviseSelf({ onFrontGone: () => void shutdown(1, 'the launching process went away') })) return;
  installSignalHandlers();
  const started = performance.now();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const result = { startedAt: new Date().toISOString(), options: args };

  // 1. Build.
  if (args.skipBuild) log('skipping the build (--skip-build)');
  else {
    const nx = localBin('nx');
    if (!nx) throw new UsageError('node_modules is missing: run "npm ci" first.');
    log('building the API: nx run api:build');
    const code = await run(nx, ['run', 'api:build', '--output-style=stream-without-prefixes']);
    if (code !== 0) throw new UsageError(`the API build failed (exit code ${code}).`);
  }
  // Other people rebuild dist/ while we run (its build starts with rm -rf): work from a private copy.
  await snapshotApiBuild();
  checkAborted();

  // 2. Postgres and the database.
  const server = await startPostgres();
  checkAborted();
  const postmaster = server.embedded ? postmasterPid(PG_DATA_DIR) : undefined;
  if (args.only !== 'indicators') {
    await tasksBenchmark(args, server, result, started, postmaster);
    // Its API and raw pool go before the next benchmark starts its own.
    await stopApi(state.api, log);
    state.api = undefined;
    await state.raw?.end().catch(() => {});
    state.raw = undefined;
  }
  if (args.only !== 'tasks') {
    checkAborted();
    const adminUrl =
      new URL(server.url).pathname === `/${INDICATOR_DB}` ? withDatabase(server.url, 'postgres') : server.url;
    const probe = new pg.Client({ connectionString: adminUrl });
    await probe.connect();
    const serverVersion = (await probe.query('SHOW server_version')).rows[0].server_version;
    await probe.end();
    await runIndicatorBench({
      serverUrl: server.url,
      adminUrl,
      apiSrc: API_SRC,
      outDir: OUT_DIR,
      repoRoot: REPO_ROOT,
      args,
      log: makeLogger('bench:indicators'),
      state,
      checkAborted,
      postmasterPid: postmaster,
      serverVersion,
      postgresMode: server.embedded ? `embedded (tmp/bench-pg, port ${PG_PORT})` : 'DATABASE_URL',
    });
  }
  await shutdown(0);
}

/** The `tasks` benchmark (steps 1–8 of the header), on the database partrack_bench. */
async function tasksBenchmark(args, server, result, started, postmaster) {
  const benchUrl = withDatabase(server.url, DB_NAME);
  // Maintenance connection: the server URL's own database, unless that is the one we drop.
  const adminUrl =
    new URL(server.url).pathname === `/${DB_NAME}` ? withDatabase(server.url, 'postgres') : server.url;
  const marker = `partrack-bench ${JSON.stringify({ v: DATA_VERSION, provinces: args.provinces, agencies: args.agencies, tasks: args.tasks })}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let serverVersion;
  let reused = false;
  try {
    serverVersion = (await admin.query('SHOW server_version')).rows[0].server_version;
    const existing = await admin.query(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [DB_NAME],
    );
    reused = args.reuse && existing.rows[0]?.comment === marker;
    if (reused) log(`--reuse: ${DB_NAME} already holds this data set; keeping it`);
    else {
      if (args.reuse) {
        log(
          `--reuse: ${DB_NAME} ${existing.rowCount ? 'holds another data set' : 'does not exist'}; generating`,
        );
      }
      await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${DB_NAME}"`);
      log(`created the database ${DB_NAME} on ${redactUrl(adminUrl)}`);
    }
  } finally {
    await admin.end();
  }

  log('migrating with the API CLI (cli/main.js migrate)');
  const migrated = await run(process.execPath, [path.join(API_SRC, 'cli/main.js'), 'migrate'], {
    env: { ...process.env, DATABASE_URL: benchUrl, PARTRACK_ROOT: REPO_ROOT },
  });
  if (migrated !== 0) throw new Error(`the migrations failed (exit code ${migrated})`);
  checkAborted();

  const db = new pg.Client({ connectionString: benchUrl });
  await db.connect();
  let ids;
  let pages;
  try {
    if (!reused) {
      log(
        `generating ${args.provinces} provinces × ${args.agencies} agencies, ${args.tasks} tasks (set-based SQL)…`,
      );
      result.generation = await generateData(db, { ...args, log });
      await db.query(`COMMENT ON DATABASE "${DB_NAME}" IS '${marker.replace(/'/g, "''")}'`);
      log(`data generated in ${result.generation.seconds} s`);
    } else result.generation = { reused: true };
    result.data = await countRows(db);
    log(
      `data: ${result.data.agency} agencies, ${result.data.plan} plans, ${result.data.plan_item} plan items, ` +
        `${result.data.plan_item_agency} assignments, ${result.data.task_update} task updates (${result.data.database_size})`,
    );
    checkAborted();
    ids = await loadIds(db, args);
    pages = await pageList(db);
  } finally {
    await db.end();
  }
  const allPages = shuffle(pages, 2022);
  const plan1Pages = shuffle(
    pages.filter((p) => p.planId === ids.planIds[0]),
    34,
  );
  log(`${pages.length} pages of ${PAGE_SIZE} tasks (${plan1Pages.length} in the first province's plan)`);

  // 3. The API.
  const port = await freePort();
  const profileDir = path.join(OUT_DIR, 'prof');
  const nodeOptions = [args.apiNodeOptions];
  if (args.profile) {
    fs.rmSync(profileDir, { recursive: true, force: true });
    nodeOptions.push(`--cpu-prof --cpu-prof-dir=${profileDir}`);
  }
  state.api = (
    await startApi({
      repoRoot: REPO_ROOT,
      entry: path.join(API_SRC, 'main.js'),
      databaseUrl: benchUrl,
      port,
      dataDir: path.join(OUT_DIR, 'data'),
      logFile: path.join(OUT_DIR, 'api.log'),
      nodeOptions: nodeOptions.filter(Boolean).join(' '),
      log,
    })
  ).child;
  const url = `http://127.0.0.1:${port}/graphql`;
  checkAborted();
  const users = await ensureUsers(url, ids.coordinatorAgencyId, log);
  log(`logged in ADMIN and COORDINATOR (${ids.coordinatorAgencyCode}, province ${ids.provinceCodes[0]})`);

  // 4. Same data both ways?
  state.raw = new RawTasks(benchUrl, Number(process.env.DB_POOL_SIZE) || 10);
  result.equivalence = await checkEquivalence(url, users.admin.token, state.raw, plan1Pages);
  log(
    result.equivalence.ok
      ? `equivalence: GraphQL and raw return identical pages (${result.equivalence.pagesCompared} pages compared)`
      : `WARNING: GraphQL and raw differ: ${result.equivalence.problem}`,
  );

  // 5. Load.
  const apiPid = state.api.pid;
  const common = { clients: args.clients, warmupMs: args.warmup * 1000, aborted: () => state.aborted };
  const runs = [];
  const measure = async (name, meta, durationS, request, clients = args.clients) => {
    checkAborted();
    log(`${name}: ${clients} client${clients === 1 ? '' : 's'}, ${args.warmup} s warm-up + ${durationS} s…`);
    const r = await runLoad({
      ...common,
      clients,
      durationMs: durationS * 1000,
      request,
      sample: () => cpuSnapshot(apiPid, postmaster),
    });
    const cpu = cpuDelta(r.samples[0], r.samples[1]);
    delete r.samples;
    const perRequest = (ms) => (cpu && r.requests ? Math.round((ms / r.requests) * 100) / 100 : null);
    const row = {
      name,
      ...meta,
      ...r,
      cpuMsPerRequest: cpu
        ? { api: perRequest(cpu.apiMs), postgres: perRequest(cpu.postgresMs), bench: perRequest(cpu.benchMs) }
        : null,
      cpuUtilisation: cpu
        ? {
            api: round2(cpu.apiMs / cpu.wallMs),
            postgres: round2(cpu.postgresMs / cpu.wallMs),
            bench: round2(cpu.benchMs / cpu.wallMs),
            otherProcesses: round2(cpu.otherMs / cpu.wallMs),
          }
        : null,
      loadAverage1m: round2(os.loadavg()[0]),
    };
    runs.push(row);
    log(
      `  ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${r.errors}` +
        (r.errorSamples.length ? ` (${r.errorSamples[0].message})` : '') +
        (row.cpuUtilisation
          ? `; cores busy: API ${row.cpuUtilisation.api}, Postgres ${row.cpuUtilisation.postgres}, bench ${row.cpuUtilisation.bench}, other processes ${row.cpuUtilisation.otherProcesses}`
          : ''),
    );
    return row;
  };
  const gqlPage = (token, list, filterOf) => {
    const next = sequence(list);
    return async () => {
      const page = next();
      const { data, bytes } = await gql(
        url,
        TASKS_QUERY,
        { first: PAGE_SIZE, after: page.after, filter: filterOf(page) },
        token,
      );
      return { bytes, rows: data.tasks.edges.length };
    };
  };

  const graphqlRun = await measure(
    'graphql',
    { via: 'GraphQL', user: 'ADMIN', filter: '{ planId } (all plans)' },
    args.duration,
    gqlPage(users.admin.token, allPages, (p) => ({ planId: p.planId })),
  );
  const rawNext = sequence(allPages);
  const rawRun = await measure(
    'raw',
    { via: 'raw pg', user: '—', filter: 'plan_id (all plans)' },
    args.duration,
    async () => {
      const page = rawNext();
      const out = await state.raw.page(page.planId, page.after, PAGE_SIZE);
      return { bytes: out.json.length, rows: out.edges.length };
    },
  );
  // Unloaded latency: one client at a time, same page sequence.
  await measure(
    'graphql-1-client',
    { via: 'GraphQL', user: 'ADMIN', filter: '{ planId } (all plans)' },
    args.variantDuration,
    gqlPage(users.admin.token, allPages, (p) => ({ planId: p.planId })),
    1,
  );
  const rawSerial = sequence(allPages);
  await measure(
    'raw-1-client',
    { via: 'raw pg', user: '—', filter: 'plan_id (all plans)' },
    args.variantDuration,
    async () => {
      const page = rawSerial();
      const out = await state.raw.page(page.planId, page.after, PAGE_SIZE);
      return { bytes: out.json.length, rows: out.edges.length };
    },
    1,
  );
  await measure(
    'graphql-admin-plan1',
    { via: 'GraphQL', user: 'ADMIN', filter: `{ planId } (${ids.provinceCodes[0]} only)` },
    args.variantDuration,
    gqlPage(users.admin.token, plan1Pages, (p) => ({ planId: p.planId })),
  );
  await measure(
    'graphql-coordinator-plan1',
    { via: 'GraphQL', user: 'COORDINATOR', filter: `{ planId } (${ids.provinceCodes[0]}), scope on` },
    args.variantDuration,
    gqlPage(users.coordinator.token, plan1Pages, (p) => ({ planId: p.planId })),
  );
  await measure(
    'graphql-coordinator-province',
    { via: 'GraphQL', user: 'COORDINATOR', filter: '{} (scope picks the plans)' },
    args.variantDuration,
    gqlPage(users.coordinator.token, plan1Pages, () => ({})),
  );
  await measure(
    'graphql-filtered',
    { via: 'GraphQL', user: 'ADMIN', filter: '{ leadAgencyId, overdue: true }' },
    args.variantDuration,
    filteredWalker(url, users.admin.token, shuffle(ids.leadAgencyIds, 7), args.clients),
  );
  result.runs = runs;
  result.ratio = {
    throughput: Math.round((graphqlRun.rps / rawRun.rps) * 1000) / 1000,
    rawTimesGraphql: Math.round((rawRun.rps / graphqlRun.rps) * 10) / 10,
    p50: round2(graphqlRun.p50 / rawRun.p50),
    p99: round2(graphqlRun.p99 / rawRun.p99),
    note: 'GraphQL ÷ raw: throughput below 1 means GraphQL serves that fraction of the raw rate; latency above 1 means GraphQL is that many times slower',
  };

  // 6. EXPLAIN.
  checkAborted();
  log('EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs for one request…');
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
    statements = await captureApiSql({ apiSrc: API_SRC, databaseUrl: benchUrl, ids: explainIds });
    statements.push(...suggestedRewrites(statements));
  } catch (err) {
    log(`could not run the API's code to capture its SQL (${err.message}); explaining the reconstruction`);
    statements = reconstructedSql(explainIds, decodeAfter(mid.after));
  }
  const itemIds = await itemIdsOf(benchUrl, ids.planIds[0], mid.after);
  statements.push(...rawBaselineSql(explainIds, decodeAfter(mid.after), itemIds));
  const explained = await explainAll(benchUrl, statements);
  fs.writeFileSync(path.join(OUT_DIR, 'plan.txt'), planHeader(result, serverVersion) + explained.text);
  result.explain = explained.summaries;

  // 7. The API's CPU profile (written when it exits).
  if (args.profile) {
    await stopApi(state.api, log);
    const files = fs.existsSync(profileDir)
      ? fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))
      : [];
    if (files.length) {
      const file = path.join(profileDir, files.sort().at(-1));
      result.profile = {
        file: path.relative(REPO_ROOT, file),
        graphqlRequests: counters.requests,
        ...summariseProfile(file),
      };
    } else log('no CPU profile was written by the API');
  }

  // 8. Report.
  result.machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: serverVersion,
    postgresMode: server.embedded ? `embedded (tmp/bench-pg, port ${PG_PORT})` : 'DATABASE_URL',
    apiDbPoolSize: Number(process.env.DB_POOL_SIZE) || 10,
    apiNodeOptions: nodeOptions.filter(Boolean).join(' ') || null,
  };
  result.totalSeconds = Math.round((performance.now() - started) / 1000);
  fs.writeFileSync(path.join(OUT_DIR, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  printReport(result);
}

// -------------------------------------------------------------------------------------------------------------

/**
 * Copies dist/apps/api to tmp/bench/api-dist and runs everything from there. A copy taken while someone else's
 * build is half-way (files missing, path aliases not yet rewritten) is retried for up to a minute.
 */
async function snapshotApiBuild() {
  for (let attempt = 1; ; attempt++) {
    const problem = buildProblem(API_BUILD);
    if (!problem) {
      fs.rmSync(API_COPY, { recursive: true, force: true });
      fs.cpSync(API_BUILD, API_COPY, { recursive: true });
      if (!buildProblem(API_COPY)) {
        log(`using a copy of the API build in ${path.relative(REPO_ROOT, API_COPY)}`);
        return;
      }
    }
    if (attempt >= 20) {
      throw new UsageError(
        `the API build in dist/apps/api is unusable (${problem ?? 'changed while copying'}).`,
      );
    }
    await sleep(3000);
  }
}

function buildProblem(root) {
  const src = path.join(root, 'apps', 'api', 'src');
  for (const file of ['main.js', 'cli/main.js', 'plans/tasks.service.js', 'database/data-source.js']) {
    if (!fs.existsSync(path.join(src, file))) return `${file} is missing`;
  }
  if (/require\("@partrack\//.test(fs.readFileSync(path.join(src, 'plans/tasks.service.js'), 'utf8'))) {
    return 'path aliases are not rewritten yet (build in progress)';
  }
  return undefined;
}

async function startPostgres() {
  if (process.env.DATABASE_URL) {
    log(`using the server of DATABASE_URL: ${redactUrl(process.env.DATABASE_URL)}`);
    state.pg = await ensurePostgres({ dataDir: PG_DATA_DIR, port: PG_PORT });
    return state.pg;
  }
  const problem = rootAccessProblem(PG_DATA_DIR);
  if (problem) throw new UsageError(problem);
  if (await isPortInUse(PG_PORT, '127.0.0.1')) {
    throw new UsageError(
      `port ${PG_PORT} (the benchmark's embedded Postgres) is in use: is another bench running?`,
    );
  }
  log(`starting the embedded Postgres (data in ${path.relative(REPO_ROOT, PG_DATA_DIR)}, port ${PG_PORT})`);
  await preloadEmbeddedPostgres();
  state.pg = await ensurePostgres({ dataDir: PG_DATA_DIR, port: PG_PORT, log });
  guardPostgresOnExit(PG_DATA_DIR);
  return state.pg;
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

/** Compares GraphQL and raw on the first, a middle and the last page of a plan (nodes and pageInfo). */
async function checkEquivalence(url, token, raw, plan1Pages) {
  const sorted = [...plan1Pages].sort((a, b) => a.index - b.index);
  const sample = [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)];
  for (const page of sample) {
    const { data } = await gql(
      url,
      TASKS_QUERY,
      { first: PAGE_SIZE, after: page.after, filter: { planId: page.planId } },
      token,
    );
    const viaRaw = await raw.page(page.planId, page.after, PAGE_SIZE);
    const a = JSON.stringify({ edges: data.tasks.edges, pageInfo: data.tasks.pageInfo });
    const b = JSON.stringify({ edges: viaRaw.edges, pageInfo: viaRaw.pageInfo });
    if (a !== b) {
      const i = data.tasks.edges.findIndex((e, k) => JSON.stringify(e) !== JSON.stringify(viaRaw.edges[k]));
      return {
        ok: false,
        pagesCompared: sample.length,
        problem: `page ${page.index}: item ${i}: GraphQL ${JSON.stringify(data.tasks.edges[i] ?? data.tasks.pageInfo)} vs raw ${JSON.stringify(viaRaw.edges[i] ?? viaRaw.pageInfo)}`,
      };
    }
  }
  return { ok: true, pagesCompared: sample.length };
}

/** Each client pages through one lead agency's overdue tasks with endCursor, then takes the next agency. */
function filteredWalker(url, token, leadIds, clients) {
  let nextLead = 0;
  const states = Array.from({ length: clients }, () => ({ lead: null, after: null }));
  return async (i) => {
    const s = states[i];
    if (!s.lead) {
      s.lead = leadIds[nextLead++ % leadIds.length];
      s.after = null;
    }
    const { data, bytes } = await gql(
      url,
      TASKS_QUERY,
      { first: PAGE_SIZE, after: s.after, filter: { leadAgencyId: s.lead, overdue: true } },
      token,
    );
    if (data.tasks.pageInfo.hasNextPage) s.after = data.tasks.pageInfo.endCursor;
    else s.lead = null;
    return { bytes, rows: data.tasks.edges.length };
  };
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

function planHeader(result, serverVersion) {
  return (
    `EXPLAIN (ANALYZE, BUFFERS) of the SQL behind one \`tasks\` request (partrack benchmark, ${result.startedAt}).\n` +
    `PostgreSQL ${serverVersion}. Each statement ran twice; the second (warm) plan is shown.\n` +
    `The API's SQL was captured from its own compiled code (dist/) with a recording TypeORM logger; see\n` +
    `tools/bench/explain.mjs. Statements marked SUGGESTED REWRITE are not what the API runs.\n\n`
  );
}

function printReport(result) {
  const rows = [
    [
      'run',
      'clients',
      'via',
      'user',
      'filter',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'err',
      'CPU ms/req API·PG·bench',
      'other procs',
    ],
  ];
  for (const r of result.runs) {
    const cpu = r.cpuMsPerRequest
      ? `${fmt(r.cpuMsPerRequest.api)} · ${fmt(r.cpuMsPerRequest.postgres)} · ${fmt(r.cpuMsPerRequest.bench)}`
      : '—';
    rows.push([
      r.name,
      r.clients,
      r.via,
      r.user,
      r.filter,
      r.rps,
      r.p50,
      r.p95,
      r.p99,
      r.max,
      r.errors,
      cpu,
      r.cpuUtilisation ? `${r.cpuUtilisation.otherProcesses} cores` : '—',
    ]);
  }
  const g = result.generation;
  console.log('');
  console.log(
    `partrack benchmark — ${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${result.machine.memoryGiB} GiB, Node ${result.machine.node}, PostgreSQL ${result.machine.postgres} (${result.machine.postgresMode})`,
  );
  console.log(
    `data: ${result.data.agency} agencies, ${result.data.plan} plans, ${result.data.plan_item} plan items ` +
      `(${result.data.plan_item_by_kind.TASK ?? 0} TASK), ${result.data.plan_item_agency} assignments — ` +
      (g.reused ? 'reused' : `generated in ${g.seconds} s`),
  );
  console.log(
    `${result.options.clients} clients, pages of ${PAGE_SIZE}; warm-up ${result.options.warmup} s per run${result.machine.apiNodeOptions ? `; API node flags: ${result.machine.apiNodeOptions}` : ''}\n`,
  );
  console.log(formatTable(rows, { indent: '  ' }));
  console.log(
    `\n  GraphQL ÷ raw: throughput ${result.ratio.throughput} (raw serves ${result.ratio.rawTimesGraphql}× as many requests), ` +
      `p50 ${result.ratio.p50}×, p99 ${result.ratio.p99}×`,
  );
  console.log(
    `  equivalence check: ${result.equivalence.ok ? 'identical pages' : `DIFFERENT — ${result.equivalence.problem}`}`,
  );
  const busy = result.runs.filter((r) => (r.cpuUtilisation?.otherProcesses ?? 0) > 0.25);
  if (busy.length) {
    console.log(
      `  WARNING: other processes used CPU during ${busy.map((r) => r.name).join(', ')} ` +
        `(up to ${Math.max(...busy.map((r) => r.cpuUtilisation.otherProcesses))} cores): those figures are not clean.`,
    );
  }
  const explainRows = [['statement', 'exec ms', 'scans (index)']];
  for (const s of result.explain) {
    explainRows.push([
      s.label.length > 70 ? `${s.label.slice(0, 67)}…` : s.label,
      s.executionMs ?? '—',
      [
        ...new Set(
          s.scans
            .filter((x) => !['CTE Scan', 'Function Scan'].includes(x.kind))
            .map((x) => `${x.kind} ${x.on ?? ''}${x.index ? ` (${x.indexDef ?? x.index})` : ''}`),
        ),
      ]
        .join('; ')
        .slice(0, 160),
    ]);
  }
  console.log(`\n  EXPLAIN (tmp/bench/plan.txt):\n${formatTable(explainRows, { indent: '  ' })}`);
  if (result.profile) {
    console.log(`\n${formatProfile(result.profile, result.profile.graphqlRequests).replace(/^/gm, '  ')}`);
    console.log(`  (figures of a --profile run include the profiler's overhead)`);
  }
  console.log(`\n  wrote tmp/bench/result.json and tmp/bench/plan.txt; total ${result.totalSeconds} s\n`);
}

const fmt = (x) => (x === null || x === undefined ? '—' : Math.round(x * 100) / 100);
const round2 = (x) => Math.round(x * 100) / 100;

class Aborted extends Error {}

function checkAborted() {
  if (state.aborted) throw new Aborted();
}

function installSignalHandlers() {
  process.on('exit', () => {
    const api = state.api;
    if (api && api.exitCode === null && api.signalCode === null) {
      try {
        process.kill(-api.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (state.shuttingDown) return;
      log(`${sig} received: stopping`);
      void shutdown(130);
    });
  }
}

async function shutdown(exitCode, reason) {
  if (state.shuttingDown) return;
  state.shuttingDown = true;
  state.aborted = true;
  if (reason) log(`${reason}: stopping`);
  try {
    await stopApi(state.api, log);
    await state.raw?.end().catch(() => {});
    if (state.pg?.embedded) {
      // Let in-flight client work settle a moment, then stop the server (fast shutdown).
      await sleep(100);
      log('stopping the embedded Postgres…');
      await stopEmbeddedPostgres(state.pg, PG_DATA_DIR, { log });
    }
  } catch (err) {
    log.error(`while stopping: ${err?.stack ?? err}`);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}

main().catch((err) => {
  if (err instanceof Aborted || state.shuttingDown) return;
  log.error(err instanceof UsageError ? err.message : (err?.stack ?? String(err)));
  void shutdown(1);
});
