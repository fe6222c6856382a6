import { describe, expect, it } from 'vitest';
import { IndicatorStatus, MeasurementStatus } from '@partrack/shared';
import en from '../../i18n/locales/en.json';
import vi from '../../i18n/locales/vi.json';
import {
  INDICATOR_STATUS_ORDER,
  INDICATOR_STATUS_STYLE,
  indicatorStatusLabelKey,
  isLockedStatus,
  orderedStatusCounts,
} from './indicator-status.util';

describe('indicator status colours and labels', () => {
  it('colours achieved green, on track blue, at risk orange, off track red and no data grey', () => {
    expect(INDICATOR_STATUS_STYLE[IndicatorStatus.ACHIEVED].tag).toBe('green');
    expect(INDICATOR_STATUS_STYLE[IndicatorStatus.ON_TRACK].tag).toBe('blue');
    expect(INDICATOR_STATUS_STYLE[IndicatorStatus.AT_RISK].tag).toBe('orange');
    expect(INDICATOR_STATUS_STYLE[IndicatorStatus.OFF_TRACK].tag).toBe('red');
    expect(INDICATOR_STATUS_STYLE[IndicatorStatus.NO_DATA].tag).toBe('default');
  });

  it('gives every status a distinct heatmap background and a label in both languages', () => {
    const backgrounds = Object.values(INDICATOR_STATUS_STYLE).map((style) => style.background);
    expect(new Set(backgrounds).size).toBe(5);
    for (const status of Object.values(IndicatorStatus)) {
      const [, , key] = indicatorStatusLabelKey(status).split('.');
      expect(vi.indicator.status[key as IndicatorStatus]).toBeTruthy();
      expect(en.indicator.status[key as IndicatorStatus]).toBeTruthy();
    }
    expect(vi.indicator.status.AT_RISK).toBe('Có nguy cơ không đạt');
  });

  it('orders counts best to worst and fills statuses the API left out', () => {
    expect(
      orderedStatusCounts([
        { status: IndicatorStatus.NO_DATA, count: 4 },
        { status: IndicatorStatus.ACHIEVED, count: 2 },
      ]),
    ).toEqual([
      { status: IndicatorStatus.ACHIEVED, count: 2 },
      { status: IndicatorStatus.ON_TRACK, count: 0 },
      { status: IndicatorStatus.AT_RISK, count: 0 },
      { status: IndicatorStatus.OFF_TRACK, count: 0 },
      { status: IndicatorStatus.NO_DATA, count: 4 },
    ]);
    expect(INDICATOR_STATUS_ORDER).toHaveLength(Object.values(IndicatorStatus).length);
  });

  it('locks submitted and approved figures only', () => {
    expect(isLockedStatus(MeasurementStatus.SUBMITTED)).toBe(true);
    expect(isLockedStatus(MeasurementStatus.APPROVED)).toBe(true);
    expect(isLockedStatus(MeasurementStatus.DRAFT)).toBe(false);
    expect(isLockedStatus(MeasurementStatus.RETURNED)).toBe(false);
    expect(isLockedStatus(null)).toBe(false);
  });
});
