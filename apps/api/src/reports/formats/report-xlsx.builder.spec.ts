import ExcelJS from 'exceljs';
import { ReportAppendixModel } from './report-document.model';
import { reportAppendixFixture as fixture, tasksByAreaTable } from './report-export.fixture';
import {
  buildReportAppendixXlsx,
  cellValue,
  parseVietnameseNumber,
  uniqueSheetNames,
} from './report-xlsx.builder';

async function load(model: ReportAppendixModel): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildReportAppendixXlsx(model)).buffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: sheet.columnCount }, (_, i) => sheet.getCell(row, i + 1).value);

describe('buildReportAppendixXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(fixture);
  });

  it('writes one sheet per table, named as given', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Nhiệm vụ theo lĩnh vực',
      'Thủ tục hành chính',
      'Chỉ tiêu CQĐT, CQS',
    ]);
  });

  it('heads each sheet with the title and caption, then a bold, shaded, bordered header row', () => {
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(fixture.title);
    expect(sheet.getCell('A1').font).toEqual(
      expect.objectContaining({ name: 'Times New Roman', bold: true }),
    );
    expect(sheet.getCell('A2').value).toBe(tasksByAreaTable.caption);
    expect(sheet.getCell('A1').isMerged && sheet.getCell('G1').isMerged).toBe(true);
    expect(rowValues(sheet, 3)).toEqual(tasksByAreaTable.columns);
    const header = sheet.getCell('C3');
    expect(header.font).toEqual(expect.objectContaining({ name: 'Times New Roman', bold: true }));
    expect(header.fill).toEqual(expect.objectContaining({ type: 'pattern', pattern: 'solid' }));
    expect(header.border.bottom?.style).toBe('thin');
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 3 }));
  });

  it('stores figures as numbers, text as text, and a bold total row', () => {
    const sheet = workbook.worksheets[0];
    expect(rowValues(sheet, 5)).toEqual([2, 'Cải cách thể chế', 5, 2, 3, 0, 0]);
    expect(sheet.getCell('C5').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B5').border.left?.style).toBe('thin');
    const total = 4 + tasksByAreaTable.rows.length;
    expect(rowValues(sheet, total)).toEqual([null, 'Tổng cộng', 32, 13, 16, 3, 2]);
    expect(sheet.getCell(total, 3).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(total);
  });

  it('turns numbers written the Vietnamese way back into numbers', () => {
    const sheet = workbook.worksheets[2];
    const first = rowValues(sheet, 4);
    expect(first).toEqual([1, expect.stringContaining('Tỷ lệ hồ sơ'), '%', 42.5, 50, 'Đang thực hiện']);
    expect(sheet.getCell('D4').numFmt).toBe('#,##0.0#');
    expect(rowValues(sheet, 8).slice(3, 5)).toEqual([1024, 3000]);
    expect(sheet.getCell('D8').numFmt).toBe('#,##0');
  });

  it('sizes columns to their content and wraps long text', () => {
    const sheet = workbook.worksheets[2];
    const [tt, description] = [sheet.getColumn(1).width ?? 0, sheet.getColumn(2).width ?? 0];
    expect(tt).toBeLessThan(10);
    expect(description).toBeGreaterThan(40);
    expect(description).toBeLessThanOrEqual(60);
    expect(sheet.getCell('B4').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('A4').font?.name).toBe('Times New Roman');
  });

  it('still opens with no tables, and makes sheet names Excel accepts', async () => {
    const empty = await load({ title: 'Phụ lục trống', sheets: [] });
    expect(empty.worksheets.map((s) => s.name)).toEqual(['Phụ lục']);
    expect(empty.worksheets[0].getCell('A1').value).toBe('Phụ lục trống');
    const long = 'Kết quả thực hiện nhiệm vụ theo lĩnh vực năm 2022';
    expect(uniqueSheetNames([long, long, 'Quý I/2022: [tổng hợp]', ''])).toEqual([
      long.slice(0, 31),
      `${long.slice(0, 27)} (2)`,
      'Quý I 2022 tổng hợp',
      'Bảng 4',
    ]);
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.024', 1024],
    ['1.234.567', 1234567],
    ['42,5', 42.5],
    ['-3', -3],
    ['0', 0],
    ['0,75', 0.75],
    ['92%', 0.92],
    ['12,5%', 0.125],
  ])('reads %s as %d', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBeCloseTo(expected, 10);
  });

  it.each(['01', '1.5', '1,2,3', 'Đạt', '', '2022-03-20', '12/2022'])('leaves %p as text', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it('keeps the percent and decimals in the display format', () => {
    expect(cellValue('92%')).toEqual({ value: 0.92, numFmt: '0%' });
    expect(cellValue('7,5%')).toEqual({ value: 0.075, numFmt: '0.0#%' });
    expect(cellValue(12.25)).toEqual({ value: 12.25, numFmt: '#,##0.0#' });
    expect(cellValue(null)).toEqual({ value: null });
  });
});
