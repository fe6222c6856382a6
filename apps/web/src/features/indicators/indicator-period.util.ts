import type { TFunction } from 'i18next';
import { formatPeriod, parsePeriod, periodEnd, periodsOf, type PeriodKind } from '@partrack/shared';
import { romanQuarter, todayInVietnam } from '../tasks/task-dates.util';

/** Quarters, then halves, then the year: the order people scan a period list in, unlike comparePeriods. */
const KIND_ORDER: readonly PeriodKind[] = ['QUARTER', 'HALF_YEAR', 'YEAR'];

/** Every period of a plan year as text ('2022-Q1'…'2022'), optionally of one kind only. */
export function planPeriods(year: number, kind?: PeriodKind): string[] {
  return (kind ? [kind] : KIND_ORDER).flatMap((k) => periodsOf(year, k).map(formatPeriod));
}

/** True when `text` is a well-formed period inside the plan year (a hand-edited URL may hold anything). */
export function isPeriodOfYear(text: string | null | undefined, year: number): text is string {
  const period = text ? parsePeriod(text) : null;
  return period !== null && period.year === year;
}

/**
 * The period a screen opens on: the latest quarter (or period of `kind`) of the plan year that has ended by
 * `today` (in Vietnam), so figures are complete; the year's last one once the year is past, its first
 * before any has ended.
 */
export function defaultPeriod(
  year: number,
  today: string = todayInVietnam(),
  kind: PeriodKind = 'QUARTER',
): string {
  const periods = periodsOf(year, kind);
  const ended = periods.filter((period) => periodEnd(period) < today);
  return formatPeriod(ended[ended.length - 1] ?? periods[0]);
}

/** The periods of an indicator's frequency in the plan year: the span of its chart. */
export function seriesRange(year: number, kind: PeriodKind): { from: string; to: string } {
  const periods = planPeriods(year, kind);
  return { from: periods[0], to: periods[periods.length - 1] };
}

/** "Quý III/2022", "6 tháng đầu năm 2022", "Năm 2022" (or the English forms); unknown text as it is. */
export function periodLabel(text: string, t: TFunction): string {
  const period = parsePeriod(text);
  if (!period) return text;
  switch (period.kind) {
    case 'QUARTER':
      return t('indicator.period.quarter', { quarter: romanQuarter(period.index), year: period.year });
    case 'HALF_YEAR':
      return period.index === 1
        ? t('indicator.period.firstHalf', { year: period.year })
        : t('indicator.period.secondHalf', { year: period.year });
    case 'YEAR':
      return t('indicator.period.year', { year: period.year });
  }
}

/** Select options for a plan year's periods, grouped by kind. */
export function periodOptions(year: number, t: TFunction) {
  return KIND_ORDER.map((kind) => ({
    label: t(`indicator.period.kind.${kind}`),
    options: planPeriods(year, kind).map((value) => ({ value, label: periodLabel(value, t) })),
  }));
}
