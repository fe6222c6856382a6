import { isDueLabel } from '../plan/due-label';
import type { CellDraft } from './row-collector';
import { looksLikeFundingCell } from './agency-cell.heuristic';

/** Cells of a row by column; null = the row has no such cell, a CellDraft with text null = shown empty. */
export interface RowCells {
  title: CellDraft | null;
  product: CellDraft | null;
  lead: CellDraft | null;
  coordinator: CellDraft | null;
  due: CellDraft | null;
  funding: CellDraft | null;
  /** Set when cells had to be placed by content rather than position; says how. */
  ambiguity: string | null;
}

type IsAgency = (text: string) => boolean;

const NO_CELLS: RowCells = {
  title: null,
  product: null,
  lead: null,
  coordinator: null,
  due: null,
  funding: null,
  ambiguity: null,
};

/** Joins cells that hold one value split over several lines. */
function merge(cells: readonly CellDraft[]): CellDraft | null {
  const filled = cells.filter((c) => c.text !== null);
  if (filled.length === 0) return cells[0] ?? null;
  return { text: filled.map((c) => c.text).join('\n'), line: filled[0].line };
}

function ambiguityNote(count: number, expected: number, reading: string): string {
  return `${count} cell(s) where ${expected} columns were expected; read as ${reading}`;
}

/** More cells than columns: product lines run until the first agency cell; the last agency cell coordinates. */
function splitTooMany(
  cells: readonly CellDraft[],
  isAgencyCell: (c: CellDraft) => boolean,
): Partial<RowCells> {
  const firstAgency = cells.findIndex((c, i) => i > 0 && isAgencyCell(c));
  const split = firstAgency < 0 ? cells.length - 2 : firstAgency;
  const agencies = cells.slice(split);
  return {
    product: merge(cells.slice(0, split)),
    lead: agencies.length > 1 ? merge(agencies.slice(0, -1)) : (agencies[0] ?? null),
    coordinator: agencies.length > 1 ? (agencies.at(-1) ?? null) : null,
    ambiguity: ambiguityNote(cells.length, 3, 'product, then lead, with the last agency cell as coordinator'),
  };
}

/** Fewer cells than columns: agency cells by content, the first one leading, as position would say. */
function splitTooFew(
  cells: readonly CellDraft[],
  isAgencyCell: (c: CellDraft) => boolean,
): Partial<RowCells> {
  const filled = cells.filter((c) => c.text !== null);
  const agencies = filled.filter(isAgencyCell);
  const products = filled.filter((c) => !isAgencyCell(c));
  return {
    product: merge(products),
    lead: agencies[0] ?? null,
    coordinator: agencies[1] ?? null,
    ambiguity: ambiguityNote(
      cells.length,
      3,
      `${products.length} product and ${agencies.length} agency cell(s)`,
    ),
  };
}

/**
 * Product, lead and coordinator as they stand before the completion time. Three cells are taken by
 * position (an empty one shows as a blank line); otherwise agency cells are told from products by content.
 */
function splitBeforeDue(cells: readonly CellDraft[], isAgency: IsAgency): Partial<RowCells> {
  const [product, lead, coordinator] = cells;
  if (cells.length === 3) return { product, lead, coordinator };
  const isAgencyCell = (c: CellDraft): boolean => c.text !== null && isAgency(c.text);
  return cells.length > 3 ? splitTooMany(cells, isAgencyCell) : splitTooFew(cells, isAgencyCell);
}

function withoutFunding(cells: readonly CellDraft[]): { rest: CellDraft[]; funding: CellDraft | null } {
  const last = cells.at(-1);
  if (last?.text && looksLikeFundingCell(last.text)) return { rest: cells.slice(0, -1), funding: last };
  return { rest: [...cells], funding: null };
}

/**
 * Task row of Appendix I: product, lead, coordinator, completion time, funding. The completion time is
 * the anchor: it is the one cell with a recognisable shape ("2022", "Quý II, III"), and everything after
 * it is funding. Without it, a trailing funding cell is recognised by its wording and the rest is read
 * by position, the fourth cell being an unreadable completion time.
 */
export function assignTaskCells(cells: readonly CellDraft[], isAgency: IsAgency): RowCells {
  const dueIndex = cells.findIndex((c) => c.text !== null && isDueLabel(c.text));
  if (dueIndex >= 0) {
    const before = splitBeforeDue(cells.slice(0, dueIndex), isAgency);
    return { ...NO_CELLS, ...before, due: cells[dueIndex], funding: merge(cells.slice(dueIndex + 1)) };
  }
  const { rest, funding } = withoutFunding(cells);
  if (rest.length < 4) return { ...NO_CELLS, ...splitBeforeDue(rest, isAgency), funding };
  const [product, lead, coordinator, due, ...extra] = rest;
  // As when the completion time is readable, whatever follows it is funding; nothing is dropped.
  const ambiguity =
    extra.length > 0
      ? ambiguityNote(rest.length, 4, 'four columns, the cells after the fourth as funding')
      : null;
  const allFunding = merge([...extra, ...(funding === null ? [] : [funding])]);
  return { ...NO_CELLS, product, lead, coordinator, due, funding: allFunding, ambiguity };
}

/** Project row of Appendix II: name, product, completion time, lead, coordinator. */
export function assignProjectCells(cells: readonly CellDraft[]): RowCells {
  const dueIndex = cells.findIndex((c, i) => i > 0 && c.text !== null && isDueLabel(c.text));
  if (dueIndex < 0) {
    const [title = null, product = null, due = null, lead = null, coordinator = null] = cells;
    const ambiguity = cells.length > 5 ? ambiguityNote(cells.length, 5, 'the first five columns') : null;
    return { ...NO_CELLS, title, product, due, lead, coordinator, ambiguity };
  }
  const before = cells.slice(0, dueIndex);
  const after = cells.slice(dueIndex + 1);
  const title = merge(before.length > 1 ? before.slice(0, -1) : before);
  const product = before.length > 1 ? (before.at(-1) ?? null) : null;
  const odd = before.length > 2 || after.length > 2;
  return {
    ...NO_CELLS,
    title,
    product,
    due: cells[dueIndex],
    lead: after[0] ?? null,
    coordinator: merge(after.slice(1)),
    ambiguity: odd ? ambiguityNote(cells.length, 5, 'name, product, time, lead, coordinator') : null,
  };
}
