import { addDays, previousWorkingDay, weekdayOf } from './calendar-day.util';

describe('calendar days', () => {
  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2022-01-03', -5)).toBe('2021-12-29');
    expect(() => addDays('2022-01-03', 0.5)).toThrow(RangeError);
  });

  it('agrees with Date about weekdays, before and after 1970', () => {
    for (const date of ['1969-12-31', '1970-01-01', '2020-02-29', '2022-03-20', '2099-12-31']) {
      expect(weekdayOf(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });

  it('moves Saturday and Sunday back to Friday and leaves weekdays', () => {
    expect(previousWorkingDay('2022-03-19')).toBe('2022-03-18');
    expect(previousWorkingDay('2022-03-20')).toBe('2022-03-18');
    expect(previousWorkingDay('2022-03-21')).toBe('2022-03-21');
    expect(previousWorkingDay('2022-03-18')).toBe('2022-03-18');
  });
});
