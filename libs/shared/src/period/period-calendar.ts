import { isIsoDate, isoDate, lastDayOfMonth } from '../plan/iso-date';
import {
  assertPeriod,
  periodEndMonth,
  monthsInPeriodKind,
  periodsPerYear,
  periodStartMonth,
} from './period-kind';
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, Period, PeriodKind } from './period.types';

/** First day of the period, 'YYYY-MM-DD'. */
export function periodStart(period: Period): string {
  return isoDate(period.year, periodStartMonth(period), 1);
}

/** Last day of the period (inclusive), 'YYYY-MM-DD'. */
export function periodEnd(period: Period): string {
  const month = periodEndMonth(period);
  return isoDate(period.year, month, lastDayOfMonth(period.year, month));
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/**
 * Orders by start date, then shorter first, so a year's periods list as
 * Q1, H1, YEAR, Q2, Q3, H2, Q4: each period comes before the longer ones that start with it.
 */
export function comparePeriods(a: Period, b: Period): number {
  const byStart = a.year - b.year || periodStartMonth(a) - periodStartMonth(b);
  return byStart || monthsInPeriodKind(a.kind) - monthsInPeriodKind(b.kind);
}

/** True when `inner` lies entirely inside `outer` (2022 ⊇ 2022-H1 ⊇ 2022-Q2); a period contains itself. */
export function periodContains(outer: Period, inner: Period): boolean {
  // ISO dates compare correctly as text.
  return periodStart(outer) <= periodStart(inner) && periodEnd(inner) <= periodEnd(outer);
}

/** All periods of one kind in a year, in calendar order. */
export function periodsOf(year: number, kind: PeriodKind): Period[] {
  const periods = Array.from({ length: periodsPerYear(kind) }, (_, i) => ({ kind, year, index: i + 1 }));
  periods.forEach(assertPeriod);
  return periods;
}

/** The period of the given kind that contains a 'YYYY-MM-DD' date. */
export function periodOfDate(date: string, kind: PeriodKind): Period {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const month = Number(date.slice(5, 7));
  const period = { kind, year: Number(date.slice(0, 4)), index: Math.ceil(month / monthsInPeriodKind(kind)) };
  assertPeriod(period);
  return period;
}

function shift(period: Period, step: 1 | -1): Period {
  assertPeriod(period);
  const perYear = periodsPerYear(period.kind);
  // Count periods from year 0 so that stepping across a year boundary is plain arithmetic.
  const ordinal = period.year * perYear + (period.index - 1) + step;
  const year = Math.floor(ordinal / perYear);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`No period ${step > 0 ? 'after' : 'before'} year ${period.year}`);
  }
  return { kind: period.kind, year, index: (ordinal % perYear) + 1 };
}

/** The period of the same kind just before (2022-Q1 → 2021-Q4). */
export function previousPeriod(period: Period): Period {
  return shift(period, -1);
}

/** The period of the same kind just after (2022-H2 → 2023-H1). */
export function nextPeriod(period: Period): Period {
  return shift(period, 1);
}

/** True when the period belongs to the calendar (= plan) year; periods never straddle years. */
export function isWithinYear(period: Period, year: number): boolean {
  assertPeriod(period);
  return period.year === year;
}

/**
 * Share of the year elapsed when the period ends (Q1 → 0.25, H1 → 0.5, Q3 → 0.75, Q4/H2/YEAR → 1).
 * Counted in months, not days: targets are planned by quarter, so Q1 should expect exactly a quarter.
 */
export function yearFractionAtEnd(period: Period): number {
  return periodEndMonth(period) / 12;
}

/** True for the periods whose end is the end of the year (Q4, H2, YEAR). */
export function endsWithYear(period: Period): boolean {
  return periodEndMonth(period) === 12;
}
