import type { ParsedPlanItem, PlanItemKind, ReformAreaCode } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  FIRST_ITEM_ROW,
  HEADER_ROW,
  KIND_LABELS,
  PLAN_COLUMNS,
  PLAN_SHEET,
  PlanColumnKey,
  TITLE_ROW,
  YEAR_LABEL,
  YEAR_ROW,
} from './plan-xlsx.columns';
import { addGuideSheet } from './plan-xlsx.guide';

/** One item as the template holds it: the document's own words, one cell per field. */
export interface PlanXlsxRow {
  code: string;
  kind: PlanItemKind;
  parentCode: string | null;
  areaCode: ReformAreaCode | null;
  title: string;
  productText: string | null;
  /** Agency names as text: the source cell, or resolved names joined with ", ". */
  leadText: string | null;
  coordinatorText: string | null;
  /** As written ("Quý II, III"); the date is derived again on import. */
  dueLabel: string | null;
  fundingText: string | null;
}

export interface PlanXlsxInput {
  title: string;
  year: number;
  items: readonly PlanXlsxRow[];
}

/** Room left under the items for rows added in Excel, which should get the drop-down lists too. */
const SPARE_ROWS = 1000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8EA9DB' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function planXlsxRowOf(item: ParsedPlanItem): PlanXlsxRow {
  const { code, kind, parentCode, areaCode, title, productText, leadText, coordinatorText } = item;
  const { dueLabel, fundingText } = item;
  return {
    code,
    kind,
    parentCode,
    areaCode,
    title,
    productText,
    leadText,
    coordinatorText,
    dueLabel,
    fundingText,
  };
}

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks): Excel would refuse the file. */
function xmlSafe(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
    })
    .join('');
}

function cellValue(row: PlanXlsxRow, key: PlanColumnKey): string | null {
  const value = key === 'kind' ? KIND_LABELS[row.kind] : row[key];
  return value === null || value === '' ? null : xmlSafe(value);
}

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function isRangeValidations(value: unknown): value is RangeValidations {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'add') === 'function';
}

/** exceljs keeps whole-range validations on `worksheet.dataValidations`, which its typings leave out. */
function rangeValidations(sheet: ExcelJS.Worksheet): RangeValidations {
  const validations: unknown = Reflect.get(sheet, 'dataValidations');
  if (!isRangeValidations(validations)) throw new Error('This exceljs has no worksheet.dataValidations');
  return validations;
}

function columnLetter(key: PlanColumnKey): string {
  return String.fromCharCode(65 + PLAN_COLUMNS.findIndex((c) => c.key === key));
}

function listValidation(values: readonly string[], prompt: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    // A warning, not a stop: the reader also accepts English kinds and area names typed by hand.
    errorStyle: 'warning',
    showErrorMessage: true,
    errorTitle: 'Giá trị ngoài danh sách',
    error: prompt,
  };
}

function addValidations(sheet: ExcelJS.Worksheet, lastRow: number): void {
  const validations = rangeValidations(sheet);
  const range = (key: PlanColumnKey) =>
    `${columnLetter(key)}${FIRST_ITEM_ROW}:${columnLetter(key)}${lastRow}`;
  validations.add(
    range('kind'),
    listValidation(Object.values(KIND_LABELS), 'Chọn Kết quả, Hoạt động, Nhiệm vụ hoặc Đề án.'),
  );
  validations.add(
    range('areaCode'),
    listValidation(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'], 'Chọn lĩnh vực I–VII (xem trang Hướng dẫn).'),
  );
}

function addHeading(sheet: ExcelJS.Worksheet, title: string, year: number): void {
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, PLAN_COLUMNS.length);
  const titleCell = sheet.getCell(TITLE_ROW, 1);
  titleCell.value = xmlSafe(title);
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(TITLE_ROW).height = 36;
  const label = sheet.getCell(YEAR_ROW, 1);
  label.value = YEAR_LABEL;
  label.font = { bold: true };
  const yearCell = sheet.getCell(YEAR_ROW, 2);
  yearCell.value = year;
  // The column is formatted as text for kinds; the year is a number.
  yearCell.numFmt = '0';
  yearCell.alignment = { horizontal: 'left' };
  const header = sheet.getRow(HEADER_ROW);
  PLAN_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 32;
}

function addItems(sheet: ExcelJS.Worksheet, items: readonly PlanXlsxRow[]): void {
  items.forEach((item, i) => {
    const row = sheet.getRow(FIRST_ITEM_ROW + i);
    PLAN_COLUMNS.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.value = cellValue(item, column.key);
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
  });
}

/**
 * Writes a plan as the import template (see plan-xlsx.columns.ts and docs/plan-import-formats.md): what
 * `parsePlanXlsx` reads back unchanged, and what a coordinator edits in Excel before importing it again.
 */
export async function buildPlanXlsx(input: PlanXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  workbook.title = xmlSafe(input.title);
  const sheet = workbook.addWorksheet(PLAN_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, activeCell: `A${FIRST_ITEM_ROW}` }],
  });
  sheet.columns = PLAN_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : {},
  }));
  addHeading(sheet, input.title, input.year);
  addItems(sheet, input.items);
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: PLAN_COLUMNS.length },
  };
  addValidations(sheet, FIRST_ITEM_ROW + input.items.length + SPARE_ROWS);
  addGuideSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
