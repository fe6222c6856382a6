// Undoes global-setup.mjs: stops the API, drops the test database, stops the embedded Postgres.
import { cleanUp } from './global-setup.mjs';

export default async function globalTeardown() {
  const state = globalThis.__PARTRACK_E2E__;
  if (!state) return;
  globalThis.__PARTRACK_E2E__ = undefined;
  await cleanUp(state);
  console.log(`[e2e teardown] stopped the API${state.database ? ` and dropped ${state.database}` : ''}`);
}
