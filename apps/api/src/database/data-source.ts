import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  logging?: boolean;
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    // Columns are the snake_case of their properties (agencyId → agency_id); a `name` only marks an exception.
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    logging: settings.logging ?? false,
    extra: {
      max: settings.poolSize ?? 10,
      // Bounded so one runaway query cannot hold a connection (and a replica) forever. JIT off: the rollups'
      // cost estimates trigger it, and compiling took ~26 ms of a 64 ms scoreboard query (docs/performance.md).
      options: `-c statement_timeout=${settings.statementTimeoutMs ?? 15000} -c jit=off`,
      connectionTimeoutMillis: 5000,
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
