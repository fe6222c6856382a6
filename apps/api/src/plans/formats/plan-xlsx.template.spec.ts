import { parsePlanText, PlanItemKind } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { GUIDE_SHEET, PLAN_COLUMNS, PLAN_SHEET } from './plan-xlsx.columns';
import { parsePlanXlsx } from './plan-xlsx.reader';
import { buildPlanXlsx, planXlsxRowOf, PlanXlsxRow } from './plan-xlsx.template';

const SEED = readFileSync(join(__dirname, '../../seed/data/ke-hoach-cchc-2022-quang-nam.txt'), 'utf8');
const seed = parsePlanText(SEED);
const TITLE = 'KẾ HOẠCH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

describe('buildPlanXlsx', () => {
  let buffer: Buffer;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    buffer = await buildPlanXlsx({ title: TITLE, year: 2022, items: seed.items.map(planXlsxRowOf) });
    workbook = await load(buffer);
    sheet = workbook.getWorksheet(PLAN_SHEET)!;
  });

  it('writes the plan sheet first and the guide second', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([PLAN_SHEET, GUIDE_SHEET]);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('puts the title in row 1, merged over the columns, and the year in row 2', () => {
    expect(sheet.getCell('A1').value).toBe(TITLE);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('J1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Năm kế hoạch');
    expect(sheet.getCell('B2').value).toBe(2022);
  });

  it('titles the columns in bold Vietnamese in row 3, frozen above the items', () => {
    const header = sheet.getRow(3);
    expect(PLAN_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual([
      'Mã',
      'Loại',
      'Mã cha',
      'Lĩnh vực',
      'Nội dung',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Kinh phí',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getColumn(5).width).toBe(60);
  });

  it('keeps codes, kinds, areas and completion times as text', () => {
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getColumn(9).numFmt).toBe('@');
    expect(sheet.getCell('A4').value).toBe('1.3');
    expect(sheet.getCell('B4').value).toBe('Kết quả');
  });

  it('offers drop-down lists for the kind and the area, also on spare rows', () => {
    for (const address of ['B4', 'B500']) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Kết quả,Hoạt động,Nhiệm vụ,Đề án"'],
      });
    }
    expect(sheet.getCell('D10').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"I,II,III,IV,V,VI,VII"'],
    });
  });

  it('explains every column in Vietnamese and English on the guide sheet', () => {
    const guide = workbook.getWorksheet(GUIDE_SHEET)!;
    const texts: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    for (const column of PLAN_COLUMNS) {
      expect(texts).toEqual(expect.arrayContaining([column.header, column.helpVi, column.helpEn]));
    }
    expect(texts).toEqual(expect.arrayContaining(['Cải cách thể chế', 'Institutional reform', 'VII']));
  });

  it('reads the seed plan back item for item, each at its row', async () => {
    const parsed = await parsePlanXlsx(buffer, { year: null });
    expect(parsed.header).toMatchObject({ title: TITLE, year: 2022 });
    expect(parsed.items).toEqual(seed.items.map((item, i) => ({ ...item, line: i + 4 })));
    expect(parsed.items).toHaveLength(78);
  });

  it('reports the gaps the seed has, as the text import does, and nothing else', async () => {
    const parsed = await parsePlanXlsx(buffer, { year: null });
    const found = parsed.problems.map((p) => `${p.code} ${p.itemCode ?? ''}`);
    expect(found).toEqual([
      'ITEM_WITHOUT_AREA 1.3',
      'ITEM_WITHOUT_AREA 2.4',
      'NO_CHILDREN 2.4',
      'EMPTY_LEAD 3.17',
      'EMPTY_COORDINATOR 3.24',
    ]);
    expect(parsed.problems.every((p) => p.severity === 'WARNING')).toBe(true);
  });

  it('writes an empty template when there are no items yet', async () => {
    const empty = await buildPlanXlsx({ title: 'KẾ HOẠCH NĂM 2023', year: 2023, items: [] });
    const parsed = await parsePlanXlsx(empty, { year: null });
    expect(parsed.items).toEqual([]);
    expect(parsed.problems.map((p) => p.code)).toEqual(['NO_ITEMS']);
  });

  it('drops characters XML cannot hold rather than writing a file Excel refuses', async () => {
    const row: PlanXlsxRow = {
      ...planXlsxRowOf(seed.items[0]),
      kind: PlanItemKind.RESULT,
      title: 'Báo\u0007 cáo\u0000',
    };
    const parsed = await parsePlanXlsx(await buildPlanXlsx({ title: TITLE, year: 2022, items: [row] }), {
      year: null,
    });
    expect(parsed.items[0].title).toBe('Báo cáo');
  });
});
