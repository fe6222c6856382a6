import { daysBetween, dayNumber, isIsoDate, isoDate, lastDayOfMonth } from './iso-date';

describe('iso-date', () => {
  it('formats with zero padding', () => {
    expect(isoDate(2022, 3, 1)).toBe('2022-03-01');
  });

  it('knows month lengths, including leap Februaries', () => {
    expect([1, 2, 4, 12].map((m) => lastDayOfMonth(2022, m))).toEqual([31, 28, 30, 31]);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
  });

  it.each(['2022-02-30', '2022-13-01', '2022-1-01', '22-01-01', '2022-01-01T00:00', ''])(
    'rejects %j',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
      expect(() => dayNumber(text)).toThrow(RangeError);
    },
  );

  it('counts days between dates, signed', () => {
    expect(daysBetween('2022-12-31', '2023-01-01')).toBe(1);
    expect(daysBetween('2022-03-31', '2022-03-01')).toBe(-30);
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});
