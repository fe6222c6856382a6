// Browser tests (@playwright/test): the global setup starts the real stack once (the built API serving the
// built SPA, on a fresh database with the demo data) and exposes its URL as E2E_BASE_URL, which the fixtures
// in src/support/fixtures.ts use as baseURL. The browser is Debian's Chromium (no browser download).
//
//   npx playwright test -c apps/e2e/playwright.config.ts [src/reports.e2e.ts] [-g "title"]
//
// Set E2E_BASE_URL to test an already running partrack instead (nothing is started then).
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Where tools/test-all.mjs reads the e2e results (PLAYWRIGHT_JSON_OUTPUT_FILE, which it sets, wins). */
const JSON_REPORT = path.join(REPO_ROOT, 'tmp', 'test-results', 'e2e.json');

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Headless, sandbox-free (we run as root in CI) and quiet: without the background-networking flags Chromium
 * keeps trying to reach Google's servers, which this machine's closed network refuses.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './src',
  // Only the browser journeys: unit specs (*.spec.ts) live in the other projects and run under Jest/Vitest.
  testMatch: '**/*.e2e.ts',
  globalSetup: './src/support/global-setup.mjs',
  // One browser at a time: the stack is shared by the tests and the machine has 2 cores.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: /^(1|true|yes)$/i.test(process.env.CI ?? ''),
  // A whole journey (several screens, imports of ~80 items, two users, the trace recording) on a small, busy
  // machine: 1–1.5 min on 2 loaded cores.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  outputDir: path.join(REPO_ROOT, 'tmp', 'e2e-results'),
  reporter: [['list'], ['json', { outputFile: JSON_REPORT }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 900 },
    // The SPA defaults to Vietnamese, and the dates it shows are Vietnam's.
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    acceptDownloads: true,
    // Kept only for a failing test, in tmp/e2e-results/<test>/ (open it with `npx playwright show-trace`).
    // Without the screencast, which doubles the run time on 2 cores; `--trace off` skips the recording.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
});
