import { ImportFormat, Role } from '@partrack/shared';
import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';
import { login, makeUser } from '../support/fixtures';

const IMPORT = `mutation($i: ImportAgenciesInput!) {
  importAgencies(input: $i) { dryRun applied created updated unchanged errors { line message } }
}`;

type Result = {
  dryRun: boolean;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; message: string }[];
};

const YAML = `# child listed before its parent on purpose
- code: IM-D1
  name: Ủy ban nhân dân huyện Một
  kind: PEOPLES_COMMITTEE
  level: DISTRICT
  parentCode: IM
- code: IM
  name: Ủy ban nhân dân tỉnh Im
  shortName: UBND tỉnh
  aliases: [UBND tỉnh Im]
  kind: PEOPLES_COMMITTEE
  level: PROVINCE
  validFrom: '2022-01-01'
`;

describe('importAgencies', () => {
  let t: TestApp;
  let token: string;
  const run = async (format: string, content: string, dryRun: boolean) =>
    (await t.gql<{ importAgencies: Result }>(IMPORT, { i: { format, content, dryRun } }, { token })).data!
      .importAgencies;
  const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM agency'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'importer@x.vn', Role.ADMIN, null);
    token = (await login(t, 'importer@x.vn')).accessToken;
  });
  afterAll(() => t.close());

  it('dry-runs without writing, then commits, then re-runs idempotently', async () => {
    expect(await run('YAML', YAML, true)).toEqual({
      dryRun: true,
      applied: false,
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await count()).toBe(0);
    expect(await run('YAML', YAML, false)).toEqual({
      dryRun: false,
      applied: true,
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await run('YAML', YAML, false)).toEqual({
      dryRun: false,
      applied: true,
      created: 0,
      updated: 0,
      unchanged: 2,
      errors: [],
    });
    const [child] = await t.dataSource.query(
      `SELECT p.code FROM agency c JOIN agency p ON p.id = c.parent_id WHERE c.code = 'IM-D1'`,
    );
    expect(child.code).toBe('IM');
    const audit = await t.dataSource.query(`SELECT after FROM audit_entry WHERE action = 'agency.import'`);
    expect(audit).toHaveLength(2);
  });

  it('updates changed rows by code (CSV with ; separated aliases)', async () => {
    const csv =
      'code,name,shortName,aliases,kind,level,parentCode,validFrom\nIM-D1,UBND huyện Một (mới),H1,Huyện 1;H. Một,PEOPLES_COMMITTEE,DISTRICT,IM,\nIM,Ủy ban nhân dân tỉnh Im,UBND tỉnh,UBND tỉnh Im,PEOPLES_COMMITTEE,PROVINCE,,2022-01-01\n';
    expect(await run('CSV', csv, false)).toMatchObject({
      applied: true,
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const [row] = await t.dataSource.query(`SELECT name, aliases FROM agency WHERE code = 'IM-D1'`);
    expect(row).toEqual({ name: 'UBND huyện Một (mới)', aliases: ['Huyện 1', 'H. Một'] });
  });

  it('is all-or-nothing: one bad row writes nothing, and errors name their lines', async () => {
    const before = await count();
    const json = `[
  { "code": "IM-NEW", "name": "Sở Mới", "kind": "DEPARTMENT", "level": "PROVINCE", "parentCode": "IM" },
  { "code": "IM-BAD", "name": "", "kind": "NOPE", "level": "PROVINCE", "parentCode": "IM" },
  { "code": "IM-ORPHAN", "name": "Mồ côi", "kind": "OTHER", "level": "PROVINCE", "parentCode": "MISSING" },
  { "code": "IM-NEW", "name": "Trùng", "kind": "OTHER", "level": "PROVINCE" }
]`;
    const result = await run('JSON', json, false);
    expect(result.applied).toBe(false);
    expect(result.errors).toEqual([
      { line: 3, message: 'name is required' },
      { line: 3, message: expect.stringContaining('kind must be one of') },
      { line: 4, message: 'parentCode "MISSING" is neither in the file nor in the database' },
      { line: 5, message: 'code "IM-NEW" already appears on line 2' },
    ]);
    expect(await count()).toBe(before);
  });

  it('reports cycles inside the file', async () => {
    const yaml = `- {code: CY-A, name: A, kind: OTHER, level: PROVINCE, parentCode: CY-B}\n- {code: CY-B, name: B, kind: OTHER, level: PROVINCE, parentCode: CY-A}\n`;
    const result = await run('YAML', yaml, true);
    expect(result.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(result.errors[0].message).toMatch(/cycle/);
  });

  it('answers unreadable and empty content clearly', async () => {
    expect((await run('YAML', '- code: A\n  name: X\n  name: Y\n', true)).errors).toEqual([
      { line: 3, message: 'YAML: duplicated mapping key' },
    ]);
    expect((await run('JSON', '{"not": "a list"}', true)).errors[0].message).toBe(
      'The JSON document must be a list of agencies',
    );
    const empty = await t.gql(IMPORT, { i: { format: 'CSV', content: '   ', dryRun: true } }, { token });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'content', message: 'The content is empty.' }],
    });
  });

  it('imports the Quảng Nam demo hierarchy', async () => {
    const content = fs.readFileSync(
      path.join(__dirname, '../../src/seed/data/quang-nam-agencies.yaml'),
      'utf8',
    );
    const result = await run('YAML', content, false);
    expect(result.errors).toEqual([]);
    expect(result.created).toBeGreaterThanOrEqual(1 + 19 + 18);
  });
});

describe('agencies:import CLI', () => {
  it('imports a file with the same service, reporting errors by line', async () => {
    const { importAgenciesFromFile } = await import('../../src/cli/agencies-import');
    const { createTestDatabase } = await import('../support/test-app');
    const url = await createTestDatabase();
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await importAgenciesFromFile(url, ImportFormat.YAML, YAML, true)).toBe(0);
      expect(log).toHaveBeenCalledWith('dry run: created 2, updated 0, unchanged 0');
      expect(await importAgenciesFromFile(url, ImportFormat.YAML, YAML, false)).toBe(0);
      expect(
        await importAgenciesFromFile(url, ImportFormat.YAML, `${YAML}- code: bad code\n  name: x\n`, false),
      ).toBe(1);
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^line 14: code "BAD CODE"/));
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
