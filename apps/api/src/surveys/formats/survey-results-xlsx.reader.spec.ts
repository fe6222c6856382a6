import { countAnswers } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { buildCountsXlsx, buildRespondentsXlsx, FIRST_DATA_ROW, HEADER_ROW } from './survey-results-xlsx';
import { parseCountsXlsx, parseRespondentsXlsx } from './survey-results-xlsx.reader';

const QUESTIONS = [
  { code: '1.1', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
  { code: '1.2', text: 'Trang thiết bị đầy đủ' },
  { code: '3.1', text: 'Công chức lắng nghe' },
];
const CODES = QUESTIONS.map((q) => q.code);

async function edited(template: Promise<Buffer>, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await template).buffer);
  edit(workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const respondents = (rows: ExcelJS.CellValue[][]) =>
  edited(buildRespondentsXlsx('Khảo sát', QUESTIONS, null), (sheet) =>
    rows.forEach((values, i) => (sheet.getRow(FIRST_DATA_ROW + i).values = values)),
  );

describe('parseRespondentsXlsx', () => {
  it('counts each question by level per agency, blanks as no answer, rows without answers skipped', async () => {
    const answers = [
      ['TK', 'Tam Kỳ', 5, 4, null],
      ['TK', 'Tam Kỳ', 4, 2, 1],
      ['HA', 'Hội An', 3, '5', 5],
      ['HA', 'Hội An', null, null, null],
    ];
    const parse = await parseRespondentsXlsx(await respondents(answers), CODES);
    expect(parse.problems).toEqual([]);
    expect(parse.rows).toBe(3);
    const tk = parse.agencies.find((a) => a.agencyCode === 'TK')!;
    expect(tk).toMatchObject({ line: FIRST_DATA_ROW, respondents: 2, column: 'A' });
    // The same counts as counting the respondents' answers one question at a time.
    expect(tk.byQuestion.get('1.1')).toEqual(countAnswers([5, 4]));
    expect(tk.byQuestion.get('3.1')).toEqual(countAnswers([null, 1]));
    expect(parse.agencies.find((a) => a.agencyCode === 'HA')!.byQuestion.get('1.2')).toEqual([
      0, 0, 0, 0, 0, 1,
    ]);
  });

  it('names every bad answer and missing agency by line and column', async () => {
    const parse = await parseRespondentsXlsx(
      await respondents([
        ['TK', '', 6, 4, 'tốt'],
        ['', '', 5, 5, 5],
        ['TK', '', 2.5, 4, 0],
      ]),
      CODES,
    );
    expect(parse.problems.map((p) => [p.line, p.column, p.key])).toEqual([
      [FIRST_DATA_ROW, 'C', 'surveyXlsx.answer'],
      [FIRST_DATA_ROW, 'E', 'surveyXlsx.answer'],
      [FIRST_DATA_ROW + 1, 'A', 'surveyXlsx.missingAgency'],
      [FIRST_DATA_ROW + 2, 'C', 'surveyXlsx.answer'],
      [FIRST_DATA_ROW + 2, 'E', 'surveyXlsx.answer'],
    ]);
    expect(parse.problems[1].params).toEqual({ value: 'tốt' });
  });

  it('wants a column for every question, and some answers', async () => {
    const missing = await edited(buildRespondentsXlsx('Khảo sát', QUESTIONS, null), (sheet) => {
      sheet.getCell(HEADER_ROW, 4).value = 'Ghi chú';
    });
    expect((await parseRespondentsXlsx(missing, CODES)).problems).toEqual([
      { line: HEADER_ROW, column: null, key: 'surveyXlsx.missingQuestion', params: { code: '1.2' } },
    ]);
    const empty = await buildRespondentsXlsx('Khảo sát', QUESTIONS, { code: 'TK', name: 'Tam Kỳ' });
    expect((await parseRespondentsXlsx(empty, CODES)).problems.map((p) => p.key)).toEqual([
      'surveyXlsx.noRows',
    ]);
    expect(
      (await parseRespondentsXlsx(Buffer.from('not a workbook'), CODES)).problems.map((p) => p.key),
    ).toEqual(['parXlsx.notAWorkbook']);
  });
});

describe('parseCountsXlsx', () => {
  const counts = (edit: (sheet: ExcelJS.Worksheet) => void) =>
    edited(buildCountsXlsx('Khảo sát', QUESTIONS, [{ code: 'TK', name: 'Tam Kỳ' }]), edit);
  /** Levels 1–5 are columns E–I, "no answer" J. */
  const fill = (sheet: ExcelJS.Worksheet, offset: number, values: unknown[]) =>
    values.forEach(
      (v, i) => (sheet.getRow(FIRST_DATA_ROW + offset).getCell(5 + i).value = v as ExcelJS.CellValue),
    );

  it('reads counts per agency and question; respondents are the most answers of a question', async () => {
    const file = await counts((sheet) => {
      fill(sheet, 0, [2, 3, 5, 40, 50, 3]);
      fill(sheet, 1, [null, null, 10, null, 10]);
    });
    const parse = await parseCountsXlsx(file, CODES);
    expect(parse.problems).toEqual([]);
    expect(parse.rows).toBe(2);
    expect(parse.agencies).toHaveLength(1);
    expect(parse.agencies[0].respondents).toBe(103);
    expect(parse.agencies[0].byQuestion.get('1.1')).toEqual([3, 2, 3, 5, 40, 50]);
    expect(parse.agencies[0].byQuestion.get('1.2')).toEqual([0, 0, 0, 10, 0, 10]);
    expect(parse.agencies[0].byQuestion.has('3.1')).toBe(false);
  });

  it('names bad counts, unknown questions and repeated rows by line and column', async () => {
    const file = await counts((sheet) => {
      fill(sheet, 0, [-1, 2.5, 'nhiều']);
      sheet.getRow(FIRST_DATA_ROW + 1).getCell(3).value = '9.9';
      fill(sheet, 1, [1]);
      sheet.getRow(FIRST_DATA_ROW + 2).getCell(3).value = '1.1';
      fill(sheet, 2, [1]);
    });
    const parse = await parseCountsXlsx(file, CODES);
    expect(parse.problems.map((p) => [p.line, p.column, p.key])).toEqual([
      [FIRST_DATA_ROW, 'E', 'surveyXlsx.count'],
      [FIRST_DATA_ROW, 'F', 'surveyXlsx.count'],
      [FIRST_DATA_ROW, 'G', 'surveyXlsx.count'],
      [FIRST_DATA_ROW + 1, 'C', 'surveyXlsx.unknownQuestion'],
    ]);
    const repeated = await counts((sheet) => {
      fill(sheet, 0, [1]);
      sheet.getRow(FIRST_DATA_ROW + 1).getCell(3).value = '1.1';
      fill(sheet, 1, [1]);
    });
    expect((await parseCountsXlsx(repeated, CODES)).problems).toEqual([
      {
        line: FIRST_DATA_ROW + 1,
        column: 'C',
        key: 'surveyXlsx.duplicateRow',
        params: { line: FIRST_DATA_ROW },
      },
    ]);
  });

  it('names a missing level column', async () => {
    const file = await counts((sheet) => {
      sheet.getCell(HEADER_ROW, 8).value = 'Ghi chú';
    });
    expect((await parseCountsXlsx(file, CODES)).problems.map((p) => [p.key, p.params])).toEqual([
      ['surveyXlsx.missingHeader', { header: 'Hài lòng (4)' }],
    ]);
  });
});
