/**
 * Statistical appendices of a report as an Excel workbook, one sheet per table, so that figures can be
 * summed and charted: numbers written the Vietnamese way ("1.024", "42,5", "92%") are stored as numbers.
 */
import ExcelJS from 'exceljs';
import { ReportAppendixModel, ReportTable } from './report-document.model';

type Cell = string | number | null;

const FONT_NAME = 'Times New Roman';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Title, caption, then the header row: the rows frozen above the data. */
const HEADER_ROW = 3;
/** Excel refuses sheet names over 31 characters or containing any of these. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

export async function buildReportAppendixXlsx(model: ReportAppendixModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const names = uniqueSheetNames(model.sheets.map((s) => s.name));
  model.sheets.forEach((s, i) => addTableSheet(workbook, names[i], model.title, s.table));
  // A workbook without sheets does not open in Excel: keep the title on its own sheet.
  if (model.sheets.length === 0) addTitle(workbook.addWorksheet('Phụ lục'), model.title, '', 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, title: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // Printed pages repeat the header row, like the Word tables do.
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  addTitle(sheet, title, table.caption, table.columns.length);
  addHeader(sheet, table.columns);
  const sequence = table.columns.map(isSequenceHeader);
  table.rows.forEach((cells) => addDataRow(sheet, cells, table.columns.length, sequence, false));
  if (table.totalRow) addDataRow(sheet, table.totalRow, table.columns.length, sequence, true);
  setColumnWidths(sheet, table);
}

function addTitle(sheet: ExcelJS.Worksheet, title: string, caption: string, columns: number): void {
  [title, caption].forEach((text, i) => {
    const row = i + 1;
    if (columns > 1) sheet.mergeCells(row, 1, row, columns);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT_NAME, size: i === 0 ? 13 : 12, bold: i === 0, italic: i === 1 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(1).height = 33;
}

function addHeader(sheet: ExcelJS.Worksheet, columns: string[]): void {
  const row = sheet.getRow(HEADER_ROW);
  columns.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = { name: FONT_NAME, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

function addDataRow(
  sheet: ExcelJS.Worksheet,
  cells: Cell[],
  width: number,
  sequence: boolean[],
  bold: boolean,
): void {
  const row = sheet.addRow([]);
  for (let i = 0; i < width; i++) {
    const cell = row.getCell(i + 1);
    const { value, numFmt } = cellValue(cells[i] ?? null);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    cell.font = { name: FONT_NAME, size: 12, bold };
    cell.border = BORDERS;
    cell.alignment = {
      vertical: 'top',
      wrapText: typeof value === 'string',
      horizontal: sequence[i] ? 'center' : undefined,
    };
  }
}

/** The stored value and, for numbers, a display format that keeps the caller's decimals or percent. */
export function cellValue(cell: Cell): { value: string | number | null; numFmt?: string } {
  if (cell === null || cell === '') return { value: null };
  const number = typeof cell === 'number' ? cell : parseVietnameseNumber(cell);
  if (number === null) return { value: cell };
  const percent = typeof cell === 'string' && cell.trim().endsWith('%');
  // Decimals as the caller wrote them: multiplying a percent back by 100 is not exact in floating point.
  const fractional = typeof cell === 'string' ? cell.includes(',') : !Number.isInteger(cell);
  const decimals = fractional ? '.0#' : '';
  return { value: number, numFmt: percent ? `0${decimals}%` : `#,##0${decimals}` };
}

/**
 * "1.024" → 1024, "42,5" → 42.5, "92%" → 0.92; anything else (codes like "01", "1.5", text) → null.
 * Dots are thousands separators only in groups of three, so "1.5" is not guessed at.
 */
export function parseVietnameseNumber(text: string): number | null {
  const match = /^([-−]?)(0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,(\d+))?(%?)$/.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction, percent] = match;
  const value = Number(`${whole.replace(/\./g, '')}.${fraction ?? '0'}`) * (sign ? -1 : 1);
  return percent ? value / 100 : value;
}

/** Wide enough for the longest value, capped so long descriptions wrap instead of running off. */
function setColumnWidths(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  table.columns.forEach((header, c) => {
    const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
    const longestCell = Math.max(0, ...rows.map((r) => String(r[c] ?? '').length));
    sheet.getColumn(c + 1).width = Math.min(60, Math.max(6, longestWord + 2, longestCell + 2));
  });
}

function isSequenceHeader(header: string): boolean {
  return /^(s?tt|số tt|thứ tự)$/i.test(header.trim());
}

/** Trimmed to Excel's limits; a repeated name gets " (2)", " (3)"… since Excel needs unique names. */
export function uniqueSheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base =
      raw.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'|'$/g, '') ||
      `Bảng ${i + 1}`;
    let name = base.slice(0, SHEET_NAME_MAX);
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
