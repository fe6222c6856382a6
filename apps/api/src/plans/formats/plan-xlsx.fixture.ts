// Test-only: hand-made workbooks in the template layout, with cells the builder never writes.
import ExcelJS from 'exceljs';
import { PLAN_COLUMNS, PlanColumnKey } from './plan-xlsx.columns';

export type RowCells = Partial<Record<PlanColumnKey, ExcelJS.CellValue>>;

export interface SheetOptions {
  title?: string | null;
  year?: number | null;
  /** Column titles in sheet order; default: the template's. */
  columns?: readonly string[];
  sheetName?: string;
  /** Ranges to merge after the values are written ("G6:G7"). */
  merges?: readonly string[];
}

const HEADERS: Record<string, PlanColumnKey> = Object.fromEntries(PLAN_COLUMNS.map((c) => [c.header, c.key]));

/** Title in row 1, year in row 2, column titles in row 3 and `rows` from row 4; null rows stay blank. */
export async function workbookOf(
  rows: ReadonlyArray<RowCells | null>,
  options: SheetOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Kế hoạch');
  const columns = options.columns ?? PLAN_COLUMNS.map((c) => c.header);
  const title = options.title === undefined ? 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022' : options.title;
  if (title !== null) sheet.getCell('A1').value = title;
  const year = options.year === undefined ? 2022 : options.year;
  if (year !== null) sheet.getRow(2).values = ['Năm kế hoạch', year];
  sheet.getRow(3).values = [...columns];
  rows.forEach((row, i) => {
    if (row === null) return;
    columns.forEach((header, c) => {
      const key = HEADERS[header];
      const value = key === undefined ? undefined : row[key];
      if (value !== undefined) sheet.getCell(4 + i, c + 1).value = value;
    });
  });
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A well-formed result → activity → task chain of area II, to vary one cell at a time. */
export const CHAIN: readonly RowCells[] = [
  { code: '1.4', kind: 'Kết quả', areaCode: 'II', title: 'Kế hoạch rà soát TTHC' },
  { code: '2.5', kind: 'Hoạt động', parentCode: '1.4', areaCode: 'II', title: 'Rà soát, cắt giảm thời gian' },
  {
    code: '3.6',
    kind: 'Nhiệm vụ',
    parentCode: '2.5',
    areaCode: 'II',
    title: 'Rà soát, thực hiện cắt giảm',
    productText: 'Quyết định',
    leadText: 'Văn phòng Ủy ban nhân dân tỉnh',
    coordinatorText: 'Các Sở, ban, ngành',
    dueLabel: 'Quý II, III',
    fundingText: 'Kinh phí chi thường xuyên',
  },
];

export function chainWith(index: number, change: RowCells): RowCells[] {
  return CHAIN.map((row, i) => (i === index ? { ...row, ...change } : row));
}
