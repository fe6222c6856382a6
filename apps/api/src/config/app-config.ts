import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bool, ConfigError, Env, int } from './env-readers';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  databaseUrl: string;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginIpMaxPerMinute: number;
  seedDemoData: boolean;
  adminEmail?: string;
  adminPassword?: string;
  adminFullName: string;
  webDistDir?: string;
  dataDir: string;
  logLevel: string;
  trustProxy: boolean;
  /** Days each level hands its periodic report in before the level above (REPORT_DUE_OFFSET_*). */
  reportDueOffsets: { PROVINCE: number; DISTRICT: number; COMMUNE: number };
  /** The public transparency page (docs/public.md): seconds its figures are cached, requests per IP a minute. */
  publicCacheTtlSeconds: number;
  publicRateLimitPerMinute: number;
  /** The public survey form (docs/surveys.md): submissions per client IP in 10 minutes. */
  surveyFormRateLimit: number;
}

export { ConfigError };

function nodeEnvOf(raw: string | undefined): NodeEnv {
  if (raw === 'production' || raw === 'test') return raw;
  return 'development';
}

/**
 * Development gets a random secret persisted under DATA_DIR so tokens survive restarts;
 * production must be given one, because a generated secret would differ between replicas.
 */
function resolveJwtSecret(env: Env, nodeEnv: NodeEnv, dataDir: string): string {
  const given = env.JWT_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return given;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is required in production (at least 32 random characters)');
  }
  if (nodeEnv === 'test') return 'test-secret-not-for-production-use-0123456789';
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = nodeEnvOf(env.NODE_ENV);
  const dataDir = path.resolve(env.DATA_DIR ?? '.data');
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl)
    throw new ConfigError('DATABASE_URL is required (npm start provides an embedded Postgres)');
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 1, 65535),
    databaseUrl,
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 2, 200),
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 15000),
    jwtSecret: resolveJwtSecret(env, nodeEnv, dataDir),
    jwtIssuer: env.JWT_ISSUER || 'partrack',
    jwtAudience: env.JWT_AUDIENCE || 'partrack-api',
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 60, 86_400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginLockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 15, 1, 1440),
    loginIpMaxPerMinute: int(env, 'LOGIN_IP_MAX_PER_MINUTE', 30, 1, 100_000),
    seedDemoData: bool(env, 'SEED_DEMO_DATA', false),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    adminFullName: env.ADMIN_FULL_NAME || 'Administrator',
    webDistDir: env.WEB_DIST_DIR || undefined,
    dataDir,
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: bool(env, 'TRUST_PROXY', false),
    reportDueOffsets: {
      PROVINCE: int(env, 'REPORT_DUE_OFFSET_PROVINCE', 0),
      DISTRICT: int(env, 'REPORT_DUE_OFFSET_DISTRICT', 5),
      COMMUNE: int(env, 'REPORT_DUE_OFFSET_COMMUNE', 5),
    },
    publicCacheTtlSeconds: int(env, 'PUBLIC_CACHE_TTL_SECONDS', 60, 1, 3600),
    publicRateLimitPerMinute: int(env, 'PUBLIC_RATE_LIMIT_PER_MINUTE', 120, 1, 10_000_000),
    surveyFormRateLimit: int(env, 'SURVEY_FORM_RATE_LIMIT', 10, 1, 10_000_000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
