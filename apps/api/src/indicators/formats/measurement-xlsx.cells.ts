import type ExcelJS from 'exceljs';
import { dateText, shownValue } from '../../common/xlsx/xlsx-cells';
import { NOT_EXPECTED_MARK } from './measurement-xlsx.columns';

/** A figure cell as the reader sees it: nothing typed, a number, or something that is not one. */
export type NumberRead =
  { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

const BLANK: NumberRead = { kind: 'blank' };
/** The template's "—" and the dashes people type to mean "nothing to report". */
const DASHES = new Set([NOT_EXPECTED_MARK, '-', '–']);
/** One optional sign, digits, and at most one decimal separator, dot or comma ("12,5" is 12.5). */
const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/**
 * A typed number: spaces anywhere are dropped (" 1 234 " as some locales group digits), a trailing "%"
 * is allowed because the unit is in the header anyway, and "1.234" is 1.234, never 1234: thousands
 * separators are refused by the guide, and a count that became a fraction fails validation later.
 */
export function parseNumberText(raw: string): number | null {
  const text = raw.replace(/\s+/g, '').replace(/%$/, '');
  return NUMBER_TEXT.test(text) ? Number(text.replace(',', '.')) : null;
}

/** Excel stores "12,5%" typed into a cell as 0.125 with a % format; the user meant what they see. */
function shownNumber(value: number, numFmt: string | undefined): number {
  const format = (numFmt ?? '').replace(/"[^"]*"/g, '');
  return format.includes('%') ? Number((value * 100).toPrecision(15)) : value;
}

function textNumber(text: string): NumberRead {
  const trimmed = text.trim();
  if (trimmed === '' || DASHES.has(trimmed)) return BLANK;
  const value = parseNumberText(trimmed);
  return value === null ? { kind: 'invalid', text: trimmed } : { kind: 'number', value };
}

export function readNumber(cell: ExcelJS.Cell): NumberRead {
  const value = shownValue(cell);
  if (value === null) return BLANK;
  if (typeof value === 'number') return { kind: 'number', value: shownNumber(value, cell.numFmt) };
  if (typeof value === 'string') return textNumber(value);
  if (typeof value === 'boolean') return { kind: 'number', value: value ? 1 : 0 };
  // A date is what Excel makes of "1/5" or "1.5" in some locales: show it as the user would see it.
  if (value instanceof Date) return { kind: 'invalid', text: dateText(value) };
  return { kind: 'invalid', text: value.error };
}
