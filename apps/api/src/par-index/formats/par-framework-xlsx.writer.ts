import {
  ParCriterionDefinition,
  ParCriterionLevel,
  ParFrameworkDefinition,
  ParScoringMethod,
} from '@partrack/shared';
import ExcelJS from 'exceljs';
import { columnLetter, xmlSafe } from '../../indicators/formats/measurement-xlsx.columns';
import {
  BAND_HEADERS,
  FIRST_ITEM_ROW,
  HEADER_ROW,
  INFO_LABELS,
  INFO_SHEET,
  ITEM_COLUMNS,
  ItemColumnKey,
  ITEMS_SHEET,
  METHOD_LABELS,
  NO,
  TARGET_GROUP_LABELS,
  YES,
} from './par-framework-xlsx.columns';
import { formatDataSource, formatThresholds } from './par-framework-xlsx.data-rule';
import { addGuideSheet } from './par-framework-xlsx.guide';
import { formatScale } from './par-framework-xlsx.scale';

export interface ParFrameworkXlsxMeta {
  /** Shown for reference; an import takes its year from the caller, not from the file. */
  year: number;
  revision?: number;
  /** Marks the file as a sample, so nobody mistakes invented points for an official framework. */
  isSample?: boolean;
}

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = solid('FFD9E1F2');
const AREA_FILL = solid('FFF2F2F2');
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8EA9DB' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
/** Room under the items for rows added in Excel, which should get the drop-down lists too. */
const SPARE_ROWS = 1000;
const SAMPLE_NOTE =
  'Bộ tiêu chí MẪU để minh họa: nội dung và điểm số là giả định, không phải bộ tiêu chí chính thức.';

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

function listValidation(formula: string, error: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    // A warning, not a stop: the reader also accepts the English codes typed by hand.
    errorStyle: 'warning',
    showErrorMessage: true,
    errorTitle: 'Giá trị ngoài danh sách',
    error,
  };
}

function styleHeader(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function evidenceText(evidenceRequired: boolean | undefined): string | null {
  if (evidenceRequired === undefined) return null;
  return evidenceRequired ? YES : NO;
}

function cellValue(item: ParCriterionDefinition, key: ItemColumnKey): ExcelJS.CellValue {
  switch (key) {
    case 'code':
      return xmlSafe(item.code);
    case 'title':
      return xmlSafe(item.title);
    case 'maxPoints':
      return item.maxPoints;
    case 'method':
      return item.method === null ? null : METHOD_LABELS[item.method];
    case 'scale':
      return item.options === undefined || item.options.length === 0
        ? null
        : xmlSafe(formatScale(item.options));
    case 'dataSource':
      return item.dataRule ? xmlSafe(formatDataSource(item.dataRule)) : null;
    case 'thresholds':
      return item.dataRule ? formatThresholds(item.dataRule.thresholds) : null;
    case 'evidence':
      return evidenceText(item.evidenceRequired);
    case 'guidance':
      return item.guidance === undefined || item.guidance === null || item.guidance === ''
        ? null
        : xmlSafe(item.guidance);
  }
}

function columnOf(key: ItemColumnKey): string {
  return columnLetter(ITEM_COLUMNS.findIndex((c) => c.key === key) + 1);
}

function addItemsSheet(workbook: ExcelJS.Workbook, criteria: readonly ParCriterionDefinition[]): void {
  const sheet = workbook.addWorksheet(ITEMS_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, activeCell: `B${FIRST_ITEM_ROW}` }],
  });
  sheet.columns = ITEM_COLUMNS.map((c) => ({ width: c.width, style: c.text ? { numFmt: '@' } : {} }));
  ITEM_COLUMNS.forEach((c, i) => styleHeader(sheet.getCell(HEADER_ROW, i + 1), c.header));
  sheet.getRow(HEADER_ROW).height = 32;
  criteria.forEach((item, i) => {
    const row = sheet.getRow(FIRST_ITEM_ROW + i);
    const area = item.level === ParCriterionLevel.AREA;
    ITEM_COLUMNS.forEach((c, n) => {
      const cell = row.getCell(n + 1);
      cell.value = cellValue(item, c.key);
      cell.alignment = WRAP;
      cell.border = BORDER;
      if (area) {
        cell.font = { bold: true };
        cell.fill = AREA_FILL;
      }
    });
  });
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: ITEM_COLUMNS.length },
  };
  const last = FIRST_ITEM_ROW + criteria.length + SPARE_ROWS;
  const range = (key: ItemColumnKey) => `${columnOf(key)}${FIRST_ITEM_ROW}:${columnOf(key)}${last}`;
  const validations = rangeValidations(sheet);
  const methods = Object.values(ParScoringMethod).map((m) => METHOD_LABELS[m]);
  validations.add(
    range('method'),
    listValidation(`"${methods.join(',')}"`, `Chọn ${methods.join(', ')}; để trống ở mục có mục con.`),
  );
  validations.add(range('evidence'), listValidation(`"${YES},${NO}"`, `Chọn "${YES}" hoặc "${NO}".`));
}

function addLabelRow(sheet: ExcelJS.Worksheet, label: string, value: ExcelJS.CellValue): ExcelJS.Row {
  const row = sheet.addRow([label, value]);
  row.getCell(1).font = { bold: true };
  row.getCell(2).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  return row;
}

/** Sheet "Thông tin"; returns the target group cell, whose drop-down list needs the guide sheet first. */
function addInfoSheet(
  workbook: ExcelJS.Workbook,
  definition: ParFrameworkDefinition,
  meta: ParFrameworkXlsxMeta,
): ExcelJS.Cell {
  const sheet = workbook.addWorksheet(INFO_SHEET);
  sheet.columns = [{ width: 24 }, { width: 60 }, { width: 14 }];
  const title = sheet.addRow(['Thông tin bộ tiêu chí']);
  title.font = { bold: true, size: 14 };
  addLabelRow(sheet, INFO_LABELS.name, xmlSafe(definition.name) || null);
  const group = addLabelRow(sheet, INFO_LABELS.targetGroup, TARGET_GROUP_LABELS[definition.targetGroup]);
  addLabelRow(sheet, INFO_LABELS.total, definition.totalPoints);
  addLabelRow(sheet, INFO_LABELS.year, meta.year);
  if (meta.revision !== undefined) addLabelRow(sheet, INFO_LABELS.revision, meta.revision);
  if (meta.isSample)
    addLabelRow(sheet, INFO_LABELS.note, SAMPLE_NOTE).getCell(2).font = { color: { argb: 'FFC00000' } };
  sheet.addRow([]);
  sheet.addRow([INFO_LABELS.bands]).font = { bold: true };
  const header = sheet.addRow([]);
  BAND_HEADERS.forEach((text, i) => styleHeader(header.getCell(i + 1), text));
  for (const band of definition.bands) {
    const row = sheet.addRow([xmlSafe(band.code), xmlSafe(band.label), band.minIndex]);
    row.eachCell((cell) => {
      cell.border = BORDER;
    });
    // Band codes such as "1" must stay text.
    row.getCell(1).numFmt = '@';
  }
  return group.getCell(2);
}

/**
 * Writes a framework as the import file (see par-framework-xlsx.columns.ts): what `parseParFrameworkXlsx`
 * reads back unchanged, and what a PAR officer edits in Excel before importing it again. Items keep the
 * definition's order. With no criteria it is the blank template: nothing in it imports as an item.
 */
export async function buildParFrameworkXlsx(
  definition: ParFrameworkDefinition,
  meta: ParFrameworkXlsxMeta,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  workbook.title = xmlSafe(`${definition.name} – năm ${meta.year}`);
  addItemsSheet(workbook, definition.criteria);
  const groupCell = addInfoSheet(workbook, definition, meta);
  const { targetGroupRange } = addGuideSheet(workbook);
  groupCell.dataValidation = listValidation(targetGroupRange, 'Chọn một nhóm đối tượng trong danh sách.');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
