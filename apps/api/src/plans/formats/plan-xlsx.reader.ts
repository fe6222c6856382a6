import { foldVietnamese, PlanDocumentHeader } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  assertUnpackedWithin,
  sniffDocument,
  UnpackedTooLargeError,
  wrongFormatMessage,
} from './document-sniff';
import {
  formatProblem,
  PlanFormatParse,
  PlanFormatProblem,
  sortFormatProblems,
} from './plan-format.problems';
import { readRows, SheetRow } from '../../common/xlsx/xlsx-cells';
import {
  columnOfHeader,
  HEADER_SEARCH_ROWS,
  PLAN_COLUMNS,
  PLAN_SHEET,
  PlanColumnKey,
  TITLE_ROW,
  YEAR_LABEL,
} from './plan-xlsx.columns';
import { buildXlsxItems, ItemRow } from './plan-xlsx.rows';

export interface ParsePlanXlsxOptions {
  /** Plan year for completion times that name none ("Quý I"); null: the year written in the sheet. */
  year: number | null;
}

interface Layout {
  headerLine: number | null;
  columns: Map<PlanColumnKey, number>;
  missing: PlanColumnKey[];
}

const NO_HEADER: PlanDocumentHeader = {
  decisionNumber: null,
  decisionDate: null,
  issuerText: null,
  title: null,
  year: null,
  proposerText: null,
};

/** Parts that say nothing about the plan and only slow exceljs down: a whole-column validation is 1M cells. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

function failed(code: 'EMPTY' | 'UNREADABLE', message: string): PlanFormatParse {
  const problems = [formatProblem(code, 1, message)];
  return { header: NO_HEADER, items: [], problems, stats: { lines: 0, skippedLines: 0 } };
}

type Opened = { workbook: ExcelJS.Workbook } | { failure: PlanFormatParse };

async function openWorkbook(buffer: Buffer): Promise<Opened> {
  const sniffed = await sniffDocument(buffer);
  if (sniffed.format === 'EMPTY') return { failure: failed('EMPTY', 'The file is empty') };
  if (sniffed.format !== 'XLSX' || sniffed.zip === null) {
    return { failure: failed('UNREADABLE', wrongFormatMessage(sniffed.format, 'XLSX')) };
  }
  try {
    await assertUnpackedWithin(sniffed.zip);
    const workbook = new ExcelJS.Workbook();
    // A copy in its own ArrayBuffer, because exceljs types its `Buffer` parameter as an ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer, { ignoreNodes: IGNORED_NODES });
    return { workbook };
  } catch (error) {
    const reason = error instanceof UnpackedTooLargeError ? error.message : 'the workbook is damaged';
    return { failure: failed('UNREADABLE', `This Excel workbook cannot be read: ${reason}.`) };
  }
}

function layoutOf(rows: readonly SheetRow[]): Layout {
  let best: { line: number; columns: Map<PlanColumnKey, number> } | null = null;
  for (const row of rows.filter((r) => r.line <= HEADER_SEARCH_ROWS)) {
    const columns = new Map<PlanColumnKey, number>();
    for (const [column, cell] of row.cells) {
      const key = cell.text === null ? null : columnOfHeader(cell.text);
      if (key !== null && !columns.has(key)) columns.set(key, column);
    }
    if (columns.size > (best?.columns.size ?? 0)) best = { line: row.line, columns };
  }
  const columns = best?.columns ?? new Map<PlanColumnKey, number>();
  const missing = PLAN_COLUMNS.map((c) => c.key).filter((key) => !columns.has(key));
  return { headerLine: best?.line ?? null, columns, missing };
}

function pickSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | null {
  const named = workbook.getWorksheet(PLAN_SHEET);
  if (named !== undefined) return named;
  const sheets = workbook.worksheets.map((sheet) => ({ sheet, layout: layoutOf(readRows(sheet)) }));
  sheets.sort((a, b) => a.layout.missing.length - b.layout.missing.length);
  return sheets[0]?.sheet ?? null;
}

function yearOf(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(foldVietnamese(text));
  return match ? Number(match[1]) : null;
}

const ANY_YEAR = /\b((?:19|20|21)\d{2})\b/;
/** As `parsePlanText` reads the title: "… NĂM 2022", not "giai đoạn 2021-2025". */
const TITLE_YEAR = /\bnam ((?:19|20|21)\d{2})\b/;

/** Title: the first text above the column titles; year: the cell after "Năm kế hoạch", else the title's. */
function headerOf(rows: readonly SheetRow[], headerLine: number | null): PlanDocumentHeader {
  const above = rows.filter((r) => headerLine === null || r.line < headerLine);
  const label = foldVietnamese(YEAR_LABEL);
  let title: string | null = null;
  let year: number | null = null;
  for (const row of above) {
    const texts = [...row.cells.entries()].sort(([a], [b]) => a - b).map(([, c]) => c.text ?? '');
    const at = texts.findIndex((t) => foldVietnamese(t).startsWith(label) || /^plan year/i.test(t));
    if (at >= 0) year = year ?? yearOf(texts.slice(at + 1).join(' '), ANY_YEAR);
    else title = title ?? texts.find((t) => t !== '') ?? null;
  }
  return { ...NO_HEADER, title, year: year ?? (title === null ? null : yearOf(title, TITLE_YEAR)) };
}

function headerProblems(header: PlanDocumentHeader, year: number | null): PlanFormatProblem[] {
  const problems: PlanFormatProblem[] = [];
  if (header.title === null) problems.push(formatProblem('NO_TITLE', TITLE_ROW, 'No plan title in row 1'));
  if (header.year === null) {
    problems.push(
      formatProblem('NO_PLAN_YEAR', TITLE_ROW, `No plan year ("${YEAR_LABEL}") above the columns`),
    );
  }
  if (year !== null && header.year !== null && header.year !== year) {
    const message = `Plan year ${year} was given but the sheet says ${header.year}; dating by ${year}`;
    problems.push(formatProblem('YEAR_MISMATCH', TITLE_ROW, message));
  }
  return problems;
}

function itemRows(rows: readonly SheetRow[], layout: Layout): ItemRow[] {
  const below = rows.filter((r) => layout.headerLine !== null && r.line > layout.headerLine);
  return below.map((row) => {
    const cells = new Map(
      [...layout.columns].flatMap(([key, column]) => {
        const cell = row.cells.get(column);
        return cell === undefined ? [] : [[key, cell] as const];
      }),
    );
    return { line: row.line, cells };
  });
}

function missingColumns(layout: Layout): PlanFormatProblem {
  const names = layout.missing.map((key) => `"${PLAN_COLUMNS.find((c) => c.key === key)?.header ?? key}"`);
  const where = layout.headerLine === null ? 'no column titles found' : `row ${layout.headerLine}`;
  const message = `Not the plan template: missing column(s) ${names.join(', ')} (${where})`;
  return formatProblem('MISSING_COLUMNS', layout.headerLine ?? 1, message);
}

/**
 * Reads the plan import template (see buildPlanXlsx) into the structure `parsePlanText` returns: items in
 * row order, each with its Excel row as `line`, and every problem with its row. Total: a file that is not
 * a readable workbook gives an UNREADABLE problem, never a throw. Empty cells stay null.
 */
export async function parsePlanXlsx(buffer: Buffer, options: ParsePlanXlsxOptions): Promise<PlanFormatParse> {
  const opened = await openWorkbook(buffer);
  if ('failure' in opened) return opened.failure;
  const sheet = pickSheet(opened.workbook);
  if (sheet === null) return failed('UNREADABLE', 'The workbook has no sheet');
  const rows = readRows(sheet);
  const layout = layoutOf(rows);
  const header = headerOf(rows, layout.headerLine);
  const stats = { lines: sheet.rowCount, skippedLines: 0 };
  const problems = headerProblems(header, options.year);
  if (layout.missing.length > 0) {
    return { header, items: [], problems: sortFormatProblems([...problems, missingColumns(layout)]), stats };
  }
  const built = buildXlsxItems(itemRows(rows, layout), options.year ?? header.year);
  if (built.items.length === 0 && built.skipped === 0) {
    problems.push(formatProblem('NO_ITEMS', (layout.headerLine ?? 0) + 1, 'The sheet holds no item rows'));
  }
  const all = sortFormatProblems([...problems, ...built.problems]);
  return { header, items: built.items, problems: all, stats: { ...stats, skippedLines: built.skipped } };
}
