import { assertNever } from '../auth/roles';
import { assertPeriod } from './period-kind';
import { Period } from './period.types';

// Strict on purpose: the text form is a storage and API key, so "2022-q1", " 2022" or "2022-Q01" are
// rejected rather than normalised, and every period has exactly one spelling.
const PERIOD_TEXT = /^([1-9]\d{3})(?:-(?:Q([1-4])|H([12])))?$/;

/** Human-readable list of the accepted forms, for error messages. */
export const PERIOD_FORMAT_HINT = 'YYYY-Q1…YYYY-Q4, YYYY-H1, YYYY-H2 or YYYY (e.g. 2022-Q1, 2022-H2, 2022)';

/**
 * Reads `2022-Q1`…`2022-Q4`, `2022-H1`, `2022-H2` or `2022`. Returns null for anything else: callers are
 * validators and form handlers that turn a bad period into a field problem, so an exception would only be
 * caught and converted again. Use {@link PERIOD_FORMAT_HINT} to explain the expected form.
 */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD_TEXT.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] !== undefined) return { kind: 'QUARTER', year, index: Number(match[2]) };
  if (match[3] !== undefined) return { kind: 'HALF_YEAR', year, index: Number(match[3]) };
  return { kind: 'YEAR', year, index: 1 };
}

export function formatPeriod(period: Period): string {
  assertPeriod(period);
  switch (period.kind) {
    case 'QUARTER':
      return `${period.year}-Q${period.index}`;
    case 'HALF_YEAR':
      return `${period.year}-H${period.index}`;
    case 'YEAR':
      return String(period.year);
    default:
      return assertNever(period.kind);
  }
}
