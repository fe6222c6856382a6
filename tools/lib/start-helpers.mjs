// The launcher helpers under one import, for scripts outside the launchers that use many of them: the
// browser-test global setup (apps/e2e) and tools/ci-production.mjs. The launchers and the benchmark import
// the modules themselves.
export * from './banner.mjs';
export * from './embedded-postgres.mjs';
export * from './network.mjs';
export * from './output.mjs';
export * from './processes.mjs';
export * from './start-config.mjs';
