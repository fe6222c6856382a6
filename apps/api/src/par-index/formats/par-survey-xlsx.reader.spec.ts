import ExcelJS from 'exceljs';
import { buildParSurveyXlsx, FIRST_DATA_ROW, HEADER_ROW } from './par-survey-xlsx';
import { parseParSurveyXlsx } from './par-survey-xlsx.reader';

const ROWS = ['2.1', '2.2', '2.3'].map((itemCode) => ({
  agencyCode: 'HNI-SNV',
  agencyName: 'Sở Nội vụ',
  itemCode,
  itemTitle: 'Sự hài lòng',
  maxPoints: 10,
}));

/** The template with `edit` applied to its sheet. */
async function edited(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildParSurveyXlsx('Chỉ số CCHC năm 2024', ROWS)).buffer);
  edit(workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const rate = (sheet: ExcelJS.Worksheet, offset: number) => sheet.getRow(FIRST_DATA_ROW + offset).getCell(6);

describe('parseParSurveyXlsx', () => {
  it('reads rates typed as numbers, as text with a decimal comma and as Excel percentages', async () => {
    const file = await edited((sheet) => {
      rate(sheet, 0).value = 85.5;
      rate(sheet, 1).value = '72,25 %';
      rate(sheet, 2).value = 0.9;
      // A style of its own: exceljs shares one style object between the cells of a column.
      rate(sheet, 2).style = { ...rate(sheet, 2).style, numFmt: '0%' };
    });
    const parse = await parseParSurveyXlsx(file);
    expect(parse.problems).toEqual([]);
    expect(parse.rows.map((r) => [r.line, r.agencyCode, r.itemCode, r.percent])).toEqual([
      [FIRST_DATA_ROW, 'HNI-SNV', '2.1', 85.5],
      [FIRST_DATA_ROW + 1, 'HNI-SNV', '2.2', 72.25],
      [FIRST_DATA_ROW + 2, 'HNI-SNV', '2.3', 90],
    ]);
  });

  it('skips rows without a rate and names every bad cell by line and column', async () => {
    const file = await edited((sheet) => {
      rate(sheet, 0).value = 101;
      rate(sheet, 1).value = 'tốt';
      sheet.getRow(FIRST_DATA_ROW + 3).values = ['', '', '', '', '', 50];
    });
    const parse = await parseParSurveyXlsx(file);
    expect(parse.skipped).toBe(1);
    expect(parse.problems.map((p) => [p.line, p.column, p.key])).toEqual([
      [FIRST_DATA_ROW, 'F', 'parSurvey.percent'],
      [FIRST_DATA_ROW + 1, 'F', 'parSurvey.percent'],
      [FIRST_DATA_ROW + 3, 'A', 'parSurvey.missingAgency'],
      [FIRST_DATA_ROW + 3, 'C', 'parSurvey.missingItem'],
    ]);
  });

  it('finds the columns by their titles, and names the one missing', async () => {
    const moved = await edited((sheet) => {
      sheet.spliceRows(1, 0, ['Ghi chú của người nhập']);
      sheet.spliceColumns(1, 0, ['']);
      sheet.getRow(FIRST_DATA_ROW + 1).getCell(7).value = 60;
    });
    expect((await parseParSurveyXlsx(moved)).rows.map((r) => [r.line, r.percent])).toEqual([
      [FIRST_DATA_ROW + 1, 60],
    ]);
    const renamed = await edited((sheet) => (sheet.getRow(HEADER_ROW).getCell(6).value = 'Điểm'));
    expect((await parseParSurveyXlsx(renamed)).problems).toEqual([
      {
        line: HEADER_ROW,
        column: null,
        key: 'parSurvey.missingHeader',
        params: { header: 'Tỷ lệ hài lòng (%)' },
      },
    ]);
  });

  it('answers one problem for a file that is no workbook, and for a template left blank', async () => {
    expect((await parseParSurveyXlsx(Buffer.from('HNI-SNV;2.1;85'))).problems.map((p) => p.key)).toEqual([
      'parXlsx.notAWorkbook',
    ]);
    expect((await parseParSurveyXlsx(await edited(() => undefined))).problems.map((p) => p.key)).toEqual([
      'parSurvey.noRows',
    ]);
  });
});
