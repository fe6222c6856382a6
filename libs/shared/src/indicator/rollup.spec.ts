import { IndicatorAggregation, IndicatorUnit } from './indicator.enums';
import { aggregate, ratioValue } from './rollup';

const { RATIO, SUM, AVERAGE, MIN, MAX, NONE } = IndicatorAggregation;

describe('ratioValue', () => {
  it('scales to a percentage only for PERCENT', () => {
    expect(ratioValue(1, 4, IndicatorUnit.PERCENT)).toBe(25);
    expect(ratioValue(1, 4, IndicatorUnit.SCORE)).toBe(0.25);
    expect(ratioValue(1, 0, IndicatorUnit.PERCENT)).toBeNull();
  });
});

describe('aggregate RATIO', () => {
  it('divides the sum of numerators by the sum of denominators, as a percentage by default', () => {
    // Mean of the two percentages would be (100 + 1) / 2 = 50.5; the province handled 2 of 101 dossiers.
    const result = aggregate(RATIO, [
      { numerator: 1, denominator: 1 },
      { numerator: 1, denominator: 100 },
    ]);
    expect(result.value).toBeCloseTo((2 / 101) * 100, 12);
    expect(result).toMatchObject({ numerator: 2, denominator: 101, count: 2 });
  });

  it('gives a plain ratio for units other than PERCENT', () => {
    expect(aggregate(RATIO, [{ numerator: 3, denominator: 4 }], IndicatorUnit.SCORE).value).toBe(0.75);
  });

  it('skips inputs missing a part, and ignores a bare value', () => {
    const result = aggregate(RATIO, [
      { numerator: 3, denominator: 4 },
      { numerator: 5, denominator: null },
      { numerator: undefined, denominator: 10 },
      { value: 90 },
      { numerator: Number.NaN, denominator: 2 },
      { numerator: 1, denominator: 4 },
    ]);
    expect(result).toEqual({ value: 50, numerator: 4, denominator: 8, count: 2 });
  });

  it('is null when the overall denominator is 0, but keeps the sums', () => {
    expect(
      aggregate(RATIO, [
        { numerator: 0, denominator: 0 },
        { numerator: 0, denominator: 0 },
      ]),
    ).toEqual({ value: null, numerator: 0, denominator: 0, count: 2 });
  });

  it('counts a 0/0 agency without letting it change the ratio', () => {
    expect(
      aggregate(RATIO, [
        { numerator: 0, denominator: 0 },
        { numerator: 1, denominator: 2 },
      ]),
    ).toEqual({ value: 50, numerator: 1, denominator: 2, count: 2 });
  });

  it('has no data when nothing contributes', () => {
    expect(aggregate(RATIO, [])).toEqual({ value: null, count: 0 });
    expect(aggregate(RATIO, [{ value: 80 }])).toEqual({ value: null, count: 0 });
  });

  it('rolls a parent result up again as if it were one agency', () => {
    const districtA = aggregate(RATIO, [
      { numerator: 1, denominator: 1 },
      { numerator: 2, denominator: 9 },
    ]);
    const districtB = aggregate(RATIO, [{ numerator: 7, denominator: 10 }]);
    expect(aggregate(RATIO, [districtA, districtB])).toEqual({
      value: 50,
      numerator: 10,
      denominator: 20,
      count: 2,
    });
  });
});

describe('aggregate over values', () => {
  const inputs = [{ value: 4 }, { value: null }, {}, { value: 10 }, { value: Infinity }, { value: 1 }];

  it.each([
    [SUM, 15],
    [AVERAGE, 5],
    [MIN, 1],
    [MAX, 10],
  ])('%s skips missing values', (aggregation, value) => {
    expect(aggregate(aggregation, inputs)).toEqual({ value, count: 3 });
  });

  it('keeps negative and zero values', () => {
    expect(aggregate(MIN, [{ value: 0 }, { value: -2 }]).value).toBe(-2);
    expect(aggregate(SUM, [{ value: 0 }]).value).toBe(0);
  });

  it.each([SUM, AVERAGE, MIN, MAX])('%s of nothing is null, not 0', (aggregation) => {
    expect(aggregate(aggregation, [{ value: null }])).toEqual({ value: null, count: 0 });
  });

  it('does not derive NONE figures', () => {
    expect(aggregate(NONE, [{ value: 12 }, { value: 3 }])).toEqual({ value: null, count: 0 });
  });
});
