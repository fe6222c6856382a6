import { foldVietnamese } from '../text/normalize';
import { dayNumber, isIsoDate, isoDate, lastDayOfMonth } from './iso-date';

export interface DueLabelParse {
  /** Last day of the latest period the label names, 'YYYY-MM-DD'; null when it names none. */
  date: string | null;
  /** Quarters the label names explicitly ("Quý II, III" → [2, 3]), ascending. */
  quarters: number[];
  label: string;
}

/** A period ending on the last day of `month`, in `year` when the label says so. */
interface PeriodEnd {
  year: number | null;
  month: number;
}

interface Scan {
  periods: PeriodEnd[];
  exactDates: string[];
  quarters: number[];
  years: number[];
  wholeYear: boolean;
  /** A period word or date no pattern could read ("Quý V", "Tháng 13", "31/02/2022"). */
  unreadable: boolean;
  /** What no pattern consumed, for the strict check. */
  rest: string;
}

const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
};
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];
const SEP = String.raw`\s*(?:,|;|-|&|\bva\b|\bden\b)\s*`;
const Q = String.raw`(?:iv|iii|ii|i|[1-4])\b`;
const YEAR_SUFFIX = String.raw`(?:\s*(?:/|nam)\s*(\d{4})\b)?`;
const QUARTERS = new RegExp(String.raw`\bquy\s+(${Q}(?:${SEP}(?:quy\s+)?${Q})*)${YEAR_SUFFIX}`, 'g');
const MONTHS = new RegExp(String.raw`\bthang\s+(\d{1,2}\b(?:${SEP}\d{1,2}\b)*)${YEAR_SUFFIX}`, 'g');
const HALF_YEAR = /\b(6|9) thang (dau|cuoi) nam\b(?:\s*(\d{4})\b)?/g;
const EXACT_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const YEAR = /\b(?:nam\s+)?((?:19|20|21)\d{2})\b/g;
// Recurring or open-ended work is due by the end of the plan year.
const WHOLE_YEAR = /\b(thuong xuyen|hang nam|ca nam|trong nam|hang quy|hang thang|dinh ky)\b/g;
const MAX_DUE_LABEL_LENGTH = 60;
const FILLER = /\b(va|den|tu|truoc|ngay|cuoi|trong)\b|[^a-z0-9]/g;

function numbersIn(list: string): string[] {
  return list.split(new RegExp(SEP)).map((t) => t.replace(/^quy\s+/, '').trim());
}

function optionalYear(text: string): number | null {
  return text === '' ? null : Number(text);
}

/**
 * Replaces each match the handler accepts by a space, so later patterns do not see it again.
 * Groups that did not take part in the match arrive as ''.
 */
function consume(text: string, pattern: RegExp, accept: (groups: string[]) => boolean): string {
  return text.replace(pattern, (match: string, ...args: unknown[]) => {
    const groups = args.slice(0, -2).map((a) => (typeof a === 'string' ? a : ''));
    return accept(groups) ? ' ' : match;
  });
}

function scanQuarters(text: string, scan: Scan): string {
  return consume(text, QUARTERS, ([list, year]) => {
    for (const token of numbersIn(list)) {
      const quarter = QUARTER_NUMBERS[token];
      scan.quarters.push(quarter);
      scan.periods.push({ year: optionalYear(year), month: quarter * 3 });
    }
    return true;
  });
}

function scanMonths(text: string, scan: Scan): string {
  return consume(text, MONTHS, ([list, year]) => {
    const months = numbersIn(list).map(Number);
    if (months.some((m) => m < 1 || m > 12)) return false;
    for (const month of months) scan.periods.push({ year: optionalYear(year), month });
    return true;
  });
}

function scanHalfYears(text: string, scan: Scan): string {
  return consume(text, HALF_YEAR, ([count, side, year]) => {
    if (count === '9' && side === 'cuoi') return false;
    scan.periods.push({ year: optionalYear(year), month: side === 'cuoi' ? 12 : Number(count) });
    return true;
  });
}

function scanExactDates(text: string, scan: Scan): string {
  return consume(text, EXACT_DATE, ([day, month, year]) => {
    const date = isoDate(Number(year), Number(month), Number(day));
    if (!isIsoDate(date)) scan.unreadable = true;
    else scan.exactDates.push(date);
    return true;
  });
}

function scanLabel(label: string): Scan {
  const scan: Scan = {
    periods: [],
    exactDates: [],
    quarters: [],
    years: [],
    wholeYear: false,
    unreadable: false,
    rest: '',
  };
  let text = foldVietnamese(label);
  text = scanExactDates(text, scan);
  text = scanQuarters(text, scan);
  text = scanHalfYears(text, scan);
  text = scanMonths(text, scan);
  text = consume(text, YEAR, ([year]) => {
    scan.years.push(Number(year));
    return true;
  });
  text = consume(text, WHOLE_YEAR, () => {
    scan.wholeYear = true;
    return true;
  });
  scan.unreadable ||= /\b(quy|thang)\b/.test(text);
  scan.rest = text.replace(FILLER, '');
  return scan;
}

function latest(dates: string[]): string | null {
  return dates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
}

function labelYear(scan: Scan): number | null {
  const years = [...scan.years, ...scan.periods.flatMap((p) => (p.year === null ? [] : [p.year]))];
  return years.length > 0 ? Math.max(...years) : null;
}

function dueDateOf(scan: Scan, planYear: number | null): string | null {
  // Half-understood labels get no date: a guess would hide the problem from the coordinator.
  if (scan.unreadable) return null;
  const year = labelYear(scan) ?? planYear;
  const ends = scan.periods.flatMap((p) => {
    const y = p.year ?? year;
    return y === null ? [] : [isoDate(y, p.month, lastDayOfMonth(y, p.month))];
  });
  const end = latest([...ends, ...scan.exactDates]);
  if (end !== null || year === null) return end;
  return scan.years.length > 0 || scan.wholeYear ? isoDate(year, 12, 31) : null;
}

/**
 * Reads a completion-time cell ("Quý I", "Quý II, III", "Quý I, II/2022", "2022", "Năm 2022", "6 tháng
 * đầu năm", "tháng 3/2022", "Thường xuyên") as the last day of the latest period it names. A year written
 * in the label wins over `planYear`; labels naming no period give a null date.
 */
export function parseDueLabel(label: string, planYear: number | null): DueLabelParse {
  const scan = scanLabel(label);
  const quarters = [...new Set(scan.quarters)].sort((a, b) => a - b);
  return { date: dueDateOf(scan, planYear), quarters, label };
}

/** True when the whole text is a completion time (used to find that column in a flattened row). */
export function isDueLabel(text: string): boolean {
  // The longest forms ("Trước ngày 31/01/2022", "Từ quý I đến quý III năm 2022") stay well under this.
  if (text.length > MAX_DUE_LABEL_LENGTH) return false;
  const scan = scanLabel(text);
  const named = scan.periods.length + scan.exactDates.length + scan.years.length > 0 || scan.wholeYear;
  return named && !scan.unreadable && scan.rest === '';
}

export function quarterOf(date: string): number {
  dayNumber(date);
  return Math.ceil(Number(date.slice(5, 7)) / 3);
}

/** "2022-05-10" → "Quý II/2022", the way the plan writes a quarter. */
export function dueQuarterLabel(date: string): string {
  return `Quý ${ROMAN_QUARTERS[quarterOf(date) - 1]}/${date.slice(0, 4)}`;
}
