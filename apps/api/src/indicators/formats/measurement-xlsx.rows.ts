import type ExcelJS from 'exceljs';
import { cellText } from '../../common/xlsx/xlsx-cells';
import { readNumber } from './measurement-xlsx.cells';
import {
  AGENCY_CODE_COLUMN,
  columnLetter,
  FIRST_AGENCY_ROW,
  FIXED_COLUMNS,
  IndicatorColumn,
  MeasurementPart,
  MeasurementXlsxProblem,
  MeasurementXlsxRow,
  PART_LABELS,
} from './measurement-xlsx.columns';
import { skipKey, TemplateMeta } from './measurement-xlsx.meta';

/** The columns of one indicator, in sheet order. */
export interface IndicatorGroup {
  code: string;
  columns: readonly IndicatorColumn[];
}

export interface RowsRead {
  rows: MeasurementXlsxRow[];
  problems: MeasurementXlsxProblem[];
}

type Figures = Record<MeasurementPart, number | null>;

/** What one indicator's cells of a row hold: nothing, usable figures, or at least one non-number. */
type GroupRead = { kind: 'blank' } | { kind: 'figures'; figures: Figures } | { kind: 'invalid' };

interface Context {
  meta: TemplateMeta;
  groups: readonly IndicatorGroup[];
  out: RowsRead;
  /** Upper-cased agency code → the first row that entered figures for it. */
  seen: Map<string, number>;
}

const CODE_HEADER = FIXED_COLUMNS[AGENCY_CODE_COLUMN - 1]?.header ?? 'Mã cơ quan';

function notANumber(line: number, column: IndicatorColumn, text: string): MeasurementXlsxProblem {
  const letter = columnLetter(column.column);
  const field = `${PART_LABELS[column.part]} of ${column.indicatorCode}`;
  const message = `Row ${line}, column ${letter} (${field}): "${text}" is not a number.`;
  return { line, column: letter, code: 'NOT_A_NUMBER', message };
}

function readGroup(row: ExcelJS.Row, line: number, group: IndicatorGroup, out: RowsRead): GroupRead {
  const figures: Figures = { value: null, numerator: null, denominator: null };
  let filled = false;
  let invalid = false;
  for (const column of group.columns) {
    const read = readNumber(row.getCell(column.column));
    if (read.kind === 'number') figures[column.part] = read.value;
    else if (read.kind === 'invalid') out.problems.push(notANumber(line, column, read.text));
    filled ||= read.kind === 'number';
    invalid ||= read.kind === 'invalid';
  }
  if (invalid) return { kind: 'invalid' };
  return filled ? { kind: 'figures', figures } : { kind: 'blank' };
}

/** A second row for an agency would make the file say two things; the first one stands. */
function agencyProblem(ctx: Context, line: number, agencyCode: string | null): MeasurementXlsxProblem | null {
  const column = columnLetter(AGENCY_CODE_COLUMN);
  if (agencyCode === null) {
    const message = `Row ${line}: figures are entered but column ${column} (${CODE_HEADER}) holds no agency code.`;
    return { line, column, code: 'MISSING_AGENCY_CODE', message };
  }
  const first = ctx.seen.get(agencyCode.toUpperCase());
  if (first === undefined) return null;
  const message = `Row ${line}, column ${column}: agency code "${agencyCode}" already has figures on row ${first}; this row is ignored.`;
  return { line, column, code: 'DUPLICATE_AGENCY', message };
}

function readAgencyRow(ctx: Context, row: ExcelJS.Row, line: number): void {
  const agencyCode = cellText(row.getCell(AGENCY_CODE_COLUMN));
  // Cells of pairs the agency does not report are ignored whatever was typed into them.
  const groups = ctx.groups.filter(
    (g) => agencyCode === null || !ctx.meta.skipped.has(skipKey(agencyCode, g.code)),
  );
  const reads = groups.map((group) => ({ group, read: readGroup(row, line, group, ctx.out) }));
  if (reads.every((r) => r.read.kind === 'blank')) return;
  const problem = agencyProblem(ctx, line, agencyCode);
  if (problem !== null || agencyCode === null) {
    if (problem !== null) ctx.out.problems.push(problem);
    return;
  }
  ctx.seen.set(agencyCode.toUpperCase(), line);
  const note = cellText(row.getCell(ctx.meta.noteColumn));
  for (const { group, read } of reads) {
    if (read.kind !== 'figures') continue;
    ctx.out.rows.push({ line, agencyCode, indicatorCode: group.code, ...read.figures, note });
  }
}

/**
 * One row per (agency row, indicator) with at least one figure; blank cells are skipped, not reported.
 * An indicator with a non-number in any of its cells is reported and left out for that row rather than
 * returned with a gap, which the service would take for a cleared figure.
 */
export function readAgencyRows(
  sheet: ExcelJS.Worksheet,
  meta: TemplateMeta,
  groups: readonly IndicatorGroup[],
): RowsRead {
  const ctx: Context = { meta, groups, out: { rows: [], problems: [] }, seen: new Map() };
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line >= FIRST_AGENCY_ROW) readAgencyRow(ctx, row, line);
  });
  return ctx.out;
}
