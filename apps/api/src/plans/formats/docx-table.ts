import type { Element } from '@xmldom/xmldom';
import { foldVietnamese, reformAreaCodeOf } from '@partrack/shared';
import { contentChildren, isW, wAttr, wChild, wNumber } from './docx-xml';

/** Lines of one cell's paragraphs, blank ones dropped; [] is an empty cell. */
export type CellReader = (cell: Element) => string[];

/** null: nothing to write for this cell (part of a merge whose text was written already). */
type Cell = string[] | null;

/** The text layout's marker of an empty cell, as in text copied from the PDF (a tab, a no-break space). */
const EMPTY_CELL = '\t\u00a0';
const CODE = /^[123]\.\d{1,3}(?:\s*:|\s|$)/;
const BARE_CODE = /^([123]\.\d{1,3})[.:]?$/;
const ROW_NUMBER = /^(\d{1,3})[.)]$/;

/** Text that opens a row in the text layout: a code (1.3), a project number (4), an area numeral (III). */
function opensRow(text: string): boolean {
  return CODE.test(text) || /^\d{1,3}$/.test(text) || /^[IVX]{1,4}\.?$/.test(text);
}

/**
 * A later line of a cell is written at column 0, where the text parser reads it as the cell going on,
 * unless it looks like something else (a code, a number, an area or appendix heading): then it is joined
 * to the line before with a space, losing a line break rather than making a row.
 */
function continues(text: string): boolean {
  const folded = foldVietnamese(text);
  return !opensRow(text) && !/^phu luc ([ivx]+|\d+)$/.test(folded) && reformAreaCodeOf(text) === null;
}

/**
 * Cells in grid order. A horizontally merged cell is one cell. A vertically merged cell gives its text
 * to every row it spans (a lead agency shared by three tasks leads each), except when that text opens a
 * row: a result merged down beside its activities is their parent, written once, as the PDF shows it.
 */
function rowCells(row: Element, read: CellReader, merged: Map<number, string[]>): Cell[] {
  let column = wNumber(wChild(row, 'trPr'), 'gridBefore') ?? 0;
  const cells: Cell[] = [];
  for (const cell of contentChildren(row).filter((c) => isW(c, 'tc'))) {
    const props = wChild(cell, 'tcPr');
    const span = wNumber(props, 'gridSpan') ?? 1;
    const vMerge = wChild(props, 'vMerge');
    const hMerge = wChild(props, 'hMerge');
    if (hMerge !== null && wAttr(hMerge, 'val') !== 'restart') {
      column += span;
      continue;
    }
    if (vMerge !== null && wAttr(vMerge, 'val') !== 'restart') {
      const origin = merged.get(column) ?? [];
      cells.push(origin.length > 0 && opensRow(origin[0]) ? null : origin);
    } else {
      const lines = read(cell);
      if (vMerge === null) merged.delete(column);
      else merged.set(column, lines);
      cells.push(lines);
    }
    column += span;
  }
  return cells;
}

/** "1.3" | "Hoàn thành …" (code and title in two columns) → "1.3: Hoàn thành …"; "4." → "4". */
function normaliseFirstCells(cells: string[][]): string[][] {
  const [first, second, ...rest] = cells;
  if (first?.length !== 1) return cells;
  const code = BARE_CODE.exec(first[0]);
  if (code !== null && second !== undefined && second.length > 0) {
    return [[`${code[1]}: ${second[0]}`, ...second.slice(1)], ...rest];
  }
  const number = ROW_NUMBER.exec(first[0]);
  return number === null ? cells : [[number[1]], ...cells.slice(1)];
}

function cellLines(cell: readonly string[]): string[] {
  if (cell.length === 0) return [EMPTY_CELL];
  const lines = [`\t${cell[0]}`];
  for (const line of cell.slice(1)) {
    if (continues(line)) lines.push(line);
    else lines[lines.length - 1] += ` ${line}`;
  }
  return lines;
}

/**
 * A table in the text layout: per row, one tab-indented line per cell (the first being the code and
 * title in Appendix I, the number in Appendix II), then a blank line after the table. A row repeating
 * the first row of an earlier table (the column titles of a table split across pages) is left out.
 */
export function tableLines(table: Element, read: CellReader, headerRows: Set<string>): string[] {
  const merged = new Map<number, string[]>();
  const lines: string[] = [];
  contentChildren(table)
    .filter((r) => isW(r, 'tr'))
    .forEach((row, index) => {
      const cells = normaliseFirstCells(rowCells(row, read, merged).filter((c): c is string[] => c !== null));
      const signature = cells.map((c) => c.join('\n')).join('\t');
      const opens = cells.some((c) => c.length > 0 && opensRow(c[0]));
      if (!opens && headerRows.has(signature)) return;
      if (!opens && index === 0) headerRows.add(signature);
      lines.push(...cells.flatMap(cellLines));
    });
  return [...lines, ''];
}
