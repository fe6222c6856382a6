import { VIETNAM_TIME_ZONE } from '@partrack/shared';

/** The province's calendar: deadlines, "today" and scheduled jobs follow the date in Vietnam, not the server's. */
export { VIETNAM_TIME_ZONE };

// Building an Intl formatter is costly (the benchmark showed it per field); one instance serves every call.
// en-CA formats as YYYY-MM-DD.
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE });

/** Today (or the day of `now`) as YYYY-MM-DD in Vietnam's time zone, where the users are. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}

/** The day of an instant in Vietnam, YYYY-MM-DD; null stays null. */
export function dateInVietnam(at: Date | null): string | null {
  return at ? VIETNAM_DAY.format(at) : null;
}
