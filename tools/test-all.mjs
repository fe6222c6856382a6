#!/usr/bin/env node
// `npm test`: every test suite of the repo, one after the other, then one summary.
// The last line of output is always `N passed, N failed, N skipped` (CI reads it).
//
//   npm test                       all suites
//   npm test -- --only api,web     only these suites (shared, api, web, e2e)
//   npm test -- --skip e2e         all but these
//
// A suite whose config file does not exist yet is skipped with a message, except in CI (CI=true), where
// that is a failure. The browser tests (e2e, Playwright) are skipped when Chromium is not installed; a flaky
// Playwright test (failed, then passed on a retry: only with --retries, the config has none) counts as failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(ROOT, 'tmp', 'test-results');
const CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** @typedef {{ name: string, label: string, config: string, kind: 'jest' | 'vitest' | 'playwright', needsChromium?: boolean }} Suite */
/** @type {Suite[]} */
const SUITES = [
  { name: 'shared', label: 'libs/shared (Jest)', config: 'libs/shared/jest.config.js', kind: 'jest' },
  {
    name: 'api',
    label: 'apps/api unit + integration (Jest)',
    config: 'apps/api/jest.config.js',
    kind: 'jest',
  },
  { name: 'web', label: 'apps/web (Vitest)', config: 'apps/web/vite.config.mts', kind: 'vitest' },
  {
    name: 'e2e',
    label: 'apps/e2e browser (Playwright + Chromium)',
    config: 'apps/e2e/playwright.config.ts',
    kind: 'playwright',
    needsChromium: true,
  },
];

function parseArgs(argv) {
  const names = new Set(SUITES.map((s) => s.name));
  let only;
  const skip = new Set();
  const list = (value, flag) => {
    if (!value) throw new Error(`${flag} needs a value, e.g. ${flag} api,web`);
    const items = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    for (const item of items) {
      if (!names.has(item)) throw new Error(`unknown suite "${item}" (known: ${[...names].join(', ')})`);
    }
    return items;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === '--only') {
      only = new Set(list(inline ?? argv[++i], '--only'));
    } else if (flag === '--skip') {
      for (const s of list(inline ?? argv[++i], '--skip')) skip.add(s);
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm test [-- --only shared,api,web,e2e] [-- --skip e2e]');
      process.exit(0);
    } else {
      throw new Error(`unknown option ${arg} (use --only or --skip)`);
    }
  }
  return SUITES.filter((s) => (!only || only.has(s.name)) && !skip.has(s.name));
}

/** The runner binary of a suite kind, its arguments, and extra environment variables. */
function commandFor(suite, outputFile) {
  const config = path.join(ROOT, suite.config);
  if (suite.kind === 'jest') {
    return ['jest', ['-c', config, '--json', `--outputFile=${outputFile}`, '--passWithNoTests'], {}];
  }
  if (suite.kind === 'playwright') {
    // The config's reporters are `list` (to the console) and `json`, whose file this variable sets.
    return [
      'playwright',
      ['test', '-c', config, '--pass-with-no-tests'],
      { PLAYWRIGHT_JSON_OUTPUT_FILE: outputFile },
    ];
  }
  return [
    'vitest',
    [
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${outputFile}`,
      '--passWithNoTests',
    ],
    {},
  ];
}

function binPath(name) {
  const local = path.join(ROOT, 'node_modules', '.bin', name);
  return fs.existsSync(local) ? local : undefined;
}

function runStep(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      console.error(`[test] could not run ${command}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/**
 * Counts from a results file: Jest's (or the Vitest json reporter's, same shape) or the Playwright json
 * reporter's; undefined when absent/unreadable. `brokenSuites`: test files that failed to load, or errors
 * outside any test (e.g. a failed global setup), each of which reports no failing test.
 */
function readCounts(file, kind) {
  if (!fs.existsSync(file)) return undefined;
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const n = (v) => (Number.isFinite(v) ? v : 0);
    if (kind === 'playwright') {
      const stats = json.stats ?? {};
      return {
        passed: n(stats.expected),
        failed: n(stats.unexpected) + n(stats.flaky),
        skipped: n(stats.skipped),
        brokenSuites: Array.isArray(json.errors) ? json.errors.length : 0,
        flaky: n(stats.flaky),
      };
    }
    return {
      passed: n(json.numPassedTests),
      failed: n(json.numFailedTests),
      skipped: n(json.numPendingTests) + n(json.numTodoTests),
      brokenSuites: n(json.numRuntimeErrorTestSuites),
    };
  } catch (err) {
    console.error(`[test] could not read ${path.relative(ROOT, file)}: ${err.message}`);
    return undefined;
  }
}

/** Browser tests that would have run: `it(`/`test(` calls in apps/e2e/src, at least one per file. */
function countE2eTests() {
  const dir = path.join(ROOT, 'apps/e2e/src');
  if (!fs.existsSync(dir)) return 0;
  let count = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, String(entry));
    if (!file.endsWith('.e2e.ts')) continue;
    const text = fs.readFileSync(file, 'utf8');
    count += Math.max(
      1,
      (text.match(/^\s*(?:it|test)(?:\.(?:each\([^)]*\)|only|concurrent))?\s*\(/gm) ?? []).length,
    );
  }
  return count;
}

function formatDuration(ms) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((c, i) => (i >= 2 && i <= 4 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  let suites;
  try {
    suites = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`[test] ${err.message}`);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(2);
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });

  const results = [];
  for (const suite of suites) {
    const started = Date.now();
    const result = { suite, status: 'passed', passed: 0, failed: 0, skipped: 0, note: '', ms: 0 };
    results.push(result);
    const header = `\n=== ${suite.label} ===`;

    if (!fs.existsSync(path.join(ROOT, suite.config))) {
      console.log(header);
      if (CI) {
        console.log(`${suite.config} does not exist: FAILED (a missing suite is an error in CI).`);
        Object.assign(result, { status: 'FAILED', failed: 1, note: `missing ${suite.config}` });
      } else {
        console.log(`${suite.config} does not exist yet: ${suite.name} tests SKIPPED.`);
        Object.assign(result, { status: 'skipped', note: `no ${suite.config} yet` });
      }
      continue;
    }
    if (suite.needsChromium && !fs.existsSync(CHROMIUM)) {
      console.log(header);
      console.log(
        `Chromium not found at ${CHROMIUM}: browser tests SKIPPED (install the Debian package \`chromium\` to run them)`,
      );
      const n = countE2eTests();
      Object.assign(result, { status: 'skipped', skipped: n, note: `no Chromium at ${CHROMIUM}` });
      continue;
    }

    const outputFile = path.join(RESULTS_DIR, `${suite.name}.json`);
    const [runner, args, env] = commandFor(suite, outputFile);
    const bin = binPath(runner);
    console.log(header);
    if (!bin) {
      console.log(`node_modules/.bin/${runner} is missing: run "npm ci" first.`);
      Object.assign(result, { status: 'FAILED', failed: 1, note: `${runner} not installed` });
      continue;
    }
    fs.rmSync(outputFile, { force: true });
    const shown = (a) => (a.startsWith(ROOT) ? path.relative(ROOT, a) : a);
    console.log(
      `$ ${Object.entries(env)
        .map(([k, v]) => `${k}=${shown(v)} `)
        .join('')}${runner} ${args.map(shown).join(' ')}`,
    );
    const code = await runStep(bin, args, env);
    result.ms = Date.now() - started;

    const counts = readCounts(outputFile, suite.kind);
    if (counts) {
      Object.assign(result, { passed: counts.passed, failed: counts.failed, skipped: counts.skipped });
      if (counts.flaky) result.note = `${counts.flaky} flaky test(s), counted as failed`;
      if (counts.brokenSuites > 0) {
        // A test file that fails to load reports no failing test; count each as one failure.
        result.failed += counts.brokenSuites;
        result.note =
          suite.kind === 'playwright'
            ? `${counts.brokenSuites} error(s) outside the tests (see output above)`
            : `${counts.brokenSuites} test file(s) failed to run`;
      }
    }
    if (code !== 0 || result.failed > 0) {
      result.status = 'FAILED';
      if (result.failed === 0) {
        result.failed = 1;
        result.note = counts
          ? `exit code ${code} without a failing test (see output above)`
          : `exit code ${code}, no results file (see output above)`;
      }
    }
  }

  const totals = results.reduce(
    (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const anyFailed = results.some((r) => r.status === 'FAILED');

  console.log('\n=== Test summary ===');
  console.log(
    table([
      ['Suite', 'Result', 'Passed', 'Failed', 'Skipped', 'Time', 'Note'],
      ...results.map((r) => [
        r.suite.name,
        r.status,
        r.passed,
        r.failed,
        r.skipped,
        r.ms ? formatDuration(r.ms) : '-',
        r.note,
      ]),
    ]),
  );
  console.log(`Results: ${path.relative(ROOT, RESULTS_DIR)}/<suite>.json`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exitCode = anyFailed || totals.failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(`[test] ${err?.stack ?? err}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
});
