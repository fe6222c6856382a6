// What `npm start` and `npm run dev` decide from their arguments and environment. Pure (no I/O), so every rule
// can be checked by calling it with a hand-made env object.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';
export const WEB_DIST = 'dist/apps/web';
export const DEFAULT_API_PORT = 3000;
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_WEB_DEV_PORT = 4200;
export const APP_DATABASE = 'partrack';

/** A mistake in the user's settings or arguments: printed without a stack trace. */
export class UsageError extends Error {}

/** A TCP port from an env value; `fallback` when unset or empty; throws a readable error when invalid. */
export function parsePort(value, fallback, name) {
  if (value === undefined || value === null || String(value).trim() === '') return fallback;
  const text = String(value).trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`${name}=${JSON.stringify(value)} is not a valid TCP port (1–65535).`);
  }
  return port;
}

/** "true"/"1"/"yes" → true, "false"/"0"/"no" → false (what the API accepts), unset → fallback. */
export function parseBool(value, fallback, name) {
  if (value === undefined || value === null || String(value).trim() === '') return fallback;
  const text = String(value).trim().toLowerCase();
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  throw new UsageError(`${name}=${JSON.stringify(value)} must be true or false.`);
}

/**
 * Flags of `npm start -- ...`.
 * @returns {{ skipBuild: boolean, help: boolean }}
 */
export function parseStartArgs(argv) {
  const out = { skipBuild: false, help: false };
  for (const arg of argv) {
    if (arg === '--skip-build' || arg === '--no-build') out.skipBuild = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else throw new UsageError(`Unknown option ${arg}. Options: --skip-build, --help.`);
  }
  return out;
}

/**
 * Everything `npm start` / `npm run dev` needs to know, from the environment.
 * @param {Record<string, string | undefined>} env
 * @param {string} [repoRoot]
 */
export function resolveStartConfig(env, repoRoot = REPO_ROOT) {
  const dataDir = path.resolve(repoRoot, env.DATA_DIR?.trim() || '.data');
  return {
    repoRoot,
    port: parsePort(env.PORT, DEFAULT_API_PORT, 'PORT'),
    embeddedPgPort: parsePort(env.EMBEDDED_PG_PORT, DEFAULT_EMBEDDED_PG_PORT, 'EMBEDDED_PG_PORT'),
    webDevPort: parsePort(env.WEB_DEV_PORT, DEFAULT_WEB_DEV_PORT, 'WEB_DEV_PORT'),
    dataDir,
    pgDataDir: path.join(dataDir, 'postgres'),
    apiEntry: path.join(repoRoot, API_ENTRY),
    webDistDir: path.join(repoRoot, WEB_DIST),
    nodeEnv: env.NODE_ENV?.trim() || 'development',
    seedDemoData: parseBool(env.SEED_DEMO_DATA, true, 'SEED_DEMO_DATA'),
    externalDatabaseUrl: env.DATABASE_URL?.trim() || undefined,
    skipBuild: parseBool(env.SKIP_BUILD, false, 'SKIP_BUILD'),
  };
}

/**
 * Environment of the API child: the caller's environment plus what start/dev decided.
 * Variables the user set (NODE_ENV, SEED_DEMO_DATA, WEB_DIST_DIR…) win over our defaults.
 */
export function apiChildEnv(baseEnv, config, databaseUrl, { serveWeb = true } = {}) {
  const env = { ...baseEnv };
  env.NODE_ENV = config.nodeEnv;
  env.PORT = String(config.port);
  env.DATABASE_URL = databaseUrl;
  env.SEED_DEMO_DATA = baseEnv.SEED_DEMO_DATA?.trim() ? baseEnv.SEED_DEMO_DATA : String(config.seedDemoData);
  env.DATA_DIR = config.dataDir;
  if (serveWeb && !baseEnv.WEB_DIST_DIR?.trim()) env.WEB_DIST_DIR = config.webDistDir;
  // Internal to the launchers, meaningless to the API.
  delete env.EMBEDDED_PG_PORT;
  delete env.SKIP_BUILD;
  return env;
}
