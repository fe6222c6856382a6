import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { APP_CONFIG, AppConfig } from '../../src/config/app-config';
import { configureHttp } from '../../src/http-setup';

/** A fresh database for this test file on the run's server. */
export async function createTestDatabase(): Promise<string> {
  const server = process.env.PARTRACK_TEST_SERVER_URL;
  const runId = process.env.PARTRACK_TEST_RUN_ID;
  if (!server || !runId)
    throw new Error('API tests must run through jest -c apps/api/jest.config.js (global setup)');
  const name = `partrack_test_${runId}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  config: AppConfig;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface TestAppOptions {
  /** Boot on this (already created) database instead of a fresh one, e.g. a second API process on one database. */
  databaseUrl?: string;
}

/** Boots the real AppModule on a fresh, migrated database and a random port. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_IP_MAX_PER_MINUTE: '1000',
    // No background jobs (pg-boss) unless a test asks with JOBS_ENABLED: 'true', whatever NODE_ENV it sets.
    JOBS_ENABLED: 'false',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['error'],
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const dataSource = app.get(DataSource);
  return {
    app,
    url,
    dataSource,
    config,
    async gql<T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'en',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GqlResponse<T>;
      return { ...body, status: response.status };
    },
    async close() {
      await app.close();
    },
  };
}
