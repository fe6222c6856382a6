import {
  computeParIndex,
  fromHundredths,
  pointsProblem,
  toHundredths,
  type ParFrameworkNode,
} from '@partrack/shared';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';

/** What the user typed for one item: the Ministry's points (null: not yet) and its remark. */
export interface NationalValue {
  points: number | null;
  reason: string;
}

export type NationalValues = Readonly<Record<string, NationalValue>>;

export type NationalProblem = 'required' | 'invalidPoints' | 'aboveMaximum';

/**
 * The items the Ministry scores: every leaf with a method, in the framework's order (criteria arrive depth
 * first). The API wants all of them in one call, whatever the method — it is not held to the scale either.
 */
export function nationalLeaves(criteria: readonly ParCriterionItem[]): ParCriterionItem[] {
  const parents = new Set(criteria.map((c) => c.parentId).filter((id): id is string => !!id));
  return criteria.filter((c) => !parents.has(c.id) && c.method !== null);
}

/** Why the points cannot be sent for the item, or null: within [0, maximum], two decimals at most. */
export function nationalProblem(item: ParCriterionItem, points: number | null): NationalProblem | null {
  if (points === null) return 'required';
  const problem = pointsProblem({ method: null, maxPoints: item.maxPoints }, points);
  return problem === 'notAnOption' ? null : problem;
}

/**
 * A number as a spreadsheet copies it: "0,75" (Vietnamese), "0.75", "1.234,5" or "1,234.5" (the last
 * separator is the decimal one when both appear). Null for anything else, so "x" never becomes 0.
 */
export function parsePointsText(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^\d[\d.,]*$/.test(compact) && !/^[.,]\d+$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  const decimal = lastComma > lastDot ? ',' : '.';
  const thousands = decimal === ',' ? '.' : ',';
  const normalised = compact.split(thousands).join('').replace(decimal, '.');
  if ((normalised.match(/\./g) ?? []).length > 1) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

export interface PastedPoints {
  /** The points (and remark, from a third column) read, by item id. */
  values: Map<string, { points: number; reason: string | null }>;
  /** Codes that name no scored item, in the order pasted. */
  unknownCodes: string[];
  /** 1-based lines whose points could not be read. */
  unreadableLines: number[];
}

/** A line's cells: tabs from a spreadsheet, else semicolons (CSV in Vietnamese Excel), else spaces. */
function cellsOf(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (line.includes(';')) return line.split(';');
  const [code = '', points = ''] = line.trim().split(/\s+/);
  return [code, points];
}

/**
 * Two columns copied from a spreadsheet (code, points; an optional third column is the remark). A first line
 * that reads as a header ("Mã  Điểm") is skipped; every other problem is reported, never guessed around.
 */
export function parsePastedPoints(text: string, leaves: readonly ParCriterionItem[]): PastedPoints {
  const byCode = new Map(leaves.map((leaf) => [leaf.code, leaf]));
  const result: PastedPoints = { values: new Map(), unknownCodes: [], unreadableLines: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const [rawCode = '', rawPoints = '', rawReason = ''] = cellsOf(line).map((cell) => cell.trim());
    // Spreadsheets may write "1.1." or keep a trailing dot from numbering.
    const code = rawCode.replace(/\.$/, '');
    const leaf = byCode.get(code);
    const points = parsePointsText(rawPoints);
    if (!leaf) {
      if (index === 0 && points === null) return;
      result.unknownCodes.push(rawCode);
      return;
    }
    if (points === null) {
      result.unreadableLines.push(index + 1);
      return;
    }
    result.values.set(leaf.id, { points, reason: rawReason === '' ? null : rawReason });
  });
  return result;
}

export interface NationalPreview {
  /** Points of the counted leaves + bonus − penalty. */
  total: number;
  maxPoints: number;
  index: number;
  entered: number;
}

/**
 * The totals the entered points would give, with the shared formula the ranking uses (items not entered
 * count 0). Only a preview: the Ministry publishes the official index.
 */
export function nationalPreview(
  criteria: readonly ParCriterionItem[],
  leaves: readonly ParCriterionItem[],
  values: NationalValues,
): NationalPreview {
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  const nodes: ParFrameworkNode[] = criteria.map((c) => ({
    code: c.code,
    parentCode: c.parentId ? (codeOf.get(c.parentId) ?? null) : null,
    level: c.level,
    maxPoints: c.maxPoints,
    method: c.method,
  }));
  const points = new Map<string, number>();
  let entered = 0;
  for (const leaf of leaves) {
    const value = values[leaf.id]?.points ?? null;
    if (value === null) continue;
    entered += 1;
    points.set(leaf.code, value);
  }
  const result = computeParIndex(nodes, points);
  return {
    total: fromHundredths(
      toHundredths(result.points) + toHundredths(result.bonus) - toHundredths(result.penalty),
    ),
    maxPoints: result.maxPoints,
    index: result.index,
    entered,
  };
}
