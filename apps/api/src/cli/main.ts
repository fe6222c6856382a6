import 'reflect-metadata';
import { ImportFormat } from '@partrack/shared';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { RESOLVERS } from '../app.resolvers';
import { buildSchemaSdl } from '../common/graphql/schema-printer';
import { createDataSource } from '../database/data-source';
import { runMigrationsLocked } from '../database/database.module';
import { SQL_SNAPSHOT_DIR, staleSqlSnapshots, writeSqlSnapshots } from '../queries/sql-snapshots';
import { diffEntitiesAgainstMigrations, writeMigration } from './migrations';
import { importAgenciesFromFile } from './agencies-import';

const REPO_ROOT = process.env.PARTRACK_ROOT ?? process.cwd();
const SCHEMA_FILE = path.join(REPO_ROOT, 'apps/api/schema.graphql');
const MIGRATIONS_DIR = path.join(REPO_ROOT, 'apps/api/src/database/migrations');
const SQL_DIR = path.join(REPO_ROOT, SQL_SNAPSHOT_DIR);

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (tools/run-api-cli.mjs provides one)');
  return url;
}

/** A throwaway database on the same server, dropped afterwards. */
async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `partrack_scratch_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(serverUrl());
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  'schema-write': async () => {
    fs.writeFileSync(SCHEMA_FILE, await buildSchemaSdl(RESOLVERS));
    console.log(`wrote ${path.relative(REPO_ROOT, SCHEMA_FILE)}`);
    return 0;
  },
  'schema-check': async () => {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current === (await buildSchemaSdl(RESOLVERS))) {
      console.log('schema.graphql is up to date');
      return 0;
    }
    console.error('apps/api/schema.graphql is stale: run `npm run schema:generate` and commit it');
    return 1;
  },
  'sql-snapshots-write': async () => {
    const files = await writeSqlSnapshots(SQL_DIR);
    console.log(`wrote ${files.map((f) => path.join(SQL_SNAPSHOT_DIR, f)).join(', ')}`);
    return 0;
  },
  'sql-snapshots-check': async () => {
    const stale = await staleSqlSnapshots(SQL_DIR);
    if (!stale.length) {
      console.log('SQL snapshots are up to date');
      return 0;
    }
    console.error(
      `SQL snapshots differ from the code (${stale.map((f) => path.join(SQL_SNAPSHOT_DIR, f)).join(', ')}): ` +
        'run `npm run sql:generate`, review the SQL and commit it',
    );
    return 1;
  },
  'migration-generate': async ([name]) => {
    if (!name) throw new Error('usage: migration-generate <Name>');
    const diff = await withScratchDatabase(diffEntitiesAgainstMigrations);
    if (!diff.up.length) {
      console.log('entities and migrations agree: nothing to generate');
      return 0;
    }
    const file = writeMigration(MIGRATIONS_DIR, name, diff);
    console.log(
      `wrote ${path.relative(REPO_ROOT, file)} (${diff.up.length} statements): add it to migrations/index.ts`,
    );
    return 0;
  },
  'migrations-check': async () => {
    const diff = await withScratchDatabase(diffEntitiesAgainstMigrations);
    if (!diff.up.length) {
      console.log('migrations match the entities');
      return 0;
    }
    console.error(`entities differ from migrations; missing statements:\n${diff.up.join(';\n')}`);
    return 1;
  },
  migrate: async () => {
    const dataSource = createDataSource({ url: serverUrl() });
    await dataSource.initialize();
    await runMigrationsLocked(dataSource, console.log);
    await dataSource.destroy();
    return 0;
  },
  'agencies-import': async (args) => {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) throw new Error('usage: agencies:import -- <file.yaml|.csv|.json> [--dry-run]');
    const ext = path.extname(file).slice(1).toUpperCase();
    const format = ext === 'YML' ? ImportFormat.YAML : (ext as ImportFormat);
    if (!Object.values(ImportFormat).includes(format))
      throw new Error(`unknown file type .${ext}: use .yaml, .csv or .json`);
    return importAgenciesFromFile(
      serverUrl(),
      format,
      fs.readFileSync(file, 'utf8'),
      args.includes('--dry-run'),
    );
  },
};

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const run = commands[command ?? ''];
  if (!run) {
    console.error(`usage: cli <${Object.keys(commands).join('|')}> [args]`);
    process.exit(2);
  }
  try {
    process.exit(await run(args));
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}

void main();
