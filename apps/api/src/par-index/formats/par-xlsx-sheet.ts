import { foldVietnamese } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { cellText } from '../../common/xlsx/xlsx-cells';
import {
  assertUnpackedWithin,
  MAX_UNPACKED_BYTES,
  sniffDocument,
  UnpackedTooLargeError,
} from '../../plans/formats/document-sniff';

/**
 * What the PAR Index's one-sheet imports (survey points, the Ministry's points) share: opening an uploaded
 * workbook safely, finding the sheet and the title row, and matching column titles in Vietnamese or English,
 * with or without diacritics. Each reader keeps its own columns and row rules.
 */

/** A column of a template, found again on import by its title or one of its aliases. */
export interface XlsxColumn<K extends string> {
  key: K;
  header: string;
  /** Other titles read as this column (folded), English ones included. */
  aliases: string[];
  width: number;
}

/** Folded title without "(…)" notes or "*" marks: "Tỷ lệ hài lòng (%)" and "ty le hai long" match. */
export function headerKey(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  return foldVietnamese(firstLine.replace(/\([^)]*\)|\*/g, ' ')).replace(/[:.]+$/, '');
}

/** The column a title names, by its header or an alias; null for a column the import does not read. */
export function columnMatcher<K extends string>(
  columns: readonly XlsxColumn<K>[],
): (text: string) => K | null {
  const byKey = new Map<string, K>(
    columns.flatMap((c) => [c.header, ...c.aliases].map((title): [string, K] => [headerKey(title), c.key])),
  );
  return (text) => byKey.get(headerKey(text)) ?? null;
}

/** Why a file could not be opened at all; the reader reports it for the whole file. */
export interface WorkbookFailure {
  key: 'parXlsx.notAWorkbook' | 'parXlsx.unpackedTooLarge';
  params: Record<string, string | number>;
}

/** Parts that say nothing about the values and only slow exceljs down. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

/** The workbook, or why these bytes are none: total, never a throw. */
export async function openParWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook | WorkbookFailure> {
  const sniffed = await sniffDocument(buffer);
  if (sniffed.format !== 'XLSX' || sniffed.zip === null)
    return { key: 'parXlsx.notAWorkbook', params: { format: sniffed.format } };
  try {
    // A small archive can unpack to gigabytes: prove it fits before exceljs inflates it into memory.
    await assertUnpackedWithin(sniffed.zip);
    const workbook = new ExcelJS.Workbook();
    // A copy in its own ArrayBuffer, because exceljs types its `Buffer` parameter as an ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer, { ignoreNodes: IGNORED_NODES });
    return workbook;
  } catch (error) {
    if (!(error instanceof UnpackedTooLargeError))
      return { key: 'parXlsx.notAWorkbook', params: { format: 'XLSX' } };
    return {
      key: 'parXlsx.unpackedTooLarge',
      params: { maxMb: Math.round(MAX_UNPACKED_BYTES / 1024 / 1024) },
    };
  }
}

/** The sheet by its name (ignoring case and accents), or the only sheet of a file that has one. */
export function sheetNamedOrOnly(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = foldVietnamese(name);
  return (
    workbook.worksheets.find((s) => foldVietnamese(s.name) === key) ??
    (workbook.worksheets.length === 1 ? workbook.worksheets[0] : undefined)
  );
}

export interface HeaderRow<K extends string> {
  line: number;
  /** Column number of each column found */
  columns: Map<K, number>;
}

/**
 * The title row: the one of the first `searchRows` rows naming the most columns (the upper one on a tie), so
 * a user may insert a line above it, reorder columns or add his own.
 */
export function findHeaderRow<K extends string>(
  sheet: ExcelJS.Worksheet,
  columnOf: (text: string) => K | null,
  searchRows: number,
): HeaderRow<K> | null {
  let best: HeaderRow<K> | null = null;
  for (let line = 1; line <= Math.min(searchRows, sheet.rowCount); line++) {
    const columns = new Map<K, number>();
    sheet.getRow(line).eachCell({ includeEmpty: false }, (cell, column) => {
      const text = cellText(cell);
      const key = text === null ? null : columnOf(text);
      if (key !== null && !columns.has(key)) columns.set(key, column);
    });
    if (columns.size > (best?.columns.size ?? 0)) best = { line, columns };
  }
  return best;
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** The template's title row: each column's header, bold on the usual blue. */
export function writeHeaderRow<K extends string>(
  sheet: ExcelJS.Worksheet,
  line: number,
  columns: readonly XlsxColumn<K>[],
): void {
  const header = sheet.getRow(line);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
}
