const preset = require('../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  // A hang guard, not a performance check: booting the app with demo data takes ~8 s alone, more on a busy CI.
  testTimeout: 90000,
  maxWorkers: 2,
};
