import { AgencyLevel } from '../agency/agency.enums';
import { daysBetween } from '../plan/iso-date';
import { addDays, weekdayOf } from './calendar-day.util';
import { periodEnd, periodStart } from './period-calendar';
import { formatPeriod } from './period-format';
import {
  ALL_REPORT_KINDS,
  dataWindow,
  internalDueDate,
  ReportingLevel,
  ReportKind,
  reportDueDate,
  reportPeriod,
} from './reporting-calendar';

const LEVELS: ReportingLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

function dueDates(kind: ReportKind, year: number): string[] {
  return LEVELS.map((level) => internalDueDate(kind, year, level));
}

describe('reportPeriod', () => {
  it('maps each report kind to the period it covers', () => {
    expect(ALL_REPORT_KINDS.map((kind) => formatPeriod(reportPeriod(kind, 2022)))).toEqual([
      '2022-Q1',
      '2022-H1',
      '2022-Q3',
      '2022',
    ]);
  });
});

describe('dataWindow', () => {
  it.each([
    [ReportKind.Q1, '2021-12-15', '2022-03-14'],
    [ReportKind.H1, '2021-12-15', '2022-06-14'],
    [ReportKind.Q3, '2022-06-15', '2022-09-14'],
    [ReportKind.YEAR, '2021-12-15', '2022-12-14'],
  ])('%s 2022 runs from %s to %s', (kind, from, to) => {
    expect(dataWindow(kind, 2022)).toEqual({ from, to });
  });

  it('starts the Q1, six-month and annual windows in the previous year', () => {
    for (const kind of [ReportKind.Q1, ReportKind.H1, ReportKind.YEAR]) {
      expect(dataWindow(kind, 2022).from.startsWith('2021-12')).toBe(true);
    }
  });

  it('chains: Q3 starts the day after the six-month cut-off, next Q1 the day after the annual one', () => {
    expect(addDays(dataWindow(ReportKind.H1, 2022).to, 1)).toBe(dataWindow(ReportKind.Q3, 2022).from);
    expect(addDays(dataWindow(ReportKind.YEAR, 2022).to, 1)).toBe(dataWindow(ReportKind.Q1, 2023).from);
  });

  it('counts 29 February in a leap year', () => {
    expect(dataWindow(ReportKind.Q1, 2020)).toEqual({ from: '2019-12-15', to: '2020-03-14' });
    const { from, to } = dataWindow(ReportKind.Q1, 2020);
    expect(daysBetween(from, to)).toBe(90);
    const y2021 = dataWindow(ReportKind.Q1, 2021);
    expect(daysBetween(y2021.from, y2021.to)).toBe(89);
  });

  it('ends every window inside the reported period, before the due date', () => {
    for (const kind of ALL_REPORT_KINDS) {
      const { to } = dataWindow(kind, 2022);
      const period = reportPeriod(kind, 2022);
      expect(periodStart(period) <= to && to <= periodEnd(period)).toBe(true);
      expect(to < reportDueDate(kind, 2022)).toBe(true);
    }
  });
});

describe('reportDueDate', () => {
  it('is day 20 of the period’s last month', () => {
    expect(ALL_REPORT_KINDS.map((kind) => reportDueDate(kind, 2022))).toEqual([
      '2022-03-20',
      '2022-06-20',
      '2022-09-20',
      '2022-12-20',
    ]);
  });

  it('stays the legal date even on a weekend', () => {
    expect(reportDueDate(ReportKind.Q1, 2022)).toBe('2022-03-20');
    expect(weekdayOf('2022-03-20')).toBe(0);
  });

  it('refuses years with no previous year to start the window in', () => {
    expect(() => reportDueDate(ReportKind.Q1, 1000)).toThrow(RangeError);
    expect(() => dataWindow(ReportKind.YEAR, 2022.5)).toThrow(RangeError);
  });
});

describe('internalDueDate with default offsets', () => {
  it('keeps weekday dates: Q1 2023 (20/3 is a Monday)', () => {
    expect(weekdayOf('2023-03-20')).toBe(1);
    expect(dueDates(ReportKind.Q1, 2023)).toEqual(['2023-03-20', '2023-03-15', '2023-03-10']);
  });

  it('moves a Saturday due date to Friday: Q1 2021 (20/3 is a Saturday)', () => {
    expect(weekdayOf('2021-03-20')).toBe(6);
    // District: 19/3 − 5 = Sunday 14/3 → Friday 12/3; commune: 12/3 − 5 = Sunday 7/3 → Friday 5/3.
    expect(dueDates(ReportKind.Q1, 2021)).toEqual(['2021-03-19', '2021-03-12', '2021-03-05']);
  });

  it('moves a Sunday due date to Friday: Q1 2022 (20/3 is a Sunday)', () => {
    expect(weekdayOf('2022-03-20')).toBe(0);
    expect(dueDates(ReportKind.Q1, 2022)).toEqual(['2022-03-18', '2022-03-11', '2022-03-04']);
  });

  it('handles the leap year 2020 (20/3 is a Friday)', () => {
    expect(dueDates(ReportKind.Q1, 2020)).toEqual(['2020-03-20', '2020-03-13', '2020-03-06']);
  });

  it('covers the other report kinds of 2022', () => {
    expect(dueDates(ReportKind.H1, 2022)).toEqual(['2022-06-20', '2022-06-15', '2022-06-10']);
    expect(dueDates(ReportKind.Q3, 2022)).toEqual(['2022-09-20', '2022-09-15', '2022-09-09']);
    expect(dueDates(ReportKind.YEAR, 2022)).toEqual(['2022-12-20', '2022-12-15', '2022-12-09']);
  });

  it('moves weekend six-month and Q3 due dates of 2026 to Friday', () => {
    expect(internalDueDate(ReportKind.H1, 2026, 'PROVINCE')).toBe('2026-06-19');
    expect(internalDueDate(ReportKind.Q3, 2026, 'PROVINCE')).toBe('2026-09-18');
  });

  it('never lands on a weekend and keeps each level at least its offset ahead of the one above', () => {
    for (let year = 2015; year <= 2035; year += 1) {
      for (const kind of ALL_REPORT_KINDS) {
        const [province, district, commune] = dueDates(kind, year);
        for (const date of [province, district, commune]) expect([0, 6]).not.toContain(weekdayOf(date));
        expect(daysBetween(province, reportDueDate(kind, year))).toBeGreaterThanOrEqual(0);
        expect(daysBetween(district, province)).toBeGreaterThanOrEqual(5);
        expect(daysBetween(commune, district)).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('accepts AgencyLevel members', () => {
    expect(internalDueDate(ReportKind.Q1, 2023, AgencyLevel.DISTRICT)).toBe('2023-03-15');
  });
});

describe('internalDueDate with configured offsets', () => {
  it('counts each offset from the level above', () => {
    const offsets = { PROVINCE: 3, DISTRICT: 7, COMMUNE: 3 };
    expect(LEVELS.map((level) => internalDueDate(ReportKind.Q1, 2023, level, offsets))).toEqual([
      '2023-03-17',
      '2023-03-10',
      '2023-03-07',
    ]);
  });

  it('fills missing offsets with the defaults', () => {
    // District: 20/3 − 2 = Saturday 18/3 → Friday 17/3; commune (default 5): Sunday 12/3 → Friday 10/3.
    expect(internalDueDate(ReportKind.Q1, 2023, 'DISTRICT', { DISTRICT: 2 })).toBe('2023-03-17');
    expect(internalDueDate(ReportKind.Q1, 2023, 'COMMUNE', { DISTRICT: 2 })).toBe('2023-03-10');
  });

  it('crosses 29 February in a leap year', () => {
    // 20/3/2020 − 20 days = Saturday 29/2 → Friday 28/2.
    expect(internalDueDate(ReportKind.Q1, 2020, 'DISTRICT', { DISTRICT: 20 })).toBe('2020-02-28');
    // 20/3/2021 is a Saturday → Friday 19/3; − 20 days = Saturday 27/2 → Friday 26/2.
    expect(internalDueDate(ReportKind.Q1, 2021, 'DISTRICT', { DISTRICT: 20 })).toBe('2021-02-26');
  });

  it('refuses negative or fractional offsets', () => {
    expect(() => internalDueDate(ReportKind.Q1, 2022, 'DISTRICT', { DISTRICT: -1 })).toThrow(RangeError);
    expect(() => internalDueDate(ReportKind.Q1, 2022, 'COMMUNE', { COMMUNE: 1.5 })).toThrow(RangeError);
  });
});
