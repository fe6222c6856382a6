import { isoDate, lastDayOfMonth, quarterOf } from '@partrack/shared';

/** The province's calendar: deadlines and "this quarter" follow the date in Vietnam, not the browser's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export interface Quarter {
  year: number;
  quarter: number;
}

export interface DateRange {
  from: string;
  to: string;
}

export function quarterRange({ year, quarter }: Quarter): DateRange {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    from: isoDate(year, firstMonth, 1),
    to: isoDate(year, lastMonth, lastDayOfMonth(year, lastMonth)),
  };
}

export function quarterOfDate(date: string): Quarter {
  return { year: Number(date.slice(0, 4)), quarter: quarterOf(date) };
}

/** The quarter a from/to pair covers exactly, so a URL with dueFrom/dueTo shows as "Quý II/2022" again. */
export function quarterOfRange(from: string | null, to: string | null): Quarter | null {
  if (!from || !to) return null;
  const quarter = quarterOfDate(from);
  const range = quarterRange(quarter);
  return range.from === from && range.to === to ? quarter : null;
}

/** "2022-Q3" ↔ {2022, 3}: the key of a quarter in selects and in taskStats(groupBy: DUE_QUARTER). */
export function quarterKey({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

export function parseQuarterKey(key: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function romanQuarter(quarter: number): string {
  return ROMAN[quarter - 1] ?? String(quarter);
}

/** The quarter containing `today` (the date in Vietnam by default), e.g. for "due this quarter". */
export function currentQuarterRange(today: string = todayInVietnam()): DateRange {
  return quarterRange(quarterOfDate(today));
}
