import { assertNever } from '../auth/roles';
import { isoDate } from '../plan/iso-date';
import { addDays, previousWorkingDay } from './calendar-day.util';
import { periodEnd } from './period-calendar';
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, Period } from './period.types';

/**
 * Periodic reform reports required by the national rule: first quarter, six months, third quarter and
 * year. There is no fourth-quarter report: the annual report covers it.
 */
export enum ReportKind {
  Q1 = 'Q1',
  H1 = 'H1',
  Q3 = 'Q3',
  YEAR = 'YEAR',
}

export const ALL_REPORT_KINDS: readonly ReportKind[] = Object.values(ReportKind);

/** Levels that report inside the province; a string union so both `AgencyLevel` members and literals fit. */
export type ReportingLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** Inclusive data cut-off window of a report, 'YYYY-MM-DD'. */
export interface DataWindow {
  from: string;
  to: string;
}

/**
 * Days each level hands in before the level above it: PROVINCE before the national due date, DISTRICT
 * before the province's date, COMMUNE before the districts' date.
 */
export type InternalDueOffsets = Readonly<Record<ReportingLevel, number>>;

export const DEFAULT_INTERNAL_DUE_OFFSETS: InternalDueOffsets = { PROVINCE: 0, DISTRICT: 5, COMMUNE: 5 };

function assertYear(year: number): void {
  // The Q1 window starts in the previous year, which must itself be a valid year.
  if (!Number.isInteger(year) || year <= MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`Not a reporting year: ${year}`);
  }
}

/** The period whose results a report presents (Q1 → 2022-Q1, H1 → 2022-H1, Q3 → 2022-Q3, YEAR → 2022). */
export function reportPeriod(kind: ReportKind, year: number): Period {
  assertYear(year);
  switch (kind) {
    case ReportKind.Q1:
      return { kind: 'QUARTER', year, index: 1 };
    case ReportKind.H1:
      return { kind: 'HALF_YEAR', year, index: 1 };
    case ReportKind.Q3:
      return { kind: 'QUARTER', year, index: 3 };
    case ReportKind.YEAR:
      return { kind: 'YEAR', year, index: 1 };
    default:
      return assertNever(kind);
  }
}

/**
 * Data cut-off window: from the 15th of the month before the period (15/12 of the previous year for
 * Q1, H1 and YEAR, whose figures run from the last cut-off; 15/6 for Q3) to the 14th of the period's last
 * month. The window is deliberately not the calendar period: figures must be frozen before the due date.
 */
export function dataWindow(kind: ReportKind, year: number): DataWindow {
  const lastMonth = Number(periodEnd(reportPeriod(kind, year)).slice(5, 7));
  const from = kind === ReportKind.Q3 ? isoDate(year, 6, 15) : isoDate(year - 1, 12, 15);
  return { from, to: isoDate(year, lastMonth, 14) };
}

/**
 * Latest date the province's report may reach the national level: day 20 of the period's last month.
 * Kept as the legal date (not moved off weekends); the province's own sending date is
 * {@link internalDueDate} for PROVINCE.
 */
export function reportDueDate(kind: ReportKind, year: number): string {
  const lastMonth = Number(periodEnd(reportPeriod(kind, year)).slice(5, 7));
  return isoDate(year, lastMonth, 20);
}

function offsetOf(offsets: Partial<InternalDueOffsets>, level: ReportingLevel): number {
  const days = offsets[level] ?? DEFAULT_INTERNAL_DUE_OFFSETS[level];
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Offset for ${level} must be a whole number of days ≥ 0, got ${days}`);
  }
  return days;
}

/**
 * Date a level must hand its report to the level above. Each level's date is counted back from the
 * date actually set for the level above (after that one was moved off a weekend), then moved off a
 * weekend to the previous Friday itself, so the gap between two levels is never shorter than the offset.
 * Offsets missing from `offsets` take the defaults (province 0, district 5, commune 5 days).
 */
export function internalDueDate(
  kind: ReportKind,
  year: number,
  level: ReportingLevel,
  offsets: Partial<InternalDueOffsets> = {},
): string {
  const province = previousWorkingDay(addDays(reportDueDate(kind, year), -offsetOf(offsets, 'PROVINCE')));
  if (level === 'PROVINCE') return province;
  const district = previousWorkingDay(addDays(province, -offsetOf(offsets, 'DISTRICT')));
  if (level === 'DISTRICT') return district;
  if (level === 'COMMUNE') return previousWorkingDay(addDays(district, -offsetOf(offsets, 'COMMUNE')));
  return assertNever(level);
}
