// Browser tests: the global setup starts the real stack (built API serving the built SPA, on a fresh
// database) and exposes its URL as E2E_BASE_URL; each test drives Debian's Chromium with playwright-core.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  // i.e. apps/e2e/src/**/*.e2e.ts
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testTimeout: 120000,
  // One browser at a time: the machine has 2 cores and the API runs beside the tests.
  maxWorkers: 1,
  globalSetup: '<rootDir>/src/support/global-setup.mjs',
  globalTeardown: '<rootDir>/src/support/global-teardown.mjs',
};
