import { formatPeriod, parsePeriod } from './period-format';
import { isPeriod } from './period-kind';
import { Period } from './period.types';

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['2022-Q1', { kind: 'QUARTER', year: 2022, index: 1 }],
    ['2022-Q4', { kind: 'QUARTER', year: 2022, index: 4 }],
    ['2022-H1', { kind: 'HALF_YEAR', year: 2022, index: 1 }],
    ['2022-H2', { kind: 'HALF_YEAR', year: 2022, index: 2 }],
    ['2022', { kind: 'YEAR', year: 2022, index: 1 }],
    ['1000', { kind: 'YEAR', year: 1000, index: 1 }],
    ['9999-Q4', { kind: 'QUARTER', year: 9999, index: 4 }],
  ])('reads %s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    '',
    '2022-Q0',
    '2022-Q5',
    '2022-H0',
    '2022-H3',
    '2022-q1',
    '2022-h1',
    '2022Q1',
    '2022-Q01',
    ' 2022',
    '2022 ',
    '2022-',
    '2022-Y',
    '22-Q1',
    '0999',
    '02022',
    'Q1-2022',
    '2022-Q1-2022',
    'Quý I/2022',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('formatPeriod', () => {
  it('writes each kind in its one spelling', () => {
    expect(formatPeriod({ kind: 'QUARTER', year: 2022, index: 3 })).toBe('2022-Q3');
    expect(formatPeriod({ kind: 'HALF_YEAR', year: 2022, index: 2 })).toBe('2022-H2');
    expect(formatPeriod({ kind: 'YEAR', year: 2022, index: 1 })).toBe('2022');
  });

  it.each<Period>([
    { kind: 'QUARTER', year: 2022, index: 5 },
    { kind: 'HALF_YEAR', year: 2022, index: 0 },
    { kind: 'YEAR', year: 2022, index: 2 },
    { kind: 'QUARTER', year: 2022.5, index: 1 },
    { kind: 'YEAR', year: 10000, index: 1 },
  ])('refuses the impossible period %j', (period) => {
    expect(() => formatPeriod(period)).toThrow(RangeError);
  });
});

describe('isPeriod', () => {
  it('accepts well-formed periods and rejects other values', () => {
    expect(isPeriod({ kind: 'HALF_YEAR', year: 2022, index: 2 })).toBe(true);
    expect(isPeriod({ kind: 'MONTH', year: 2022, index: 1 })).toBe(false);
    expect(isPeriod({ kind: 'QUARTER', year: '2022', index: 1 })).toBe(false);
    expect(isPeriod(null)).toBe(false);
    expect(isPeriod('2022-Q1')).toBe(false);
  });
});
