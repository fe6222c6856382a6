import { todayInVietnam } from '../tasks/task-dates.util';

/** Years the API accepts for rounds and the calendar (OpenReportingRoundInput.year). */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

export function currentReportYear(today: string = todayInVietnam()): number {
  return Number(today.slice(0, 4));
}

/** `?year=` when it is a year the API accepts, else the current year in Vietnam (hand-edited URLs). */
export function yearParam(params: URLSearchParams, today: string = todayInVietnam()): number {
  const text = params.get('year') ?? '';
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR ? year : currentReportYear(today);
}

export const reportPath = (id: string) => `/reports/${id}`;
export const roundPath = (id: string) => `/reports/rounds/${id}`;
export const consolidatedPath = (roundId: string) => `/reports/rounds/${roundId}/consolidated`;
