import {
  isValidPoints,
  PAR_LEVEL_ORDER,
  ParCriterionDefinition,
  ParCriterionLevel,
  ParDataRule,
  ParScaleOption,
  ParScoringMethod,
} from '@partrack/shared';
import type ExcelJS from 'exceljs';
import { CellRead, readRows, SheetRow } from '../../common/xlsx/xlsx-cells';
import { columnLetter } from '../../indicators/formats/measurement-xlsx.columns';
import {
  columnOfHeader,
  HEADER_SEARCH_ROWS,
  ITEM_COLUMNS,
  ItemColumnKey,
  ITEMS_SHEET,
  methodOf,
  normaliseCode,
  PAR_XLSX_LIMITS as LIMITS,
  parentCodeOf,
  yesNoOf,
} from './par-framework-xlsx.columns';
import { readDataRule } from './par-framework-xlsx.data-rule';
import { ParFrameworkXlsxProblem, parXlsxProblem, ParXlsxMessageKey } from './par-framework-xlsx.messages';
import { parsePointsText, parseScale } from './par-framework-xlsx.scale';

/** An item and the Excel row it came from, so the framework's checks can name the row. */
export interface ItemRow {
  line: number;
  item: ParCriterionDefinition;
}

export interface ItemsRead {
  headerLine: number | null;
  /** Column letter of each column found, to report framework problems in the right cell. */
  letters: ReadonlyMap<ItemColumnKey, string>;
  /** Only rows that read without a problem; complete only when `problems` is empty. */
  rows: ItemRow[];
  problems: ParFrameworkXlsxProblem[];
}

type Cells = ReadonlyMap<ItemColumnKey, CellRead>;
type Params = Record<string, string | number>;

interface RowContext {
  line: number;
  cells: Cells;
  letters: ReadonlyMap<ItemColumnKey, string>;
  /** The row's code as typed, to name the item in messages even when it is not a valid code. */
  label: string;
  problems: ParFrameworkXlsxProblem[];
}

function report(ctx: RowContext, column: ItemColumnKey, key: ParXlsxMessageKey, params: Params = {}): void {
  ctx.problems.push(parXlsxProblem(ITEMS_SHEET, ctx.line, ctx.letters.get(column) ?? null, key, params));
}

function text(ctx: RowContext, column: ItemColumnKey): string | null {
  return ctx.cells.get(column)?.text ?? null;
}

/** The text, or null after reporting it when longer than `max` (the editor's limits). */
function limited(ctx: RowContext, column: ItemColumnKey, max: number): string | null {
  const value = text(ctx, column);
  if (value !== null && value.length > max) {
    report(ctx, column, 'parXlsx.tooLong', { max });
    return null;
  }
  return value;
}

/** Title row: the row of the first ten with the most column titles; a tie goes to the upper one. */
function findHeader(rows: readonly SheetRow[]): { line: number | null; columns: Map<ItemColumnKey, number> } {
  let best: { line: number | null; columns: Map<ItemColumnKey, number> } = { line: null, columns: new Map() };
  for (const row of rows.filter((r) => r.line <= HEADER_SEARCH_ROWS)) {
    const columns = new Map<ItemColumnKey, number>();
    for (const [column, cell] of row.cells) {
      const key = cell.text === null ? null : columnOfHeader(cell.text);
      if (key !== null && !columns.has(key)) columns.set(key, column);
    }
    if (columns.size > best.columns.size) best = { line: row.line, columns };
  }
  return best;
}

function readPoints(ctx: RowContext): number | null {
  const cell = ctx.cells.get('maxPoints');
  if (cell === undefined || cell.text === null) {
    report(ctx, 'maxPoints', 'parXlsx.missingPoints', { code: ctx.label });
    return null;
  }
  const value = cell.numeric ? Number(cell.text) : parsePointsText(cell.text);
  if (value === null || !isValidPoints(value) || value > LIMITS.points) {
    report(ctx, 'maxPoints', 'parXlsx.points', { value: cell.text, max: LIMITS.points });
    return null;
  }
  return value;
}

function readMethod(ctx: RowContext): ParScoringMethod | null | undefined {
  const value = text(ctx, 'method');
  if (value === null) return null;
  const method = methodOf(value);
  if (method === null) report(ctx, 'method', 'parXlsx.method', { value });
  return method ?? undefined;
}

function readScale(ctx: RowContext): ParScaleOption[] | null | undefined {
  const value = text(ctx, 'scale');
  if (value === null) return null;
  const read = parseScale(value);
  if (read.kind === 'problems') {
    for (const p of read.problems)
      report(ctx, 'scale', 'parXlsx.scaleLine', { code: ctx.label, position: p.position, text: p.text });
    return undefined;
  }
  if (read.options.length > LIMITS.scaleOptions) {
    report(ctx, 'scale', 'parXlsx.tooManyOptions', { code: ctx.label, max: LIMITS.scaleOptions });
    return undefined;
  }
  if (read.options.some((o) => o.label.length > LIMITS.optionLabel)) {
    report(ctx, 'scale', 'parXlsx.tooLong', { max: LIMITS.optionLabel });
    return undefined;
  }
  return read.options;
}

/** The two data rule cells; undefined after reporting their problems. */
function readRule(
  ctx: RowContext,
  method: ParScoringMethod | null | undefined,
  maxPoints: number | null,
): ParDataRule | null | undefined {
  const cells = { source: text(ctx, 'dataSource'), thresholds: text(ctx, 'thresholds') };
  const read = readDataRule(cells, { code: ctx.label, method, maxPoints });
  if (read.kind === 'rule') return read.rule;
  for (const p of read.problems) report(ctx, p.column, p.key, p.params);
  return undefined;
}

function readCode(ctx: RowContext): string | null {
  const value = text(ctx, 'code');
  if (value === null) {
    report(ctx, 'code', 'parXlsx.missingCode');
    return null;
  }
  const code = normaliseCode(value);
  if (code === null) report(ctx, 'code', 'parXlsx.code', { code: value });
  return code;
}

interface RowRead {
  line: number;
  code: string;
  /** Null when any cell of the row has a problem: the row is reported, not imported. */
  item: ParCriterionDefinition | null;
  hasScale: boolean;
}

/** One row alone: every cell is read and each problem reported, so one import shows them all. */
function readRow(ctx: RowContext): RowRead | null {
  const before = ctx.problems.length;
  const code = readCode(ctx);
  const title = limited(ctx, 'title', LIMITS.title);
  if (title === null && text(ctx, 'title') === null)
    report(ctx, 'title', 'parXlsx.title', { code: ctx.label });
  const maxPoints = readPoints(ctx);
  const method = readMethod(ctx);
  const options = readScale(ctx);
  const dataRule = readRule(ctx, method, maxPoints);
  const evidence = yesNoOf(text(ctx, 'evidence'));
  if (evidence === null) report(ctx, 'evidence', 'parXlsx.yesNo', { value: text(ctx, 'evidence') ?? '' });
  const guidance = limited(ctx, 'guidance', LIMITS.guidance);
  if (code === null) return null;
  const hasScale = text(ctx, 'scale') !== null;
  const clean =
    ctx.problems.length === before &&
    title !== null &&
    maxPoints !== null &&
    method !== undefined &&
    options !== undefined &&
    dataRule !== undefined &&
    evidence !== null;
  if (!clean) return { line: ctx.line, code, item: null, hasScale };
  const item: ParCriterionDefinition = {
    code,
    parentCode: parentCodeOf(code),
    level: PAR_LEVEL_ORDER[code.split('.').length - 1] ?? ParCriterionLevel.SUB_CRITERION,
    title,
    maxPoints,
    method,
    ...(method === ParScoringMethod.MANUAL && options !== null ? { options } : {}),
    // readDataRule lets a rule through on DATA items only.
    ...(dataRule !== null ? { dataRule } : {}),
    guidance,
    evidenceRequired: evidence,
  };
  return { line: ctx.line, code, item, hasScale };
}

/**
 * What needs the other rows: codes used twice (the first row keeps its code), parents missing or below their
 * children, and whether a scale belongs where it is. Items with children are known from the codes alone.
 */
function treeProblems(reads: readonly RowRead[], letters: ReadonlyMap<ItemColumnKey, string>) {
  const problems: ParFrameworkXlsxProblem[] = [];
  const at = (line: number, column: ItemColumnKey, key: ParXlsxMessageKey, params: Params) =>
    problems.push(parXlsxProblem(ITEMS_SHEET, line, letters.get(column) ?? null, key, params));
  const firstLine = new Map<string, number>();
  for (const r of reads) {
    const first = firstLine.get(r.code);
    if (first === undefined) firstLine.set(r.code, r.line);
    else at(r.line, 'code', 'parXlsx.duplicateCode', { code: r.code, firstLine: first });
  }
  const parents = new Set(reads.map((r) => parentCodeOf(r.code)));
  for (const r of reads) {
    const parentCode = parentCodeOf(r.code);
    if (parentCode !== null) {
      const parentLine = firstLine.get(parentCode);
      const params = { code: r.code, parentCode };
      if (parentLine === undefined) at(r.line, 'code', 'parXlsx.unknownParent', params);
      // Importing in row order needs each parent created before its children.
      else if (parentLine > r.line) at(r.line, 'code', 'parXlsx.parentBelow', { ...params, parentLine });
    }
    if (r.item === null) continue;
    if (r.item.method === ParScoringMethod.MANUAL && !r.hasScale)
      at(r.line, 'scale', 'parXlsx.scaleMissing', { code: r.code });
    const notManual = r.item.method !== null && r.item.method !== ParScoringMethod.MANUAL;
    if (r.hasScale && (notManual || (r.item.method === null && parents.has(r.code))))
      at(r.line, 'scale', 'parXlsx.scaleNotManual', { code: r.code });
  }
  return problems;
}

/**
 * Sheet "Bộ tiêu chí": finds the column titles, then reads one item per non-empty row below them. Rows
 * whose known columns are all empty are skipped; more than the editor's 500 items is refused outright.
 */
export function readItems(sheet: ExcelJS.Worksheet): ItemsRead {
  const rows = readRows(sheet);
  const header = findHeader(rows);
  const letters = new Map([...header.columns].map(([key, column]) => [key, columnLetter(column)] as const));
  const missing = ITEM_COLUMNS.filter((c) => c.required && !header.columns.has(c.key));
  const read: ItemsRead = { headerLine: header.line, letters, rows: [], problems: [] };
  if (header.line === null || missing.length > 0) {
    read.problems = missing.map((c) =>
      parXlsxProblem(ITEMS_SHEET, header.line, null, 'parXlsx.missingHeader', { header: c.header }),
    );
    return read;
  }
  const data = rows
    .filter((r) => header.line !== null && r.line > header.line)
    .map((r) => {
      const cells = new Map<ItemColumnKey, CellRead>();
      for (const [key, column] of header.columns) {
        const cell = r.cells.get(column);
        if (cell !== undefined) cells.set(key, cell);
      }
      return { line: r.line, cells };
    })
    .filter((r) => r.cells.size > 0);
  const over = data[LIMITS.items];
  if (over !== undefined) {
    read.problems.push(
      parXlsxProblem(ITEMS_SHEET, over.line, null, 'parXlsx.tooManyRows', { max: LIMITS.items }),
    );
    return read;
  }
  const reads = data.flatMap(({ line, cells }) => {
    const ctx = { line, cells, letters, label: cells.get('code')?.text ?? '', problems: read.problems };
    return readRow(ctx) ?? [];
  });
  read.problems.push(...treeProblems(reads, letters));
  read.rows = reads.flatMap((r) => (r.item === null ? [] : [{ line: r.line, item: r.item }]));
  return read;
}
