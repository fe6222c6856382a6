import { Role, SurveyImportShape, SurveyScope, SurveyStatus } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { FIRST_DATA_ROW } from '../../src/surveys/formats/survey-results-xlsx';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import {
  CREATE_SURVEY,
  IMPORT_SURVEY_RESULTS,
  SURVEY_RESULTS,
  SURVEY_RESULTS_TEMPLATE,
  UPDATE_SURVEY,
} from './surveys.documents';

const QUESTIONS = [
  { code: '1.1', aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
  { code: '3.1', aspectCode: '3', aspectTitle: 'Công chức', text: 'Công chức lắng nghe ý kiến' },
];

describe('Survey results import (XLSX)', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let coordinator: string;
  let otherCoordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    [p, q] = await Promise.all([makeProvince(t, 'PI'), makeProvince(t, 'QI')]);
    await Promise.all([
      makeUser(t, 'coord@pi.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'coord@qi.vn', Role.COORDINATOR, q.dept),
    ]);
    [coordinator, otherCoordinator] = (
      await Promise.all(['coord@pi.vn', 'coord@qi.vn'].map((e) => login(t, e)))
    ).map((s) => s.accessToken);
  });
  afterAll(() => t.close());

  /** An OPEN province-wide survey of P with two questions. */
  const openSurvey = async () => {
    const created = await t.gql(
      CREATE_SURVEY,
      {
        i: {
          year: 2024,
          period: '2024',
          title: 'Khảo sát một cửa',
          scope: SurveyScope.PROVINCE,
          questions: QUESTIONS,
        },
      },
      { token: coordinator },
    );
    const s = created.data!.createSurvey;
    await t.gql(
      UPDATE_SURVEY,
      { i: { id: s.id, version: s.version, status: SurveyStatus.OPEN } },
      { token: coordinator },
    );
    return s;
  };

  /** The survey's own template, filled row by row from FIRST_DATA_ROW. */
  const filled = async (surveyId: string, shape: SurveyImportShape, rows: ExcelJS.CellValue[][]) => {
    const res = await t.gql(SURVEY_RESULTS_TEMPLATE, { surveyId, shape }, { token: coordinator });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      new Uint8Array(Buffer.from(res.data!.surveyResultsTemplate.contentBase64, 'base64')).buffer,
    );
    rows.forEach((values, i) => (workbook.worksheets[0].getRow(FIRST_DATA_ROW + i).values = values));
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  };
  const importFile = (
    surveyId: string,
    shape: SurveyImportShape,
    fileBase64: string,
    dryRun = false,
    token = coordinator,
  ) => t.gql(IMPORT_SURVEY_RESULTS, { i: { surveyId, shape, fileBase64, dryRun } }, { token });
  const countRows = async (surveyId: string) => {
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM survey_result WHERE survey_id = $1`,
      [surveyId],
    );
    return n;
  };

  it('imports one row per respondent, after a dry run that writes nothing', async () => {
    const s = await openSurvey();
    const file = await filled(s.id, SurveyImportShape.RESPONDENTS, [
      [p.district.code, null, 5, 4],
      [p.district.code, null, 4, null],
      [p.district.code, null, 2, 1],
      [null, p.commune.name, 5, 5],
    ]);
    const dry = await importFile(s.id, SurveyImportShape.RESPONDENTS, file, true);
    expect(dry.data!.importSurveyResults).toEqual({
      dryRun: true,
      applied: false,
      rows: 4,
      agencies: 2,
      respondents: 4,
      problems: [],
    });
    expect(await countRows(s.id)).toBe(0);
    const res = await importFile(s.id, SurveyImportShape.RESPONDENTS, file);
    expect(res.data!.importSurveyResults).toMatchObject({ applied: true, agencies: 2, respondents: 4 });
    const r = (await t.gql(SURVEY_RESULTS, { surveyId: s.id }, { token: coordinator })).data!.surveyResults;
    expect(r.respondents).toBe(4);
    expect(r.questions.map((x) => [x.code, x.counts, x.share])).toEqual([
      ['1.1', [0, 0, 1, 0, 1, 2], 75],
      ['3.1', [1, 1, 0, 0, 1, 1], 66.67],
    ]);
    const [audit] = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 AND action LIKE '%import%'`,
      [s.id],
    );
    expect(audit).toEqual({ action: 'survey.importResults' });
    const sources = await t.dataSource.query(
      `SELECT DISTINCT source FROM survey_respondents WHERE survey_id = $1`,
      [s.id],
    );
    expect(sources).toEqual([{ source: 'RESPONDENTS' }]);
  });

  it('imports counts per question and level, replacing only the agencies the file names', async () => {
    const s = await openSurvey();
    await importFile(
      s.id,
      SurveyImportShape.RESPONDENTS,
      await filled(s.id, SurveyImportShape.RESPONDENTS, [
        [p.district.code, null, 5, 5],
        [p.commune.code, null, 1, 1],
      ]),
    );
    const file = await filled(s.id, SurveyImportShape.COUNTS, [
      [p.district.code, null, '1.1', null, 2, 3, 5, 40, 50, 3],
      [p.district.code, null, '3.1', null, null, null, 10, null, 10],
    ]);
    const res = await importFile(s.id, SurveyImportShape.COUNTS, file);
    expect(res.data!.importSurveyResults).toMatchObject({
      applied: true,
      rows: 2,
      agencies: 1,
      respondents: 103,
    });
    const r = (await t.gql(SURVEY_RESULTS, { surveyId: s.id }, { token: coordinator })).data!.surveyResults;
    const byAgency = new Map(r.agencies.map((a) => [a.agencyId, a]));
    expect(byAgency.get(p.district.id)).toMatchObject({ respondents: 103, share: 83.33 });
    // The commune was not in the file: its answers stay.
    expect(byAgency.get(p.commune.id)).toMatchObject({ respondents: 1, share: 0 });
  });

  it('refuses the whole file with every problem by line and column, and stores nothing', async () => {
    const s = await openSurvey();
    const file = await filled(s.id, SurveyImportShape.RESPONDENTS, [
      [p.district.code, null, 5, 4],
      [p.district.code, null, 7, 4],
      ['KHONG-CO', null, 5, 5],
      [q.district.code, null, 5, 5],
    ]);
    const res = await importFile(s.id, SurveyImportShape.RESPONDENTS, file);
    const result = res.data!.importSurveyResults;
    expect(result.applied).toBe(false);
    expect(result.problems.map((x) => [x.line, x.column, x.code])).toEqual([
      [FIRST_DATA_ROW + 1, 'C', 'surveyXlsx.answer'],
      [FIRST_DATA_ROW + 2, 'A', 'surveyXlsx.unknownAgency'],
      [FIRST_DATA_ROW + 3, 'A', 'surveyXlsx.unknownAgency'],
    ]);
    expect(result.problems[0].message).toContain('"7"');
    expect(await countRows(s.id)).toBe(0);
  });

  it('takes results only while the survey is OPEN, for its own agency, and hides other provinces', async () => {
    const created = (
      await t.gql(
        CREATE_SURVEY,
        {
          i: {
            year: 2024,
            period: '2024',
            title: 'Khảo sát huyện',
            scope: SurveyScope.AGENCY,
            agencyId: p.district.id,
            questions: QUESTIONS,
          },
        },
        { token: coordinator },
      )
    ).data!.createSurvey;
    const file = await filled(created.id, SurveyImportShape.COUNTS, [
      [p.district.code, null, '1.1', null, 1, 1, 1, 1, 1],
    ]);
    const draft = await importFile(created.id, SurveyImportShape.COUNTS, file);
    expect(draft.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await t.gql(
      UPDATE_SURVEY,
      { i: { id: created.id, version: created.version, status: SurveyStatus.OPEN } },
      { token: coordinator },
    );
    const other = await filled(created.id, SurveyImportShape.COUNTS, [
      [p.commune.code, null, '1.1', null, 1],
    ]);
    const wrong = await importFile(created.id, SurveyImportShape.COUNTS, other);
    expect(wrong.data!.importSurveyResults.problems.map((x) => x.code)).toEqual(['surveyXlsx.otherAgency']);
    const theirs = await importFile(created.id, SurveyImportShape.COUNTS, file, false, otherCoordinator);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await countRows(created.id)).toBe(0);
    expect(
      (await importFile(created.id, SurveyImportShape.COUNTS, file)).data!.importSurveyResults.applied,
    ).toBe(true);
  });

  it('runs parallel imports of one survey one after another: the last one wins whole', async () => {
    const s = await openSurvey();
    const files = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        filled(s.id, SurveyImportShape.COUNTS, [
          [p.district.code, null, '1.1', null, i + 1, null, null, null, 1],
          [p.district.code, null, '3.1', null, null, null, null, null, i + 1],
        ]),
      ),
    );
    const results = await Promise.all(files.map((f) => importFile(s.id, SurveyImportShape.COUNTS, f)));
    expect(results.map((r) => r.data?.importSurveyResults.applied)).toEqual(files.map(() => true));
    const rows = await t.dataSource.query<{ level: number; count: number }[]>(
      `SELECT r.level, r.count FROM survey_result r JOIN survey_question q ON q.id = r.question_id
        WHERE r.survey_id = $1 AND q.code = '1.1' ORDER BY r.level`,
      [s.id],
    );
    // One import's counts, never a mix: level 1 is n and level 5 is 1 for the same n.
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({ level: 5, count: 1 });
    const [{ respondents }] = await t.dataSource.query(
      `SELECT respondents FROM survey_respondents WHERE survey_id = $1`,
      [s.id],
    );
    expect(respondents).toBe(rows[0].count + 1);
  });

  it('refuses a file that is no workbook, or empty, naming the field', async () => {
    const s = await openSurvey();
    const junk = await importFile(s.id, SurveyImportShape.COUNTS, Buffer.from('hello').toString('base64'));
    expect(junk.data!.importSurveyResults.problems.map((x) => x.code)).toEqual(['parXlsx.notAWorkbook']);
    const empty = await importFile(s.id, SurveyImportShape.COUNTS, '');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
