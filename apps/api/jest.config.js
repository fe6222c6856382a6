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
  // Each test file boots a whole Nest app, and a worker's heap grows with every file it runs (about 1.3 GB after
  // 38 files, not released between files). A worker that big needs ~1 s to exit after its last file, past
  // Jest's 500 ms grace ("a worker process has failed to exit gracefully"), though it holds no open handle.
  // Replacing a worker once it passes 700 MB keeps exits under 250 ms; see the issue-11 note.
  workerIdleMemoryLimit: '700MB',
};
