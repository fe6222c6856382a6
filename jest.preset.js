// Shared Jest settings: SWC keeps decorator metadata (NestJS needs it) and is far faster than ts-jest.
const path = require('path');
const root = __dirname;
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@partrack/shared$': path.join(root, 'libs/shared/src/index.ts'),
    '^@api/(.*)$': path.join(root, 'apps/api/src/$1'),
  },
};
