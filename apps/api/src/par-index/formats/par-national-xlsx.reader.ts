import { isValidPoints, toHundredths } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { MessageKey } from '../../common/i18n/messages';
import { cellText } from '../../common/xlsx/xlsx-cells';
import { readNumber } from '../../indicators/formats/measurement-xlsx.cells';
import { columnLetter } from '../../indicators/formats/measurement-xlsx.columns';
import {
  HEADER_SEARCH_ROWS,
  MAX_NATIONAL_ROWS,
  MAX_REASON_LENGTH,
  NATIONAL_SHEET,
  nationalColumnOf,
  NationalColumnKey,
  nationalHeaderOf,
} from './par-national-xlsx';
import { findHeaderRow, openParWorkbook, sheetNamedOrOnly } from './par-xlsx-sheet';

/** Something wrong in the file, where the user finds it: Excel row and column letter (null: the whole file). */
export interface ParNationalXlsxProblem {
  line: number | null;
  column: string | null;
  key: MessageKey;
  params: Record<string, string | number>;
}

/** An item of the assessment's framework, as the reader checks the file against it. */
export interface ParNationalXlsxItem {
  code: string;
  maxPoints: number;
  /** A leaf with a scoring method: it must get points. Parents must not. */
  scored: boolean;
}

/** The Ministry's points of one scored item, as read. */
export interface ParNationalXlsxRow {
  line: number;
  /** The item's code as the framework spells it */
  code: string;
  points: number;
  reason: string | null;
}

export interface ParNationalXlsxParse {
  /** Every scored item once, in the file's order; empty whenever there is a problem (all or nothing). */
  rows: ParNationalXlsxRow[];
  problems: ParNationalXlsxProblem[];
}

const problem = (
  line: number | null,
  column: string | null,
  key: MessageKey,
  params: Record<string, string | number> = {},
): ParNationalXlsxProblem => ({ line, column, key, params });

const failed = (p: ParNationalXlsxProblem): ParNationalXlsxParse => ({ rows: [], problems: [p] });

/** Codes compare without spaces: "1. 2" is item 1.2. */
const codeKey = (code: string) => code.replace(/\s+/g, '');

/** Top to bottom, left to right; items missing from the file (no line) last. */
function sorted(problems: ParNationalXlsxProblem[]): ParNationalXlsxProblem[] {
  const column = (c: string | null) => (c ?? '').padStart(3, ' ');
  return problems
    .map((p, order) => ({ p, order }))
    .sort(
      (a, b) =>
        (a.p.line ?? Infinity) - (b.p.line ?? Infinity) ||
        column(a.p.column).localeCompare(column(b.p.column)) ||
        a.order - b.order,
    )
    .map(({ p }) => p);
}

/**
 * Reads the Ministry's points file (par-national-xlsx.ts) against the assessment's items, all or nothing: a code
 * the framework does not have, a code twice, points on an item with children, points that are no number, negative,
 * with more than two decimals or above the item's maximum, a remark too long, and a scored item left without
 * points or missing from the file; each with its Excel line and column. Total: bytes that are no readable
 * workbook give one problem, never a throw.
 */
export async function parseParNationalXlsx(
  buffer: Buffer,
  items: readonly ParNationalXlsxItem[],
): Promise<ParNationalXlsxParse> {
  const opened = await openParWorkbook(buffer);
  if (!(opened instanceof ExcelJS.Workbook)) return failed(problem(null, null, opened.key, opened.params));
  const sheet = sheetNamedOrOnly(opened, NATIONAL_SHEET);
  if (!sheet) return failed(problem(null, null, 'parNational.missingSheet', { sheet: NATIONAL_SHEET }));
  const header = findHeaderRow(sheet, nationalColumnOf, HEADER_SEARCH_ROWS);
  const columns = header?.columns ?? new Map<NationalColumnKey, number>();
  const absent = (['code', 'points'] as const).find((k) => !columns.has(k));
  if (header === null || absent !== undefined)
    return failed(
      problem(header?.line ?? null, null, 'parNational.missingHeader', {
        header: nationalHeaderOf(absent ?? 'points'),
      }),
    );

  const byCode = new Map(items.map((item) => [codeKey(item.code), item]));
  const at = (k: NationalColumnKey) => {
    const column = columns.get(k);
    return column === undefined ? null : columnLetter(column);
  };
  const text = (row: ExcelJS.Row, k: NationalColumnKey) => {
    const column = columns.get(k);
    return column === undefined ? null : cellText(row.getCell(column));
  };
  const problems: ParNationalXlsxProblem[] = [];
  const rows: ParNationalXlsxRow[] = [];
  /** Line of each code already met, scored or not */
  const seen = new Map<string, number>();
  let counted = 0;
  let anyPoints = false;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line <= header.line || counted > MAX_NATIONAL_ROWS) return;
    const code = text(row, 'code');
    const read = readNumber(row.getCell(columns.get('points') ?? 0));
    const reason = text(row, 'reason');
    if (code === null && read.kind === 'blank' && reason === null) return;
    anyPoints ||= read.kind !== 'blank';
    if (++counted > MAX_NATIONAL_ROWS) {
      problems.push(problem(line, null, 'parNational.tooManyRows', { max: MAX_NATIONAL_ROWS }));
      return;
    }
    if (code === null) {
      problems.push(problem(line, at('code'), 'parNational.missingCode'));
      return;
    }
    const item = byCode.get(codeKey(code));
    if (!item) {
      problems.push(problem(line, at('code'), 'parNational.unknownCode', { code }));
      return;
    }
    const first = seen.get(codeKey(code));
    if (first !== undefined) {
      problems.push(problem(line, at('code'), 'parNational.duplicateCode', { code, firstLine: first }));
      return;
    }
    seen.set(codeKey(code), line);
    if (!item.scored) {
      if (read.kind !== 'blank')
        problems.push(problem(line, at('points'), 'parNational.notScored', { code: item.code }));
      return;
    }
    if (reason !== null && reason.length > MAX_REASON_LENGTH)
      problems.push(
        problem(line, at('reason'), 'parNational.reasonTooLong', { code: item.code, max: MAX_REASON_LENGTH }),
      );
    if (read.kind === 'blank') {
      problems.push(problem(line, at('points'), 'parNational.missingPoints', { code: item.code }));
      return;
    }
    const points = read.kind === 'number' ? read.value : null;
    if (points === null || !isValidPoints(points))
      problems.push(
        problem(line, at('points'), 'parNational.points', {
          code: item.code,
          value: read.kind === 'invalid' ? read.text : String(read.value),
        }),
      );
    else if (toHundredths(points) > toHundredths(item.maxPoints))
      problems.push(
        problem(line, at('points'), 'parNational.aboveMaximum', {
          code: item.code,
          value: points,
          max: item.maxPoints,
        }),
      );
    else rows.push({ line, code: item.code, points, reason });
  });
  // The template as downloaded: one problem, not one per item.
  if (!anyPoints) return failed(problem(header.line + 1, at('points'), 'parNational.noRows'));
  for (const item of items)
    if (item.scored && !seen.has(codeKey(item.code)))
      problems.push(problem(null, null, 'parNational.missingItem', { code: item.code }));
  return problems.length ? { rows: [], problems: sorted(problems) } : { rows, problems: [] };
}
