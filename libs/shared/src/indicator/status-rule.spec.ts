import { parsePeriod } from '../period/period-format';
import { Period } from '../period/period.types';
import { IndicatorDirection, IndicatorFrequency, IndicatorStatus } from './indicator.enums';
import { indicatorStatus, IndicatorStatusInput } from './status-rule';

const { AT_LEAST, AT_MOST, EQUAL } = IndicatorDirection;
const { ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA } = IndicatorStatus;

function p(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad test period ${text}`);
  return period;
}

function status(
  direction: IndicatorDirection,
  target: number | null,
  value: number | null,
  period = '2022',
  extra: Partial<IndicatorStatusInput> = {},
): IndicatorStatus {
  return indicatorStatus({ direction, target, value, period: p(period), ...extra });
}

describe('indicatorStatus: no data', () => {
  it('is NO_DATA without a value, without a target, or with a non-number', () => {
    expect(status(AT_LEAST, 85, null)).toBe(NO_DATA);
    expect(status(AT_LEAST, null, 90)).toBe(NO_DATA);
    expect(status(AT_MOST, null, null)).toBe(NO_DATA);
    expect(status(AT_LEAST, 85, Number.NaN)).toBe(NO_DATA);
  });
});

describe('indicatorStatus: final year, AT_LEAST 85 (5% band = 4.25)', () => {
  it.each([
    [100, ACHIEVED],
    [85, ACHIEVED],
    [84.99, AT_RISK],
    [80.75, AT_RISK],
    [80.74, OFF_TRACK],
    [0, OFF_TRACK],
  ])('%d → %s', (value, expected) => {
    expect(status(AT_LEAST, 85, value)).toBe(expected);
  });

  it('counts a value equal to the target up to float rounding', () => {
    expect(status(AT_LEAST, 0.3, 0.1 + 0.2)).toBe(ACHIEVED);
    expect(status(AT_LEAST, 85, 85 - 1e-12)).toBe(ACHIEVED);
  });

  it('uses a configured tolerance, including none', () => {
    expect(status(AT_LEAST, 85, 84.99, '2022', { atRiskTolerance: 0 })).toBe(OFF_TRACK);
    expect(status(AT_LEAST, 85, 76.5, '2022', { atRiskTolerance: 0.1 })).toBe(AT_RISK);
    expect(status(AT_LEAST, 85, 76.4, '2022', { atRiskTolerance: 0.1 })).toBe(OFF_TRACK);
  });
});

describe('indicatorStatus: final year, AT_MOST rank 25 (5% band = 1.25)', () => {
  it.each([
    [1, ACHIEVED],
    [24, ACHIEVED],
    [25, ACHIEVED],
    [26, AT_RISK],
    [26.25, AT_RISK],
    [27, OFF_TRACK],
  ])('rank %d → %s', (value, expected) => {
    expect(status(AT_MOST, 25, value)).toBe(expected);
  });

  it('has no band around a target of 0', () => {
    expect(status(AT_MOST, 0, 0)).toBe(ACHIEVED);
    expect(status(AT_MOST, 0, 0.5)).toBe(OFF_TRACK);
  });
});

describe('indicatorStatus: EQUAL and BOOLEAN', () => {
  it.each([
    [3, ACHIEVED],
    [3 + 1e-12, ACHIEVED],
    [3.01, OFF_TRACK],
    [2.99, OFF_TRACK],
  ])('EQUAL 3: %d → %s', (value, expected) => {
    expect(status(EQUAL, 3, value)).toBe(expected);
  });

  it('treats a yes/no target of 1 as done or not, with no band', () => {
    expect(status(EQUAL, 1, 1)).toBe(ACHIEVED);
    expect(status(EQUAL, 1, 0)).toBe(OFF_TRACK);
    expect(status(AT_LEAST, 1, 1)).toBe(ACHIEVED);
    expect(status(AT_LEAST, 1, 0)).toBe(OFF_TRACK);
  });

  it('mid-year, done is ON_TRACK and not done is OFF_TRACK', () => {
    expect(status(EQUAL, 1, 1, '2022-Q2')).toBe(ON_TRACK);
    expect(status(EQUAL, 1, 0, '2022-Q2')).toBe(OFF_TRACK);
  });

  it('never pro-rates an EQUAL target, even when marked cumulative', () => {
    expect(status(EQUAL, 1, 1, '2022-Q1', { cumulative: true })).toBe(ON_TRACK);
    expect(status(EQUAL, 1, 0.25, '2022-Q1', { cumulative: true })).toBe(OFF_TRACK);
  });
});

describe('indicatorStatus: final or running', () => {
  it('is final for periods ending in December once their last day is reached', () => {
    expect(status(AT_LEAST, 85, 90, '2022-Q4')).toBe(ACHIEVED);
    expect(status(AT_LEAST, 85, 90, '2022-H2')).toBe(ACHIEVED);
    expect(status(AT_LEAST, 85, 90, '2022', { asOfDate: '2022-12-31' })).toBe(ACHIEVED);
    expect(status(AT_LEAST, 85, 90, '2022', { asOfDate: '2023-03-15' })).toBe(ACHIEVED);
  });

  it('is running before the year’s last day', () => {
    expect(status(AT_LEAST, 85, 90, '2022', { asOfDate: '2022-12-30' })).toBe(ON_TRACK);
    expect(status(AT_LEAST, 85, 90, '2022-Q4', { asOfDate: '2022-11-15' })).toBe(ON_TRACK);
  });

  it('never achieves with a part-year figure, however late it is looked at', () => {
    expect(status(AT_LEAST, 85, 90, '2022-Q2')).toBe(ON_TRACK);
    expect(status(AT_LEAST, 85, 90, '2022-H1', { asOfDate: '2024-01-01' })).toBe(ON_TRACK);
  });

  it('does not depend on the frequency', () => {
    for (const frequency of Object.values(IndicatorFrequency)) {
      expect(status(AT_LEAST, 85, 90, '2022-Q2', { frequency })).toBe(ON_TRACK);
      expect(status(AT_LEAST, 85, 90, '2022', { frequency })).toBe(ACHIEVED);
    }
  });
});

describe('indicatorStatus: running, non-cumulative rate "≥ 85% satisfied"', () => {
  it.each([
    ['2022-Q1', 86, ON_TRACK],
    ['2022-H1', 85, ON_TRACK],
    ['2022-H1', 82, AT_RISK],
    ['2022-Q3', 80.75, AT_RISK],
    ['2022-Q3', 70, OFF_TRACK],
  ])('%s at %d → %s', (period, value, expected) => {
    expect(status(AT_LEAST, 85, value, period)).toBe(expected);
  });

  it('compares a rank mid-year directly with the goal', () => {
    expect(status(AT_MOST, 20, 20, '2022-H1')).toBe(ON_TRACK);
    expect(status(AT_MOST, 20, 21, '2022-H1')).toBe(AT_RISK);
    expect(status(AT_MOST, 20, 22, '2022-H1')).toBe(OFF_TRACK);
  });
});

describe('indicatorStatus: running, cumulative target of 100 by year end', () => {
  const cumulative = { cumulative: true };

  it.each([
    ['2022-Q1', 25, ON_TRACK],
    ['2022-Q1', 23.75, AT_RISK],
    ['2022-Q1', 23.7, OFF_TRACK],
    ['2022-H1', 50, ON_TRACK],
    ['2022-H1', 47.5, AT_RISK],
    ['2022-H1', 47.4, OFF_TRACK],
    ['2022-Q2', 50, ON_TRACK],
    ['2022-Q3', 74, AT_RISK],
    ['2022-Q3', 71.25, AT_RISK],
    ['2022-Q3', 71, OFF_TRACK],
    ['2022-Q3', 100, ON_TRACK],
  ])('%s at %d → %s', (period, value, expected) => {
    expect(status(AT_LEAST, 100, value, period, cumulative)).toBe(expected);
  });

  it('expects the linear share at the period end even while the period runs', () => {
    expect(status(AT_LEAST, 100, 50, '2022-Q2', { ...cumulative, asOfDate: '2022-05-10' })).toBe(ON_TRACK);
    expect(status(AT_LEAST, 100, 30, '2022-Q2', { ...cumulative, asOfDate: '2022-05-10' })).toBe(OFF_TRACK);
  });

  it('expects the whole target in December and at year end', () => {
    expect(status(AT_LEAST, 100, 99, '2022-Q4', { ...cumulative, asOfDate: '2022-12-01' })).toBe(AT_RISK);
    expect(status(AT_LEAST, 100, 100, '2022', cumulative)).toBe(ACHIEVED);
    expect(status(AT_LEAST, 100, 95, '2022', cumulative)).toBe(AT_RISK);
    expect(status(AT_LEAST, 100, 94, '2022', cumulative)).toBe(OFF_TRACK);
  });

  it('pro-rates an AT_MOST budget the same way', () => {
    expect(status(AT_MOST, 40, 10, '2022-Q1', cumulative)).toBe(ON_TRACK);
    expect(status(AT_MOST, 40, 10.5, '2022-Q1', cumulative)).toBe(AT_RISK);
    expect(status(AT_MOST, 40, 11, '2022-Q1', cumulative)).toBe(OFF_TRACK);
  });
});

describe('indicatorStatus: bad input', () => {
  it('refuses a negative or non-finite tolerance and a malformed date', () => {
    expect(() => status(AT_LEAST, 85, 90, '2022', { atRiskTolerance: -0.1 })).toThrow(RangeError);
    expect(() => status(AT_LEAST, 85, 90, '2022', { atRiskTolerance: Number.NaN })).toThrow(RangeError);
    expect(() => status(AT_LEAST, 85, 90, '2022', { asOfDate: '31/12/2022' })).toThrow(RangeError);
  });

  it('refuses an impossible period even without data', () => {
    expect(() =>
      indicatorStatus({
        direction: AT_LEAST,
        target: 1,
        value: null,
        period: { kind: 'QUARTER', year: 2022, index: 5 },
      }),
    ).toThrow(RangeError);
  });
});
