import ExcelJS from 'exceljs';
import { buildPlanDocxFixture } from '../../src/plans/formats/plan-docx.fixture';
import { createTestApp, TestApp } from '../support/test-app';
import { agencyId, demoToken, importSeedPlan, SEED_PLAN } from '../support/plan-fixtures';

const IMPORT = `mutation($i: ImportPlanDocumentInput!) { importPlanDocument(input: $i) {
  applied created updated unchanged document { results activities tasks projects } problems { code severity itemCode }
} }`;
type Result = {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  document: { results: number; activities: number; tasks: number; projects: number };
  problems: { code: string; severity: string; itemCode: string | null }[];
};

describe('plan documents as XLSX and DOCX', () => {
  let t: TestApp;
  let token: string;
  let planId: string;
  const run = async (input: Record<string, unknown>) => {
    const res = await t.gql<{ importPlanDocument: Result }>(IMPORT, { i: input }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.importPlanDocument;
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    token = await demoToken(t, 'coordinator');
    planId = await importSeedPlan(t);
  });
  afterAll(() => t.close());

  it('round-trips: export to the XLSX template, import it back, nothing changes', async () => {
    const exported = await t.gql<{
      exportPlanXlsx: { filename: string; mimeType: string; contentBase64: string };
    }>(
      'query($p: ID!) { exportPlanXlsx(planId: $p) { filename mimeType contentBase64 } }',
      { p: planId },
      { token },
    );
    const file = exported.data!.exportPlanXlsx;
    expect(file.filename).toBe('KH-TEST-2022.xlsx');
    const result = await run({ content: file.contentBase64, format: 'XLSX', planId, dryRun: false });
    expect(result).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 78 });
    expect(result.problems.filter((p) => p.severity === 'ERROR')).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
    const sheet = workbook.getWorksheet('Kế hoạch')!;
    const row = sheet.getRows(4, sheet.rowCount - 3)!.find((r) => r.getCell(1).text === '3.16')!;
    row.getCell(5).value = 'Kế hoạch đào tạo, bồi dưỡng (đã sửa trong Excel)';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(await run({ content: edited, format: 'XLSX', planId, dryRun: true })).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 77,
    });
  });

  it('imports the plan from a Word file with the same items as the text', async () => {
    const docx = await buildPlanDocxFixture(SEED_PLAN);
    const result = await run({
      content: docx.toString('base64'),
      format: 'DOCX',
      newPlan: { code: 'KH-DOCX', ownerAgencyId: await agencyId(t, 'QNA') },
      dryRun: true,
    });
    expect(result.document).toEqual({ results: 13, activities: 22, tasks: 36, projects: 7 });
    expect(result.problems.map((p) => `${p.code}:${p.itemCode ?? ''}`)).toEqual(
      expect.arrayContaining(['EMPTY_LEAD:3.17', 'AGENCY_FUZZY:3.30']),
    );
  });

  it.each([
    ['a PDF sent as DOCX', 'DOCX', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj').toString('base64'), /PDF/],
    ['text that is not base64', 'XLSX', 'this is not base64 at all!', /base64/],
  ])('refuses %s with a clear field error', async (_name, format, content, message) => {
    const res = await t.gql(IMPORT, { i: { content, format, planId, dryRun: true } }, { token });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'content' }],
    });
    expect(res.errors?.[0].message).toMatch(message);
  });

  it('reports a Word file sent as XLSX as an UNREADABLE error and writes nothing', async () => {
    const docx = (await buildPlanDocxFixture(SEED_PLAN)).toString('base64');
    const result = await run({ content: docx, format: 'XLSX', planId, dryRun: false });
    expect(result.applied).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'UNREADABLE', severity: 'ERROR' })]);
  });

  it('exports the filtered task list', async () => {
    const res = await t.gql<{ exportTasksXlsx: { contentBase64: string } }>(
      'query($f: TaskFilter) { exportTasksXlsx(filter: $f) { contentBase64 } }',
      { f: { planId, areaCode: 'VI' } },
      { token },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      new Uint8Array(Buffer.from(res.data!.exportTasksXlsx.contentBase64, 'base64')).buffer,
    );
    const sheet = workbook.getWorksheet('Nhiệm vụ')!;
    const codes = sheet.getRows(3, sheet.rowCount - 2)!.map((r) => r.getCell(1).text);
    expect(codes).toContain('3.30');
    expect(sheet.getRow(2).getCell(9).text).toBe('Trạng thái');
  });
});
