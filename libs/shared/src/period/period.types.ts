/** Granularities a plan is tracked and reported in; every period lies inside one calendar year. */
export type PeriodKind = 'QUARTER' | 'HALF_YEAR' | 'YEAR';

export const PERIOD_KINDS: readonly PeriodKind[] = ['QUARTER', 'HALF_YEAR', 'YEAR'];

/**
 * One period of a calendar year: `index` is 1–4 for a quarter, 1–2 for a half year and always 1 for a year,
 * so that every period kind has the same shape (and the same storage columns).
 */
export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

/** Four-digit years only: the text form has no room for more, and earlier years are data-entry mistakes. */
export const MIN_PERIOD_YEAR = 1000;
export const MAX_PERIOD_YEAR = 9999;
