import ExcelJS from 'exceljs';
import {
  buildParNationalXlsx,
  FIRST_DATA_ROW,
  HEADER_ROW,
  NATIONAL_GUIDE_SHEET,
  NATIONAL_SHEET,
  NationalTemplateItem,
} from './par-national-xlsx';
import { parseParNationalXlsx } from './par-national-xlsx.reader';

const ITEMS: NationalTemplateItem[] = [
  { code: '1', title: 'Chỉ đạo', maxPoints: 3, selfPoints: null, scored: false },
  { code: '1.1', title: 'Kế hoạch', maxPoints: 1, selfPoints: 1, scored: true },
  { code: '1.2', title: 'Kiểm tra', maxPoints: 1.5, selfPoints: 1.5, scored: true },
  { code: '1.10', title: 'Tuyên truyền', maxPoints: 0.5, selfPoints: 0.25, scored: true },
];
const READ_ITEMS = ITEMS.map(({ code, maxPoints, scored }) => ({ code, maxPoints, scored }));

/** Rows 4 (area 1), 5 (1.1), 6 (1.2), 7 (1.10). */
const rowOf = (code: string) => FIRST_DATA_ROW + ITEMS.findIndex((i) => i.code === code);

/** The template with `edit` applied to its first sheet. */
async function edited(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const template = await buildParNationalXlsx(
    { year: 2025, place: 'Quảng Nam', frameworkName: 'Bộ chỉ số cấp tỉnh' },
    ITEMS,
  );
  await workbook.xlsx.load(new Uint8Array(template).buffer);
  edit(workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Points in column E, remarks in column F. */
const fill = (sheet: ExcelJS.Worksheet, values: Record<string, ExcelJS.CellValue>, reason?: string) => {
  for (const [code, value] of Object.entries(values)) {
    sheet.getRow(rowOf(code)).getCell(5).value = value;
    if (reason) sheet.getRow(rowOf(code)).getCell(6).value = reason;
  }
};

const summary = (problems: { line: number | null; column: string | null; key: string }[]) =>
  problems.map((p) => [p.line, p.column, p.key]);

describe('buildParNationalXlsx', () => {
  it('lists every item with its maximum and self-score, an empty points column, and a guide', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      new Uint8Array(
        await buildParNationalXlsx({ year: 2025, place: 'Quảng Nam', frameworkName: 'Bộ' }, ITEMS),
      ).buffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([NATIONAL_SHEET, NATIONAL_GUIDE_SHEET]);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(HEADER_ROW).values).toEqual([
      undefined,
      'Mã',
      'Nội dung',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Điểm Bộ Nội vụ thẩm định',
      'Ý kiến của Bộ Nội vụ',
    ]);
    const values = (code: string) =>
      [1, 2, 3, 4, 5].map((c) => sheet.getRow(rowOf(code)).getCell(c).value ?? null);
    expect(values('1')).toEqual(['1', 'Chỉ đạo', 3, null, null]);
    expect(values('1.10')).toEqual(['1.10', 'Tuyên truyền', 0.5, 0.25, null]);
    expect(sheet.getRow(rowOf('1')).getCell(1).font?.bold).toBe(true);
    expect(workbook.worksheets[1].getCell('B3').value).toMatch(/^Trang "Điểm thẩm định"/);
  });
});

describe('parseParNationalXlsx', () => {
  it('reads numbers, text with a decimal comma and remarks, every scored item once', async () => {
    const file = await edited((sheet) => {
      fill(sheet, { '1.1': 0.5, '1.2': '1,25', '1.10': 0 });
      sheet.getRow(rowOf('1.1')).getCell(6).value = 'Kế hoạch ban hành chậm';
    });
    const parse = await parseParNationalXlsx(file, READ_ITEMS);
    expect(parse.problems).toEqual([]);
    expect(parse.rows).toEqual([
      { line: rowOf('1.1'), code: '1.1', points: 0.5, reason: 'Kế hoạch ban hành chậm' },
      { line: rowOf('1.2'), code: '1.2', points: 1.25, reason: null },
      { line: rowOf('1.10'), code: '1.10', points: 0, reason: null },
    ]);
  });

  it('names every bad cell by line and column, all or nothing', async () => {
    const file = await edited((sheet) => {
      fill(sheet, { '1': 3, '1.1': 1.5, '1.2': 'tốt', '1.10': 0.125 });
      sheet.getRow(FIRST_DATA_ROW + 4).values = ['9.9', 'Không có', 1, null, 1];
      sheet.getRow(FIRST_DATA_ROW + 5).values = ['1.1', 'Kế hoạch', 1, null, 1];
      sheet.getRow(FIRST_DATA_ROW + 6).values = [null, null, null, null, 0.5];
    });
    const parse = await parseParNationalXlsx(file, READ_ITEMS);
    expect(parse.rows).toEqual([]);
    expect(summary(parse.problems)).toEqual([
      [rowOf('1'), 'E', 'parNational.notScored'],
      [rowOf('1.1'), 'E', 'parNational.aboveMaximum'],
      [rowOf('1.2'), 'E', 'parNational.points'],
      [rowOf('1.10'), 'E', 'parNational.points'],
      [FIRST_DATA_ROW + 4, 'A', 'parNational.unknownCode'],
      [FIRST_DATA_ROW + 5, 'A', 'parNational.duplicateCode'],
      [FIRST_DATA_ROW + 6, 'A', 'parNational.missingCode'],
    ]);
    expect(parse.problems[5].params).toEqual({ code: '1.1', firstLine: rowOf('1.1') });
    expect(parse.problems[1].params).toEqual({ code: '1.1', value: 1.5, max: 1 });
  });

  it('asks for every scored item: a blank cell where it is, a deleted row at the end', async () => {
    const file = await edited((sheet) => {
      fill(sheet, { '1.1': 1 });
      sheet.spliceRows(rowOf('1.10'), 1);
    });
    const parse = await parseParNationalXlsx(file, READ_ITEMS);
    expect(summary(parse.problems)).toEqual([
      [rowOf('1.2'), 'E', 'parNational.missingPoints'],
      [null, null, 'parNational.missingItem'],
    ]);
    expect(parse.problems[1].params).toEqual({ code: '1.10' });
  });

  it('finds the columns by their titles wherever they are, and names the one missing', async () => {
    const moved = await edited((sheet) => {
      fill(sheet, { '1.1': 1, '1.2': 1, '1.10': 0.5 });
      sheet.spliceRows(1, 0, ['Ghi chú của người nhập']);
      sheet.spliceColumns(1, 0, ['']);
    });
    const parse = await parseParNationalXlsx(moved, READ_ITEMS);
    expect(parse.problems).toEqual([]);
    expect(parse.rows.map((r) => [r.line, r.code, r.points])).toEqual([
      [rowOf('1.1') + 1, '1.1', 1],
      [rowOf('1.2') + 1, '1.2', 1],
      [rowOf('1.10') + 1, '1.10', 0.5],
    ]);
    const renamed = await edited((sheet) => (sheet.getRow(HEADER_ROW).getCell(5).value = 'Điểm'));
    expect((await parseParNationalXlsx(renamed, READ_ITEMS)).problems).toEqual([
      {
        line: HEADER_ROW,
        column: null,
        key: 'parNational.missingHeader',
        params: { header: 'Điểm Bộ Nội vụ thẩm định' },
      },
    ]);
  });

  it('answers one problem for a file that is no workbook, and for the template as downloaded', async () => {
    expect(summary((await parseParNationalXlsx(Buffer.from('1.1;0,5'), READ_ITEMS)).problems)).toEqual([
      [null, null, 'parXlsx.notAWorkbook'],
    ]);
    expect(summary((await parseParNationalXlsx(await edited(() => undefined), READ_ITEMS)).problems)).toEqual(
      [[HEADER_ROW + 1, 'E', 'parNational.noRows']],
    );
  });
});
