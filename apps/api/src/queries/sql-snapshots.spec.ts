import fs from 'node:fs';
import path from 'node:path';
import { renderSqlSnapshots, staleSqlSnapshots } from './sql-snapshots';

// `npm test` catches a query changed without its snapshot, like `npm run sql:check` in CI.
describe('SQL snapshots (apps/api/src/queries/*.sql)', () => {
  it('hold the SQL the code renders: run `npm run sql:generate`, review and commit', async () => {
    for (const [file, sql] of await renderSqlSnapshots()) {
      const target = path.join(__dirname, file);
      const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '(missing)';
      expect({ file, sql: committed }).toEqual({ file, sql });
    }
    expect(await staleSqlSnapshots(__dirname)).toEqual([]);
  });
});
