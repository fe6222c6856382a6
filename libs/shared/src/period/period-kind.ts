import { assertNever } from '../auth/roles';
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, Period, PeriodKind } from './period.types';

/** Length in months; periods are month-aligned, which keeps every period computation integer arithmetic. */
export function monthsInPeriodKind(kind: PeriodKind): number {
  switch (kind) {
    case 'QUARTER':
      return 3;
    case 'HALF_YEAR':
      return 6;
    case 'YEAR':
      return 12;
    default:
      return assertNever(kind);
  }
}

export function periodsPerYear(kind: PeriodKind): number {
  return 12 / monthsInPeriodKind(kind);
}

/** Structural check for values that crossed a trust boundary (JSON, GraphQL input, a database row). */
export function isPeriod(value: unknown): value is Period {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, year, index } = value as Record<string, unknown>;
  if (kind !== 'QUARTER' && kind !== 'HALF_YEAR' && kind !== 'YEAR') return false;
  return (
    Number.isInteger(year) &&
    (year as number) >= MIN_PERIOD_YEAR &&
    (year as number) <= MAX_PERIOD_YEAR &&
    Number.isInteger(index) &&
    (index as number) >= 1 &&
    (index as number) <= periodsPerYear(kind)
  );
}

/** Guards every calendar function: a period like Q5 would otherwise silently produce a wrong date. */
export function assertPeriod(period: Period): void {
  if (!isPeriod(period)) throw new RangeError(`Not a valid period: ${JSON.stringify(period)}`);
}

/** First month (1–12) of the period. */
export function periodStartMonth(period: Period): number {
  assertPeriod(period);
  return (period.index - 1) * monthsInPeriodKind(period.kind) + 1;
}

/** Last month (1–12) of the period. */
export function periodEndMonth(period: Period): number {
  return periodStartMonth(period) + monthsInPeriodKind(period.kind) - 1;
}
