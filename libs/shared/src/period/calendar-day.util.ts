import { dayNumber } from '../plan/iso-date';

const MS_PER_DAY = 86_400_000;

/**
 * The province's time zone (IANA): deadlines, "today", reporting periods and scheduled jobs follow the date in
 * Vietnam, not the server's or the browser's. A plain constant: formatters are built where they are used.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Adds (or with a negative count, subtracts) whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Moves a Saturday or Sunday back to the Friday before, so a deadline never falls on a day offices are
 * closed. Public holidays (Tết, 30/4, 2/9) are not known here and are left to the caller.
 */
export function previousWorkingDay(date: string): string {
  const weekday = weekdayOf(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return date;
}
