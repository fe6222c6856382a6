import ExcelJS from 'exceljs';
import { GUIDE_SHEET, MEASUREMENT_SHEET, META_SHEET, pairKey, periodLabel } from './measurement-xlsx.columns';
import { EXISTING, INPUT, loadWorkbook } from './measurement-xlsx.fixture';
import { parseMeasurementXlsx } from './measurement-xlsx.reader';
import { buildMeasurementXlsx } from './measurement-xlsx.template';

/** Excel locks cells unless told otherwise, so a locked cell carries no protection attribute. */
const lockedOf = (cell: ExcelJS.Cell) => cell.protection?.locked ?? true;
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined);
const row = (sheet: ExcelJS.Worksheet, line: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(line, from + i).value);

describe('buildMeasurementXlsx', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    workbook = await loadWorkbook(await buildMeasurementXlsx(INPUT));
    sheet = workbook.getWorksheet(MEASUREMENT_SHEET)!;
  });

  it('writes the figures sheet, the guide and a very hidden meta sheet', () => {
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [MEASUREMENT_SHEET, 'visible'],
      [GUIDE_SHEET, 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
  });

  it('puts the plan title in row 1 and the period in Vietnamese with the plan code in row 2', () => {
    expect(sheet.getCell('A1').value).toBe(INPUT.planTitle);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('H1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Kỳ báo cáo: Quý I/2022 — Mã kế hoạch: KH-CCHC-2022');
  });

  it('heads each indicator with its code and name, RATIO over Tử số and Mẫu số, others over one value', () => {
    expect(row(sheet, 3, 1, 3)).toEqual(['Mã cơ quan', 'Tên cơ quan', 'Cấp']);
    expect(sheet.getCell('D3').value).toBe('ONLINE-DOSSIERS\nTỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến');
    expect(sheet.getCell('E3').isMerged).toBe(true);
    expect(sheet.getCell('F3').value).toBe('SATISFACTION\nMức độ hài lòng của người dân');
    expect(sheet.getCell('G3').value).toBe('INSPECTIONS\nSố cuộc kiểm tra công tác CCHC');
    expect(row(sheet, 4, 4, 7)).toEqual(['Tử số', 'Mẫu số', 'Giá trị (%)', 'Giá trị (số lượng)']);
    expect(sheet.getCell('H3').value).toBe('Ghi chú');
    expect(sheet.getCell('A4').isMerged).toBe(true);
    expect(sheet.getCell('I3').value).toBeNull();
  });

  it('styles the header (fill, bold, borders), freezes it with the agency columns and sets widths', () => {
    for (const address of ['A3', 'D3', 'E4', 'H3']) {
      const cell = sheet.getCell(address);
      expect([cell.font?.bold, fillOf(cell), cell.border?.bottom?.style]).toEqual([true, 'FFD9E1F2', 'thin']);
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 4 });
    expect([1, 2, 4, 6, 8].map((c) => sheet.getColumn(c).width)).toEqual([14, 40, 12, 16, 40]);
  });

  it('lists one agency per row from row 5 and pre-fills editable figures and the shared note', () => {
    expect(row(sheet, 5, 1, 8)).toEqual(['SNV', 'Sở Nội vụ', 'Sở', 120, 150, 87.5, null, 'Số liệu tạm']);
    expect(row(sheet, 8, 1, 3)).toEqual(['01', 'Ủy ban nhân dân xã Một', 'Xã']);
    expect(sheet.getCell('F7').value).toBe(70);
    for (const address of ['D5', 'F5', 'G5', 'F7', 'H6']) {
      expect(lockedOf(sheet.getCell(address))).toBe(false);
    }
    expect(lockedOf(sheet.getCell('A5'))).toBe(true);
  });

  it('greys, locks and annotates submitted and approved figures, under protection without a password', () => {
    expect(row(sheet, 6, 4, 7)).toEqual([30, 40, null, 4]);
    for (const [address, note] of [
      ['D6', 'Đã nộp'],
      ['E6', 'Đã nộp'],
      ['G6', 'Đã duyệt'],
    ] as const) {
      const cell = sheet.getCell(address);
      expect([cell.note, lockedOf(cell), fillOf(cell)]).toEqual([note, true, 'FFEDEDED']);
    }
    const protection: unknown = Reflect.get(sheet, 'sheetProtection');
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
  });

  it('greys and locks the cells of pairs that need no figure, with "—"', () => {
    const cell = sheet.getCell('G7');
    expect([cell.value, lockedOf(cell), fillOf(cell)]).toEqual(['—', true, 'FFD0D0D0']);
    expect(sheet.getCell('F7').value).toBe(70);
  });

  it('explains the rules in Vietnamese, the comma decimal and the shared note included, and lists indicators', () => {
    const guide = workbook.getWorksheet(GUIDE_SHEET)!;
    const texts: string[] = [];
    guide.eachRow((r) => r.eachCell((c) => texts.push(c.text)));
    const all = texts.join('\n');
    expect(all).toContain('"12,5" và "12.5" đều là mười hai phẩy năm');
    expect(all).toContain('dùng chung cho cả dòng');
    expect(all).toContain('Đã duyệt');
    expect(texts).toEqual(expect.arrayContaining(['ONLINE-DOSSIERS', 'Tử số và Mẫu số', 'Giá trị']));
  });

  it('leaves the note blank when the row’s figures carry different notes', async () => {
    const existing = new Map(EXISTING);
    existing.set(pairKey('i-satisfaction', 'a-snv'), {
      ...existing.get(pairKey('i-satisfaction', 'a-snv'))!,
      note: 'Khác',
    });
    const built = await loadWorkbook(await buildMeasurementXlsx({ ...INPUT, existing }));
    expect(built.getWorksheet(MEASUREMENT_SHEET)!.getCell('H5').value).toBeNull();
  });

  it('writes a usable template with no indicators or agencies yet', async () => {
    const buffer = await buildMeasurementXlsx({ ...INPUT, indicators: [], agencies: [] });
    const parsed = await parseMeasurementXlsx(buffer);
    expect(parsed).toEqual({
      period: '2022-Q1',
      planCode: 'KH-CCHC-2022',
      indicatorCodes: [],
      rows: [],
      problems: [],
    });
  });

  it('drops characters XML cannot hold rather than writing a file Excel refuses', async () => {
    const agencies = [{ ...INPUT.agencies[0], name: 'Sở\u0007 Nội vụ' }];
    const buffer = await buildMeasurementXlsx({ ...INPUT, planTitle: 'Kế hoạch\u0001', agencies });
    const built = (await loadWorkbook(buffer)).getWorksheet(MEASUREMENT_SHEET)!;
    expect([built.getCell('A1').value, built.getCell('B5').value]).toEqual(['Kế hoạch', 'Sở Nội vụ']);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2022-Q1', 'Quý I/2022'],
    ['2022-Q4', 'Quý IV/2022'],
    ['2022-H1', '6 tháng đầu năm 2022'],
    ['2022-H2', '6 tháng cuối năm 2022'],
    ['2022', 'Năm 2022'],
    ['Q1 2022', 'Q1 2022'],
  ])('shows %s as %s', (period, label) => {
    expect(periodLabel(period)).toBe(label);
  });
});
