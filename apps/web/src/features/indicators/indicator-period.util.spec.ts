import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n/i18n.setup';
import {
  defaultPeriod,
  isPeriodOfYear,
  periodLabel,
  periodOptions,
  planPeriods,
  seriesRange,
} from './indicator-period.util';

describe('plan periods', () => {
  it('lists quarters, then halves, then the year', () => {
    expect(planPeriods(2022)).toEqual([
      '2022-Q1',
      '2022-Q2',
      '2022-Q3',
      '2022-Q4',
      '2022-H1',
      '2022-H2',
      '2022',
    ]);
    expect(planPeriods(2022, 'HALF_YEAR')).toEqual(['2022-H1', '2022-H2']);
    expect(seriesRange(2022, 'QUARTER')).toEqual({ from: '2022-Q1', to: '2022-Q4' });
    expect(seriesRange(2022, 'YEAR')).toEqual({ from: '2022', to: '2022' });
  });

  it('opens on the latest quarter that has ended', () => {
    expect(defaultPeriod(2022, '2026-11-28')).toBe('2022-Q4');
    expect(defaultPeriod(2022, '2022-08-15')).toBe('2022-Q2');
    // The quarter ends on its last day: on 30/09 the third quarter is still running.
    expect(defaultPeriod(2022, '2022-09-30')).toBe('2022-Q2');
    expect(defaultPeriod(2022, '2022-10-01')).toBe('2022-Q3');
    expect(defaultPeriod(2022, '2022-02-01')).toBe('2022-Q1');
    expect(defaultPeriod(2023, '2022-12-01')).toBe('2023-Q1');
    expect(defaultPeriod(2022, '2022-08-15', 'HALF_YEAR')).toBe('2022-H1');
    expect(defaultPeriod(2022, '2022-08-15', 'YEAR')).toBe('2022');
  });

  it('accepts only well-formed periods of the plan year from the URL', () => {
    expect(isPeriodOfYear('2022-Q3', 2022)).toBe(true);
    expect(isPeriodOfYear('2022', 2022)).toBe(true);
    expect(isPeriodOfYear('2021-Q3', 2022)).toBe(false);
    expect(isPeriodOfYear('2022-q3', 2022)).toBe(false);
    expect(isPeriodOfYear(null, 2022)).toBe(false);
  });

  it('names periods in Vietnamese and English', () => {
    const vi = createI18n('vi').t;
    expect(periodLabel('2022-Q3', vi)).toBe('Quý III/2022');
    expect(periodLabel('2022-H1', vi)).toBe('6 tháng đầu năm 2022');
    expect(periodLabel('2022-H2', vi)).toBe('6 tháng cuối năm 2022');
    expect(periodLabel('2022', vi)).toBe('Năm 2022');
    expect(periodLabel('nonsense', vi)).toBe('nonsense');
    const en = createI18n('en').t;
    expect(periodLabel('2022-Q3', en)).toBe('QIII/2022');
    expect(periodOptions(2022, vi).map((group) => group.options.length)).toEqual([4, 2, 1]);
  });
});
