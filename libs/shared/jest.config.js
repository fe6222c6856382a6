const preset = require('../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'shared',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
