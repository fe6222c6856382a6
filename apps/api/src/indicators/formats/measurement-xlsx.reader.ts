import { foldVietnamese } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  assertUnpackedWithin,
  sniffDocument,
  UnpackedTooLargeError,
  wrongFormatMessage,
} from '../../plans/formats/document-sniff';
import { cellText } from '../../common/xlsx/xlsx-cells';
import {
  AGENCY_CODE_COLUMN,
  columnLetter,
  FIXED_COLUMNS,
  GROUP_ROW,
  IndicatorColumn,
  MEASUREMENT_SHEET,
  MeasurementXlsxParse,
  MeasurementXlsxProblem,
  MeasurementXlsxProblemCode,
  NOTE_HEADER,
  PART_LABELS,
  PART_ROW,
} from './measurement-xlsx.columns';
import { readMeta, TemplateMeta } from './measurement-xlsx.meta';
import { IndicatorGroup, readAgencyRows } from './measurement-xlsx.rows';

export type {
  MeasurementXlsxParse,
  MeasurementXlsxProblem,
  MeasurementXlsxRow,
} from './measurement-xlsx.columns';

export interface ParseMeasurementXlsxOptions {
  /**
   * Codes of the indicators the import may touch. Columns of any other code give one UNKNOWN_INDICATOR
   * problem and are not read. Omitted: every indicator the file holds is read.
   */
  indicatorCodes?: readonly string[];
}

/** Parts that say nothing about the figures and only slow exceljs down. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

function problem(code: MeasurementXlsxProblemCode, message: string, line = 1, column: string | null = null) {
  return { line, column, code, message };
}

function failed(code: 'UNREADABLE' | 'WRONG_TEMPLATE', message: string): MeasurementXlsxParse {
  return { period: null, planCode: null, indicatorCodes: [], rows: [], problems: [problem(code, message)] };
}

type Opened = { workbook: ExcelJS.Workbook } | { failure: MeasurementXlsxParse };

async function openWorkbook(content: Buffer): Promise<Opened> {
  const sniffed = await sniffDocument(content);
  if (sniffed.format === 'EMPTY') return { failure: failed('UNREADABLE', 'The file is empty.') };
  if (sniffed.format !== 'XLSX' || sniffed.zip === null) {
    return { failure: failed('UNREADABLE', wrongFormatMessage(sniffed.format, 'XLSX')) };
  }
  try {
    // A small archive can unpack to gigabytes: prove it fits before exceljs inflates it into memory.
    await assertUnpackedWithin(sniffed.zip);
    const workbook = new ExcelJS.Workbook();
    // A copy in its own ArrayBuffer, because exceljs types its `Buffer` parameter as an ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(content).buffer, { ignoreNodes: IGNORED_NODES });
    return { workbook };
  } catch (error) {
    const reason = error instanceof UnpackedTooLargeError ? error.message : 'the workbook is damaged';
    return { failure: failed('UNREADABLE', `This Excel workbook cannot be read: ${reason}.`) };
  }
}

function wrongTemplate(reason: string): MeasurementXlsxParse {
  const advice = 'Download the measurement template again and copy the figures into it.';
  return failed(
    'WRONG_TEMPLATE',
    `This workbook is not the measurement entry template: ${reason}. ${advice}`,
  );
}

/** A header as a comparable key: accents, case and extra spaces do not count. */
const headerKey = (text: string | null) => foldVietnamese(text ?? '');

interface Expected {
  column: number;
  label: string;
  matches: (group: string | null, part: string | null) => boolean;
}

/** What the header rows must still say where the template put each column it reads. */
function expectedHeaders(meta: TemplateMeta): Expected[] {
  const fixed = (column: number, header: string): Expected => ({
    column,
    label: header,
    matches: (group) => headerKey(group) === headerKey(header),
  });
  const indicator = (c: IndicatorColumn): Expected => ({
    column: c.column,
    label: `${PART_LABELS[c.part]} of ${c.indicatorCode}`,
    matches: (group, part) =>
      headerKey(group?.split('\n')[0] ?? null) === headerKey(c.indicatorCode) &&
      headerKey(part).startsWith(headerKey(PART_LABELS[c.part])),
  });
  const code = FIXED_COLUMNS[AGENCY_CODE_COLUMN - 1]?.header ?? '';
  return [
    fixed(AGENCY_CODE_COLUMN, code),
    ...meta.columns.map(indicator),
    fixed(meta.noteColumn, NOTE_HEADER),
  ];
}

/**
 * Positions come from the meta sheet, so a column inserted or deleted in Excel would shift figures onto
 * the wrong indicator without a word; the header cells, which move with their columns, give that away.
 */
function movedColumns(sheet: ExcelJS.Worksheet, meta: TemplateMeta): MeasurementXlsxProblem[] {
  return expectedHeaders(meta).flatMap((e) => {
    const group = cellText(sheet.getCell(GROUP_ROW, e.column));
    if (e.matches(group, cellText(sheet.getCell(PART_ROW, e.column)))) return [];
    const letter = columnLetter(e.column);
    const found = group === null ? 'nothing' : `"${group.replace(/\n/g, ' ')}"`;
    const message = `Row ${GROUP_ROW}, column ${letter}: expected the header of ${e.label}, found ${found}; columns were inserted, deleted or moved after the template was made.`;
    return [problem('MISSING_COLUMNS', message, GROUP_ROW, letter)];
  });
}

function groupsOf(columns: readonly IndicatorColumn[]): IndicatorGroup[] {
  const byCode = new Map<string, IndicatorColumn[]>();
  for (const c of columns) byCode.set(c.indicatorCode, [...(byCode.get(c.indicatorCode) ?? []), c]);
  return [...byCode].map(([code, own]) => ({ code, columns: own }));
}

function unknownIndicator(group: IndicatorGroup): MeasurementXlsxProblem {
  const letter = columnLetter(group.columns[0]?.column ?? 1);
  const message = `Row ${GROUP_ROW}, column ${letter}: "${group.code}" is not an indicator of this plan; its figures are ignored.`;
  return problem('UNKNOWN_INDICATOR', message, GROUP_ROW, letter);
}

/** Problems top to bottom, left to right, as the user walks through the sheet to fix them. */
function sortProblems(problems: MeasurementXlsxProblem[]): MeasurementXlsxProblem[] {
  const columnKey = (c: string | null) => (c === null ? '' : c.padStart(3, ' '));
  return problems.sort((a, b) => a.line - b.line || columnKey(a.column).localeCompare(columnKey(b.column)));
}

/**
 * Reads a workbook made by `buildMeasurementXlsx` (and filled in by hand) into figures per agency and
 * indicator, each with its Excel row, and problems with row and column letter. Total: a file that is not
 * that template gives one UNREADABLE or WRONG_TEMPLATE problem, never a throw. Ranges are not checked
 * here: `validateMeasurement` does that in the service, which also decides about locked figures.
 * `indicatorCodes` lists the indicators whose columns were read.
 */
export async function parseMeasurementXlsx(
  content: Buffer,
  options: ParseMeasurementXlsxOptions = {},
): Promise<MeasurementXlsxParse> {
  const opened = await openWorkbook(content);
  if ('failure' in opened) return opened.failure;
  const metaRead = readMeta(opened.workbook);
  if ('failure' in metaRead) return wrongTemplate(metaRead.failure);
  const { meta } = metaRead;
  const sheet = opened.workbook.getWorksheet(MEASUREMENT_SHEET);
  if (sheet === undefined) return wrongTemplate(`it has no "${MEASUREMENT_SHEET}" sheet`);
  const header = { period: meta.period, planCode: meta.planCode };
  const moved = movedColumns(sheet, meta);
  if (moved.length > 0) return { ...header, indicatorCodes: [], rows: [], problems: moved };
  const known = options.indicatorCodes === undefined ? null : new Set(options.indicatorCodes);
  const groups = groupsOf(meta.columns);
  const readable = groups.filter((g) => known === null || known.has(g.code));
  const unknown = groups.filter((g) => !readable.includes(g)).map(unknownIndicator);
  const read = readAgencyRows(sheet, meta, readable);
  const problems = sortProblems([...unknown, ...read.problems]);
  return { ...header, indicatorCodes: readable.map((g) => g.code), rows: read.rows, problems };
}
