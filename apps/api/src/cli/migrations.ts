import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** Runs every migration on an empty database, then asks TypeORM what the entities still need. */
export async function diffEntitiesAgainstMigrations(databaseUrl: string): Promise<SchemaDiff> {
  const dataSource: DataSource = createDataSource({ url: databaseUrl });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query) };
  } finally {
    await dataSource.destroy();
  }
}

function quote(query: string): string {
  return '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

export function writeMigration(dir: string, name: string, diff: SchemaDiff, timestamp = Date.now()): string {
  const className = `${name.replace(/(^|[-_\s])(\w)/g, (_m, _s, c: string) => c.toUpperCase())}${timestamp}`;
  const kebab = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
  const file = path.join(dir, `${timestamp}-${kebab}.ts`);
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...diff.down]
  .reverse()
  .map((q) => `    await queryRunner.query(${quote(q)});`)
  .join('\n')}
  }
}
`;
  fs.writeFileSync(file, body);
  return file;
}
