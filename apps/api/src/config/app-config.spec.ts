import { ConfigError, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://x@localhost/db' };

describe('loadConfig', () => {
  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(
      new ConfigError('JWT_SECRET is required in production (at least 32 random characters)'),
    );
  });

  it('refuses short secrets and bad numbers', () => {
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'test', PORT: 'abc' })).toThrow(/PORT/);
  });

  it('uses documented defaults', () => {
    const config = loadConfig({ ...base, NODE_ENV: 'test' });
    expect(config).toMatchObject({
      port: 3000,
      accessTokenTtlSeconds: 900,
      dbStatementTimeoutMs: 15000,
      loginMaxFailures: 5,
      seedDemoData: false,
    });
  });
});
