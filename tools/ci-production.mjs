#!/usr/bin/env node
// The production path, as docker/api.Dockerfile builds it, without Docker: the built output and the lockfile
// in a fresh folder, `npm ci --omit=dev` there, `node dist/.../main.js` with NODE_ENV=production against a new
// database on the machine's Postgres. Then: log in as the first administrator, create the least data a report
// needs, download the report as DOCX and XLSX, fetch the SPA and check its compression and cache headers, and
// (when Chromium is installed) what the login page downloads. Whatever happens, the API is stopped, the
// database dropped and the folder removed.
//
//   node tools/ci-production.mjs [--skip-build] [--keep]
//
// PG_SERVER_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the server the database is created on.
// --keep leaves the folder (with the API's log) for inspection.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createDatabase, dropDatabase, withDatabase } from './lib/postgres.mjs';
import {
  API_ENTRY,
  REPO_ROOT,
  WEB_DIST,
  freePort,
  localBin,
  run,
  stopChild,
  waitForHttpOk,
} from './lib/start-helpers.mjs';

const SERVER_URL = process.env.PG_SERVER_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Issue 10: what the login page downloads, JavaScript over the wire. */
const LOGIN_PAGE_JS_BUDGET = 250 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!['--skip-build', '--keep'].includes(arg)) {
    console.error(`unknown option ${arg}; options: --skip-build, --keep`);
    process.exit(2);
  }
}

const started = Date.now();
const log = (msg) => console.log(`[ci-production] ${msg}`);
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** What cleanup must undo; filled in as the steps go. */
const state = { dir: undefined, database: undefined, api: undefined, apiLog: undefined, child: undefined };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, fn) {
  const t0 = Date.now();
  log(`${name} …`);
  const result = await fn();
  log(`${name}: done in ${seconds(t0)} s`);
  return result;
}

async function build() {
  const nx = localBin('nx');
  check(nx, 'node_modules/.bin/nx is missing: run npm ci first');
  const code = await run(nx, ['run-many', '-t', 'build', '--projects=api,web'], {
    onSpawn: (child) => (state.child = child),
  });
  state.child = undefined;
  check(code === 0, `nx build exited with ${code}`);
}

/** docker/api.Dockerfile: the runtime stage holds package.json, node_modules (deps stage) and dist only. */
async function stageProductionFolder() {
  for (const file of [API_ENTRY, `${WEB_DIST}/index.html`]) {
    check(
      fs.existsSync(path.join(REPO_ROOT, file)),
      `${file} is missing: build first (without --skip-build)`,
    );
  }
  state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partrack-production-'));
  for (const file of ['package.json', 'package-lock.json']) {
    fs.copyFileSync(path.join(REPO_ROOT, file), path.join(state.dir, file));
  }
  for (const dir of ['dist/apps/api', WEB_DIST]) {
    fs.cpSync(path.join(REPO_ROOT, dir), path.join(state.dir, dir), { recursive: true });
  }
  log(`folder ${state.dir}`);
}

async function installProductionDependencies() {
  const t0 = Date.now();
  // --prefer-offline: the packages are in npm's cache from the full install; no need to revalidate each one.
  const code = await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: state.dir,
    env: { ...process.env, NODE_ENV: 'production' },
    onSpawn: (child) => (state.child = child),
  });
  state.child = undefined;
  check(code === 0, `npm ci --omit=dev exited with ${code}`);
  log(`npm ci --omit=dev took ${seconds(t0)} s`);
  // A devDependency must not be there, or this run would not prove what the image lacks.
  for (const devOnly of ['jest', 'vitest', 'vite', '@nestjs/testing']) {
    check(
      !fs.existsSync(path.join(state.dir, 'node_modules', devOnly)),
      `${devOnly} was installed by --omit=dev`,
    );
  }
}

async function startApi() {
  const database = `partrack_ci_production_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await createDatabase(SERVER_URL, database);
  state.database = database;
  const port = await freePort();
  const admin = {
    email: 'admin@ci-production.partrack.vn',
    password: `Ci-${randomBytes(12).toString('base64url')}-9a`,
  };
  state.apiLog = path.join(state.dir, 'api.log');
  const out = fs.openSync(state.apiLog, 'a');
  // Only what the Dockerfile and an operator set: nothing from this shell leaks in (DATABASE_URL, CI, …).
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    JWT_SECRET: randomBytes(36).toString('base64url'), // 48 characters
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    DATABASE_URL: withDatabase(SERVER_URL, database),
    WEB_DIST_DIR: path.join(state.dir, WEB_DIST),
    DATA_DIR: path.join(state.dir, 'data'),
    LOG_LEVEL: 'warn',
  };
  state.api = spawn(process.execPath, [API_ENTRY], { cwd: state.dir, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  await waitForHttpOk(`${base}/health/ready`, {
    timeoutMs: 120_000,
    aborted: () =>
      state.api.exitCode !== null || state.api.signalCode !== null
        ? `the API exited (${state.api.exitCode ?? state.api.signalCode}) before it was ready`
        : undefined,
  });
  log(`API ready on ${base} after ${seconds(t0)} s`);
  return { base, admin };
}

async function graphql(base, token, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (res.status !== 200 || body.errors) {
    throw new Error(
      `GraphQL ${query.trim().split(/[({\s]/)[1] ?? ''} answered ${res.status}: ${JSON.stringify(body)}`,
    );
  }
  return body.data;
}

/** A province, one department, this year's annual round: the department gets an agency report to export. */
async function exportReports(base, admin) {
  const { login } = await graphql(
    base,
    undefined,
    `
      mutation Login($input: LoginInput!) {
        login(input: $input) {
          accessToken
          user {
            role
          }
        }
      }
    `,
    { input: admin },
  );
  check(login.user.role === 'ADMIN', `logged in as ${login.user.role}, expected ADMIN`);
  const token = login.accessToken;
  log('logged in as the first administrator (ADMIN_EMAIL/ADMIN_PASSWORD)');

  const createAgency = `mutation CreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
  // Valid long before any due date, so the round finds them whatever today is.
  const validFrom = '2000-01-01';
  const province = await graphql(base, token, createAgency, {
    input: { code: 'CI', name: 'Tỉnh Kiểm Thử', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', validFrom },
  });
  const department = await graphql(base, token, createAgency, {
    input: {
      code: 'CI-SNV',
      name: 'Sở Nội vụ Kiểm Thử',
      kind: 'DEPARTMENT',
      level: 'PROVINCE',
      parentId: province.createAgency.id,
      validFrom,
    },
  });
  const { openReportingRound: round } = await graphql(
    base,
    token,
    `
      mutation Open($input: OpenReportingRoundInput!) {
        openReportingRound(input: $input) {
          id
          title
        }
      }
    `,
    {
      input: {
        kind: 'YEAR',
        year: new Date().getFullYear(),
        provinceId: province.createAgency.id,
        levels: ['PROVINCE'],
      },
    },
  );
  const { agencyReports } = await graphql(
    base,
    token,
    `
      query Reports($filter: AgencyReportFilter) {
        agencyReports(filter: $filter) {
          edges {
            node {
              id
              agencyId
            }
          }
        }
      }
    `,
    { filter: { roundId: round.id } },
  );
  const report = agencyReports.edges
    .map((e) => e.node)
    .find((r) => r.agencyId === department.createAgency.id);
  check(
    report,
    `the round "${round.title}" has no report for the department: ${JSON.stringify(agencyReports)}`,
  );

  for (const [format, part] of [
    ['DOCX', 'word/document.xml'],
    ['XLSX', 'xl/workbook.xml'],
  ]) {
    const { exportAgencyReport: file } = await graphql(
      base,
      token,
      `
        query Export($id: ID!, $format: ReportFileFormat!) {
          exportAgencyReport(id: $id, format: $format) {
            filename
            mimeType
            contentBase64
          }
        }
      `,
      { id: report.id, format },
    );
    const bytes = Buffer.from(file.contentBase64, 'base64');
    check(
      bytes.subarray(0, 4).equals(ZIP_MAGIC),
      `${format}: not a zip (starts with ${bytes.subarray(0, 4).toString('hex')})`,
    );
    // Zip entry names are stored uncompressed: the part proves it is a Word/Excel package, not any zip.
    check(bytes.includes(Buffer.from(part)), `${format}: no ${part} in the package`);
    check(bytes.length > 4096, `${format}: only ${bytes.length} bytes`);
    log(`${format}: ${file.filename} (${file.mimeType}), ${bytes.length} bytes, PK zip with ${part}`);
  }
}

function decode(body, encoding) {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

/** Raw bytes and headers; fetch() would decompress and hide what the server chose. */
async function rawGet(url, headers) {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function checkStaticFiles(base) {
  const index = await rawGet(`${base}/`, { 'accept-encoding': 'gzip, deflate, br' });
  check(index.status === 200, `/ answered ${index.status}`);
  check(/^text\/html/.test(index.headers['content-type'] ?? ''), `/ is ${index.headers['content-type']}`);
  check(index.headers['cache-control'] === 'no-cache', `/ Cache-Control: ${index.headers['cache-control']}`);
  const html = decode(index.body, index.headers['content-encoding']).toString('utf8');
  const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  check(script, 'no module script in index.html');
  log(`/: ${index.headers['content-encoding'] ?? 'identity'}, no-cache; entry script ${script}`);

  const route = await rawGet(`${base}/reports/rounds`, { 'accept-encoding': 'br' });
  check(
    route.status === 200 && route.headers['cache-control'] === 'no-cache',
    'SPA route not served no-cache',
  );

  const raw = fs.statSync(path.join(state.dir, WEB_DIST, script)).size;
  for (const encoding of ['br', 'gzip']) {
    const res = await rawGet(`${base}${script}`, {
      'accept-encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip',
    });
    check(res.status === 200, `${script} answered ${res.status}`);
    check(
      res.headers['content-encoding'] === encoding,
      `${script}: Content-Encoding ${res.headers['content-encoding']}, expected ${encoding}`,
    );
    check(
      res.headers['cache-control'] === 'public, max-age=31536000, immutable',
      `${script}: Cache-Control ${res.headers['cache-control']}`,
    );
    check(
      decode(res.body, encoding).length === raw,
      `${script}: ${encoding} body does not decode to the file`,
    );
    log(`${script}: ${encoding} ${res.body.length} of ${raw} bytes, immutable`);
  }
}

async function measureLoginPage(base) {
  if (!fs.existsSync(CHROMIUM)) {
    log(`no Chromium at ${CHROMIUM}: login page transfer not measured`);
    return;
  }
  const { measurePageTransfer } = await import('./lib/page-transfer.mjs');
  const result = await measurePageTransfer(`${base}/login`, { waitFor: '[data-testid="login-email"]' });
  const scripts = result.files.filter((f) => f.type === 'script');
  const unencoded = scripts.filter((f) => f.encoding === 'identity' && f.bytes > 1024);
  log(
    `login page: ${scripts.length} scripts, ${result.js} bytes of JavaScript over the wire ` +
      `(${(result.js / 1024).toFixed(1)} KB; budget ${LOGIN_PAGE_JS_BUDGET / 1024} KB), ${result.total} bytes in all`,
  );
  check(unencoded.length === 0, `sent uncompressed: ${unencoded.map((f) => f.url).join(', ')}`);
  check(result.js <= LOGIN_PAGE_JS_BUDGET, `the login page downloads ${result.js} bytes of JavaScript`);
}

async function stopApi() {
  const api = state.api;
  const t0 = Date.now();
  await stopChild(api, { signal: 'SIGTERM', graceMs: 20_000, log });
  state.api = undefined;
  // SIGTERM is the normal way to stop it (docker stop): it must shut down by itself, not be killed. Nest closes
  // the app and then re-raises the signal, so "exited by SIGTERM" is the clean outcome, as is exit code 0.
  const clean = api.exitCode === 0 || (api.exitCode === null && api.signalCode === 'SIGTERM');
  check(clean, `the API ended with ${api.exitCode ?? api.signalCode} after SIGTERM`);
  log(`API stopped cleanly in ${seconds(t0)} s`);
}

async function cleanup(failed) {
  // A build or npm ci still running (interrupted): stop it before its folder goes.
  if (state.child) await stopChild(state.child, { signal: 'SIGTERM', graceMs: 5_000, log }).catch(() => {});
  if (state.api) await stopChild(state.api, { signal: 'SIGTERM', graceMs: 10_000, log }).catch(() => {});
  if (failed && state.apiLog && fs.existsSync(state.apiLog)) {
    const lines = fs.readFileSync(state.apiLog, 'utf8').trimEnd().split('\n');
    console.error(`[ci-production] last lines of the API log:\n${lines.slice(-60).join('\n')}`);
  }
  if (state.database) {
    await dropDatabase(SERVER_URL, state.database).catch((err) =>
      console.error(`[ci-production] could not drop ${state.database}: ${err.message}`),
    );
  }
  if (state.dir) {
    if (args.has('--keep')) log(`kept ${state.dir}`);
    else fs.rmSync(state.dir, { recursive: true, force: true });
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanup(true).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

let failed = true;
try {
  if (args.has('--skip-build')) log('--skip-build: using the existing dist/');
  else await step('build (nx, cached when the tests built it)', build);
  await step('stage dist/ and the lockfile in a fresh folder', stageProductionFolder);
  await step('npm ci --omit=dev', installProductionDependencies);
  const { base, admin } = await step('start node dist/…/main.js with NODE_ENV=production', startApi);
  await step('log in, export a report as DOCX and XLSX', () => exportReports(base, admin));
  await step('static files: compression and cache headers', () => checkStaticFiles(base));
  await step('login page transfer (Chromium)', () => measureLoginPage(base));
  await step('stop the API (SIGTERM)', stopApi);
  failed = false;
} catch (err) {
  if (!interrupted) console.error(`[ci-production] FAILED: ${err.message}`);
} finally {
  if (!interrupted) {
    await cleanup(failed);
    log(`${failed ? 'failed' : 'passed'} in ${seconds(started)} s`);
    process.exitCode = failed ? 1 : 0;
  }
}
