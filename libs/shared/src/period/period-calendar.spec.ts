import { formatPeriod, parsePeriod } from './period-format';
import {
  comparePeriods,
  endsWithYear,
  isWithinYear,
  nextPeriod,
  periodContains,
  periodEnd,
  periodOfDate,
  periodStart,
  periodsOf,
  previousPeriod,
  yearFractionAtEnd,
} from './period-calendar';
import { Period } from './period.types';

function p(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad test period ${text}`);
  return period;
}

describe('periodStart / periodEnd', () => {
  it.each([
    ['2022-Q1', '2022-01-01', '2022-03-31'],
    ['2022-Q2', '2022-04-01', '2022-06-30'],
    ['2022-Q3', '2022-07-01', '2022-09-30'],
    ['2022-Q4', '2022-10-01', '2022-12-31'],
    ['2022-H1', '2022-01-01', '2022-06-30'],
    ['2022-H2', '2022-07-01', '2022-12-31'],
    ['2022', '2022-01-01', '2022-12-31'],
    ['2020', '2020-01-01', '2020-12-31'],
  ])('%s runs from %s to %s', (text, start, end) => {
    expect(periodStart(p(text))).toBe(start);
    expect(periodEnd(p(text))).toBe(end);
  });
});

describe('comparePeriods', () => {
  it('orders by start date, then shorter first', () => {
    const shuffled = ['2023-Q1', '2022-Q4', '2022', '2022-H2', '2022-Q3', '2022-Q2', '2022-H1', '2022-Q1'];
    const sorted = shuffled.map(p).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual([
      '2022-Q1',
      '2022-H1',
      '2022',
      '2022-Q2',
      '2022-Q3',
      '2022-H2',
      '2022-Q4',
      '2023-Q1',
    ]);
  });

  it('is zero only for the same period', () => {
    expect(comparePeriods(p('2022-H1'), p('2022-H1'))).toBe(0);
    expect(comparePeriods(p('2022-Q1'), p('2022-H1'))).toBeLessThan(0);
    expect(comparePeriods(p('2021'), p('2022-Q1'))).toBeLessThan(0);
  });
});

describe('periodContains', () => {
  it('nests quarter in half in year', () => {
    expect(periodContains(p('2022'), p('2022-H1'))).toBe(true);
    expect(periodContains(p('2022-H1'), p('2022-Q2'))).toBe(true);
    expect(periodContains(p('2022'), p('2022-Q2'))).toBe(true);
    expect(periodContains(p('2022-H2'), p('2022-Q3'))).toBe(true);
  });

  it('refuses the wrong half, the wrong year and the reverse direction', () => {
    expect(periodContains(p('2022-H1'), p('2022-Q3'))).toBe(false);
    expect(periodContains(p('2022'), p('2023-Q1'))).toBe(false);
    expect(periodContains(p('2022-Q2'), p('2022-H1'))).toBe(false);
    expect(periodContains(p('2022-H1'), p('2022'))).toBe(false);
  });

  it('contains itself', () => {
    expect(periodContains(p('2022-Q3'), p('2022-Q3'))).toBe(true);
  });
});

describe('periodsOf', () => {
  it('lists the periods of a year in order', () => {
    expect(periodsOf(2022, 'QUARTER').map(formatPeriod)).toEqual([
      '2022-Q1',
      '2022-Q2',
      '2022-Q3',
      '2022-Q4',
    ]);
    expect(periodsOf(2022, 'HALF_YEAR').map(formatPeriod)).toEqual(['2022-H1', '2022-H2']);
    expect(periodsOf(2022, 'YEAR').map(formatPeriod)).toEqual(['2022']);
  });

  it('refuses a year with no text form', () => {
    expect(() => periodsOf(99, 'YEAR')).toThrow(RangeError);
  });
});

describe('periodOfDate', () => {
  it.each([
    ['2022-01-01', 'QUARTER', '2022-Q1'],
    ['2022-03-31', 'QUARTER', '2022-Q1'],
    ['2022-04-01', 'QUARTER', '2022-Q2'],
    ['2022-12-31', 'QUARTER', '2022-Q4'],
    ['2022-06-30', 'HALF_YEAR', '2022-H1'],
    ['2022-07-01', 'HALF_YEAR', '2022-H2'],
    ['2020-02-29', 'QUARTER', '2020-Q1'],
    ['2020-02-29', 'YEAR', '2020'],
  ] as const)('%s is in the %s %s', (date, kind, text) => {
    expect(formatPeriod(periodOfDate(date, kind))).toBe(text);
  });

  it('refuses dates that do not exist', () => {
    expect(() => periodOfDate('2021-02-29', 'QUARTER')).toThrow(RangeError);
    expect(() => periodOfDate('2022-1-1', 'YEAR')).toThrow(RangeError);
  });
});

describe('previousPeriod / nextPeriod', () => {
  it.each([
    ['2022-Q1', '2021-Q4', '2022-Q2'],
    ['2022-Q4', '2022-Q3', '2023-Q1'],
    ['2022-H1', '2021-H2', '2022-H2'],
    ['2022-H2', '2022-H1', '2023-H1'],
    ['2022', '2021', '2023'],
  ])('around %s: %s and %s', (text, before, after) => {
    expect(formatPeriod(previousPeriod(p(text)))).toBe(before);
    expect(formatPeriod(nextPeriod(p(text)))).toBe(after);
  });

  it('stops at the edge of four-digit years', () => {
    expect(() => previousPeriod(p('1000-Q1'))).toThrow(RangeError);
    expect(() => nextPeriod(p('9999'))).toThrow(RangeError);
  });
});

describe('isWithinYear / yearFractionAtEnd / endsWithYear', () => {
  it('places every period in exactly its own year', () => {
    expect(isWithinYear(p('2022-Q4'), 2022)).toBe(true);
    expect(isWithinYear(p('2022'), 2022)).toBe(true);
    expect(isWithinYear(p('2021-H2'), 2022)).toBe(false);
  });

  it('counts the elapsed share of the year in months', () => {
    expect(yearFractionAtEnd(p('2022-Q1'))).toBe(0.25);
    expect(yearFractionAtEnd(p('2022-H1'))).toBe(0.5);
    expect(yearFractionAtEnd(p('2022-Q3'))).toBe(0.75);
    expect(yearFractionAtEnd(p('2022-H2'))).toBe(1);
    expect(yearFractionAtEnd(p('2022'))).toBe(1);
  });

  it('knows which periods close the year', () => {
    expect(['2022-Q3', '2022-Q4', '2022-H1', '2022-H2', '2022'].map((t) => endsWithYear(p(t)))).toEqual([
      false,
      true,
      false,
      true,
      true,
    ]);
  });
});
