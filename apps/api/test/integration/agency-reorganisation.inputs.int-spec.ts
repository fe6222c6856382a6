import { Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { login, makeUser } from '../support/fixtures';
import { agencyOf, ok, rename, treeOf } from '../support/history-fixtures';
import {
  applyOf,
  batchInput,
  csvOf,
  DAY,
  DAY_BEFORE,
  Operation,
  reorgProvince,
  ROOT_FACTS,
  smallBatch,
  tablesState,
  xlsxOf,
  yamlOf,
} from '../support/reorganisation-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { ReorganisationAction, ReorganisationFileFormat } from '../gql/graphql';
import { REORG_APPLY, REORG_PREVIEW } from './agency-reorganisation.documents';

/** A batch read from a mapping file, and who may name which agencies in it. */
describe('agency reorganisation: files and scope', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'admin@reorg-inputs.vn', Role.ADMIN, null);
    admin = (await login(t, 'admin@reorg-inputs.vn')).accessToken;
    await reorgProvince(t, admin, 'RE');
  });
  afterAll(() => t.close());

  const previewOf = async (
    input: Parameters<typeof batchInput>[0] | { format: ReorganisationFileFormat; content: string },
    token = admin,
  ) => {
    const i = Array.isArray(input)
      ? batchInput(input)
      : { ...batchInput([]), operations: undefined, file: input };
    return ok(await t.gql(REORG_PREVIEW, { i }, { token })).previewReorganisation;
  };

  describe('files', () => {
    const F = ReorganisationFileFormat;
    let expected: Awaited<ReturnType<typeof previewOf>>;

    beforeAll(async () => {
      expected = await previewOf(smallBatch('RE'));
    });

    it('the operations list gives the expected report', () => {
      expect(expected.problems).toEqual([]);
      expect(expected.agencies).toEqual([
        expect.objectContaining({ code: 'RE-SKH', created: true, parentAfter: 'Tỉnh RE' }),
        expect.objectContaining({ code: 'RE-SNV', nameBefore: 'Sở Nội vụ', nameAfter: 'Sở Nội vụ mới' }),
        expect.objectContaining({ code: 'RE-D2-C1', parentBefore: 'Huyện Hai', parentAfter: 'Sở Kế hoạch' }),
        expect.objectContaining({ code: 'RE-D1-C1', parentBefore: 'Huyện Một', parentAfter: 'Huyện Hai' }),
      ]);
    });

    it.each([
      ['CSV', () => ({ format: F.Csv, content: csvOf(smallBatch('RE')) })],
      ['CSV with Vietnamese headers', () => ({ format: F.Csv, content: csvOf(smallBatch('RE'), true) })],
      ['YAML', () => ({ format: F.Yaml, content: yamlOf(smallBatch('RE')) })],
      ['JSON', () => ({ format: F.Json, content: JSON.stringify(smallBatch('RE'), null, 2) })],
    ])('%s gives the same report as the operations list', async (_, file) => {
      expect(await previewOf(file())).toEqual(expected);
    });

    it('XLSX built with exceljs gives the same report as the operations list', async () => {
      expect(await previewOf({ format: F.Xlsx, content: await xlsxOf(smallBatch('RE')) })).toEqual(expected);
    });

    it("a file's problems name the file's line", async () => {
      const operations = [...smallBatch('RE')];
      operations[2] = { ...operations[2], code: 'RE-NOPE' };
      // CSV: a header line, then line 4 is the third operation; YAML: each operation takes 3-5 lines.
      const csv = await previewOf({ format: F.Csv, content: csvOf(operations) });
      expect(csv.problems.map(({ line, field }) => ({ line, field }))).toEqual([{ line: 4, field: 'code' }]);
      const yaml = yamlOf(operations);
      // The item's "- action:" line is just above its "code:" line (0-based index = 1-based line above).
      const itemLine = yaml.split('\n').findIndex((l) => l.includes('RE-NOPE'));
      const fromYaml = await previewOf({ format: F.Yaml, content: yaml });
      expect(fromYaml.problems.map(({ line, field }) => ({ line, field }))).toEqual([
        { line: itemLine, field: 'code' },
      ]);
      const xlsx = await previewOf({ format: F.Xlsx, content: await xlsxOf(operations) });
      expect(xlsx.problems.map(({ line }) => line)).toEqual([4]);
    });
  });

  // Regression: the preview once named a parent renamed by the same batch by its old name (parentAfter,
  // successor).
  it('a parent renamed in the same batch is named by its new name', async () => {
    const A = ReorganisationAction;
    const report = await previewOf([
      { action: A.Rename, code: 'RE-D2', name: 'Thị xã Hai' },
      { action: A.Move, code: 'RE-D1-C1', target: 'RE-D2' },
    ]);
    expect(report.agencies.find((a) => a.code === 'RE-D1-C1')).toMatchObject({
      parentBefore: 'Huyện Một',
      parentAfter: 'Thị xã Hai',
    });
  });

  describe('scope', () => {
    it("a coordinator naming another province's agencies gets a problem per line and writes nothing", async () => {
      const other = await reorgProvince(t, admin, 'RF');
      const A = ReorganisationAction;
      const operations: Operation[] = [
        { action: A.Rename, code: 'RE-SNV', name: 'Chiếm' },
        { action: A.Move, code: 'RF-D1-C1', target: 'RE' },
        { action: A.Create, code: 'RF-NEW', target: 'RE-D1', name: 'Mới', ...ROOT_FACTS },
        { action: A.Merge, code: 'RE-SGTVT', target: 'RF-SXD' },
        { action: A.Abolish, code: 'RE-BQL' },
        { action: A.Create, code: 'RF-ROOT', name: 'Tỉnh mới', ...ROOT_FACTS },
      ];
      const tables = await tablesState(t);
      const report = await previewOf(operations, other.coordinator);
      expect(report.problems.map(({ line, field }) => `${line}:${field}`)).toEqual([
        '1:code',
        '2:target',
        '3:target',
        '4:code',
        '5:code',
        '6:target',
      ]);
      // Another province's agency reads as an unknown code: neither its existence nor its id shows.
      const foreign = ['RE-SNV', 'RE', 'RE-D1', 'RE-SGTVT', 'RE-BQL'];
      foreign.forEach((code, i) => expect(report.problems[i].message).toContain(`"${code}"`));
      const ids = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM agency WHERE code LIKE 'RE%'`);
      for (const { id } of ids) expect(JSON.stringify(report.problems)).not.toContain(id);
      expect(report.agencies).toEqual([]);
      const applied = await t.gql(REORG_APPLY, { i: batchInput(operations) }, { token: other.coordinator });
      expect(applied.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await tablesState(t)).toEqual(tables);
    });

    it('an admin merges a province root into a new root created in the same batch', async () => {
      const p = await reorgProvince(t, admin, 'RG');
      const treeBefore = await treeOf(t, admin, p.root.id, DAY_BEFORE);
      const A = ReorganisationAction;
      const name = 'Thành phố RN';
      const batch = await applyOf(t, admin, [
        { action: A.Create, code: 'RN', name, ...ROOT_FACTS },
        { action: A.Merge, code: 'RG', target: 'RN' },
      ]);
      expect(batch.status).toBe('APPLIED');
      const old = await agencyOf(t, admin, p.root.id);
      expect(old).toMatchObject({ validTo: DAY, successor: { code: 'RN' } });
      const [root] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM agency WHERE code = 'RN'`);
      const tree = await treeOf(t, admin, root.id, DAY);
      expect(tree.find((n) => n.code === 'RG-SNV')).toMatchObject({ parentId: root.id, depth: 1 });
      expect(tree.find((n) => n.code === 'RG-D1-C1')).toMatchObject({ depth: 2 });
      expect(await treeOf(t, admin, p.root.id, DAY_BEFORE)).toEqual(treeBefore);
    });
  });
  describe('refusals', () => {
    const A = ReorganisationAction;

    it("a change dated before an agency's latest change is a problem of the effective date", async () => {
      const [sxd] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM agency WHERE code = 'RE-SXD'`);
      ok(await rename(t, admin, sxd.id, 'Sở Xây dựng 2026', '2026-01-01'));
      const report = await previewOf([
        { action: A.Rename, code: 'RE-SNV', name: 'Sở Nội vụ mới' },
        { action: A.Rename, code: 'RE-SXD', name: 'Sở Xây dựng 2025' },
      ]);
      expect(report.problems.map(({ line, field }) => ({ line, field }))).toEqual([
        { line: 2, field: 'effectiveDate' },
      ]);
      // The lines that work are still described: the report shows what the rest would do.
      expect(report.agencies.map((a) => a.code)).toEqual(['RE-SNV']);
    });

    it('an agency that still has sub-agencies cannot end; a split needs its successors', async () => {
      const report = await previewOf([
        { action: A.Abolish, code: 'RE-D1' },
        { action: A.Split, code: 'RE-BQL' },
      ]);
      expect(report.problems.map(({ line, field }) => ({ line, field }))).toEqual([
        { line: 1, field: 'code' },
        { line: 2, field: 'target' },
      ]);
    });

    it('an empty batch, an unknown action in a file, both a file and a list, a viewer: refused', async () => {
      const empty = await previewOf([]);
      expect(empty.problems.map(({ line, field }) => ({ line, field }))).toEqual([
        { line: 1, field: 'operations' },
      ]);
      const content = 'action,code,name\nRENAME,RE-SNV,Mới\nFOO,RE-SXD,Mới';
      const file = await previewOf({ format: ReorganisationFileFormat.Csv, content });
      expect(file.problems.map(({ line, field }) => ({ line, field }))).toEqual([
        { line: 3, field: 'action' },
      ]);
      const both = {
        ...batchInput(smallBatch('RE')),
        file: { format: ReorganisationFileFormat.Csv, content },
      };
      const res = await t.gql(REORG_PREVIEW, { i: both }, { token: admin });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const root = await t.dataSource.getRepository(Agency).findOneByOrFail({ code: 'RE' });
      await makeUser(t, 'viewer@re.vn', Role.VIEWER, root);
      const viewer = (await login(t, 'viewer@re.vn')).accessToken;
      const denied = await t.gql(REORG_PREVIEW, { i: batchInput(smallBatch('RE')) }, { token: viewer });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
