import { ParScoringMethod, Role } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { ParFrameworkBuilder } from '../../src/par-index/par-framework.builder';
import { PAR_SAMPLE_FRAMEWORKS } from '../../src/seed/par-sample-frameworks';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import {
  EXPORT_FRAMEWORK,
  FRAMEWORK,
  FRAMEWORK_TEMPLATE,
  IMPORT_FRAMEWORK,
} from './par-frameworks.documents';

/** The XLSX round trip through the API: export, dry run, import, and a broken file refused by line. */
describe('PAR Index frameworks as XLSX', () => {
  let t: TestApp;
  let p: Province;
  let coordinator: string;
  let officer: string;
  let otherCoordinator: string;
  let sampleId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const q = await makeProvince(t, 'QX');
    p = await makeProvince(t, 'PX');
    await Promise.all([
      makeUser(t, 'coord@px.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'officer@px.vn', Role.AGENCY_OFFICER, p.district),
      makeUser(t, 'coord@qx.vn', Role.COORDINATOR, q.dept),
    ]);
    [coordinator, officer, otherCoordinator] = (
      await Promise.all(['coord@px.vn', 'officer@px.vn', 'coord@qx.vn'].map((e) => login(t, e)))
    ).map((s) => s.accessToken);
    const sample = await t.app
      .get(ParFrameworkBuilder)
      .createFromDefinition(null, p.root.id, 2024, PAR_SAMPLE_FRAMEWORKS[0], { isSample: true, lock: true });
    sampleId = sample.id;
  });
  afterAll(() => t.close());

  const exported = async (id: string, token = officer) => {
    const res = await t.gql(EXPORT_FRAMEWORK, { id }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.exportParFramework;
  };
  const importFile = (contentBase64: string, dryRun: boolean, lang = 'en') =>
    t.gql(
      IMPORT_FRAMEWORK,
      { i: { year: 2025, contentBase64, dryRun } },
      { token: coordinator, headers: { 'accept-language': lang } },
    );
  const count = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM par_framework'))[0].n as number;

  it('exports a framework that imports back unchanged, after a dry run that writes nothing', async () => {
    const file = await exported(sampleId);
    expect(file.filename).toBe('bo-tieu-chi-2024-department.xlsx');
    const before = await count();
    const dry = (await importFile(file.contentBase64, true)).data!.importParFramework;
    expect(dry).toMatchObject({
      dryRun: true,
      applied: false,
      problems: [],
      framework: null,
      totalPoints: 100,
    });
    expect(dry.items).toBe(PAR_SAMPLE_FRAMEWORKS[0].criteria.length);
    expect(await count()).toBe(before);

    const done = (await importFile(file.contentBase64, false)).data!.importParFramework;
    expect(done).toMatchObject({ applied: true, problems: [] });
    expect(done.framework).toMatchObject({
      year: 2025,
      status: 'DRAFT',
      name: PAR_SAMPLE_FRAMEWORKS[0].name,
    });
    const original = (await t.gql(FRAMEWORK, { id: sampleId }, { token: officer })).data!.parFramework;
    expect(done.framework!.criteria.map((c) => `${c.code}|${c.level}|${c.maxPoints}|${c.method}`)).toEqual(
      PAR_SAMPLE_FRAMEWORKS[0].criteria.map((c) => `${c.code}|${c.level}|${c.maxPoints}|${c.method}`),
    );
    expect(done.framework!.criteria.map((c) => c.code)).toEqual(original.criteria.map((c) => c.code));
    const manual = done.framework!.criteria.find((c) => c.method === ParScoringMethod.MANUAL);
    const source = PAR_SAMPLE_FRAMEWORKS[0].criteria.find((c) => c.code === manual?.code);
    expect(manual?.scale).toEqual(source?.options);
    expect(manual?.guidance).toBe(source?.guidance ?? null);
  });

  it('refuses a file whose points do not add up, naming the line, in the caller language', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      new Uint8Array(Buffer.from((await exported(sampleId)).contentBase64, 'base64')).buffer,
    );
    const sheet = workbook.getWorksheet('Bộ tiêu chí')!;
    let line = 0;
    sheet.eachRow((row, number) => {
      if (String(row.getCell(1).text).trim() === '1.1.1') line = number;
    });
    const cell = sheet.getRow(line).getCell(3);
    cell.value = Number(cell.value) + 1;
    const broken = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const before = await count();
    const res = (await importFile(broken, false, 'vi')).data!.importParFramework;
    expect(res.applied).toBe(false);
    expect(res.framework).toBeNull();
    const problem = res.problems.find((x) => x.code === 'parXlsx.childrenDoNotAddUp');
    expect(problem).toMatchObject({ sheet: 'Bộ tiêu chí' });
    expect(problem?.message).toContain('1.1');
    expect(res.problems.map((x) => x.code)).toContain('parXlsx.totalDoesNotAddUp');
    expect(await count()).toBe(before);
  });

  it('offers a blank template with its guide, which imports as "no items" and "no name"', async () => {
    const template = (await t.gql(FRAMEWORK_TEMPLATE, {}, { token: officer })).data!.parFrameworkTemplate;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(template.contentBase64, 'base64')).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Bộ tiêu chí', 'Thông tin', 'Hướng dẫn']),
    );
    const res = (await importFile(template.contentBase64, true)).data!.importParFramework;
    expect(res.problems.map((x) => x.code).sort()).toEqual(['parXlsx.name', 'parXlsx.noItems']);
  });

  it('answers a client mistake on the field, and another province as missing', async () => {
    const empty = await importFile('', true);
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'contentBase64' }],
    });
    // Past the 100 KB GraphQL body (docs/api.md), before any parsing.
    const huge = await importFile(Buffer.alloc(200 * 1024, 1).toString('base64'), true);
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' });
    const garbage = (await importFile(Buffer.from('not a workbook').toString('base64'), true)).data!;
    expect(garbage.importParFramework.problems.map((x) => x.code)).toEqual(['parXlsx.notAWorkbook']);
    const hidden = await t.gql(EXPORT_FRAMEWORK, { id: sampleId }, { token: otherCoordinator });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const officerImport = await t.gql(
      IMPORT_FRAMEWORK,
      { i: { year: 2025, contentBase64: 'AA==', dryRun: true } },
      { token: officer },
    );
    expect(officerImport.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
