import fc from 'fast-check';
import { IndicatorDirection } from '../indicator/indicator.enums';
import { ParDataSource, ParProvisionalSource } from './par-data-rules';
import { ParScoringMethod } from './par-index.enums';
import { attainmentPercent, expectedTarget } from './par-indicator-attainment';
import { gainOfOneMore, provisionalPoints } from './par-provisional';

describe('PAR indicator attainment', () => {
  const figureValue = fc.option(
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    { nil: null },
  );
  const target = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);
  const direction = fc.constantFrom(...Object.values(IndicatorDirection));
  const rule = {
    source: ParDataSource.INDICATOR_TARGET,
    indicatorCode: 'CT-01',
    thresholds: [
      { atLeast: 100, points: 2 },
      { atLeast: 80, points: 1.5 },
      { atLeast: 50, points: 0.5 },
    ],
  };
  const leaf = (figure: Parameters<typeof attainmentPercent>[0] | null) => ({
    method: ParScoringMethod.DATA,
    maxPoints: 2,
    dataRule: rule,
    figure,
    final: null,
    self: 1.25,
    lastYear: 2,
  });

  it('lies in [0, 100], is 100 on the target, 0 without a figure, null without a target', () => {
    fc.assert(
      fc.property(direction, figureValue, target, (d, value, expected) => {
        const share = attainmentPercent({ direction: d, value, expected });
        expect(share).not.toBeNull();
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(100);
        if (value === null) expect(share).toBe(0);
        expect(attainmentPercent({ direction: d, value: expected, expected })).toBe(100);
        expect(attainmentPercent({ direction: d, value, expected: null })).toBeNull();
      }),
    );
    expect(attainmentPercent({ direction: IndicatorDirection.AT_LEAST, value: 45, expected: 62.5 })).toBe(72);
    expect(attainmentPercent({ direction: IndicatorDirection.AT_MOST, value: 30, expected: 24 })).toBe(80);
    expect(attainmentPercent({ direction: IndicatorDirection.EQUAL, value: 0, expected: 1 })).toBe(0);
  });

  it('gives points within [0, max] that never fall as the figure gets better, in either direction', () => {
    const value = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(direction, value, value, target, (d, a, b, expected) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        // The better of two figures: the higher one, the lower one for AT_MOST (ranks), the target for EQUAL.
        const worse = d === IndicatorDirection.AT_MOST ? high : low;
        const better =
          d === IndicatorDirection.AT_MOST ? low : d === IndicatorDirection.EQUAL ? expected : high;
        const none = provisionalPoints(leaf({ direction: d, value: null, expected }));
        const now = provisionalPoints(leaf({ direction: d, value: worse, expected }));
        const then = provisionalPoints(leaf({ direction: d, value: better, expected }));
        for (const result of [none, now, then]) {
          expect(result.source).toBe(ParProvisionalSource.COMPUTED);
          expect(result.points).toBeGreaterThanOrEqual(0);
          expect(result.points).toBeLessThanOrEqual(2);
          expect(result.points + result.atRisk).toBeCloseTo(2, 10);
        }
        // No figure yet is the worst figure of all.
        expect(now.points).toBeGreaterThanOrEqual(none.points);
        expect(then.points).toBeGreaterThanOrEqual(now.points);
        expect(gainOfOneMore(leaf({ direction: d, value: worse, expected }))).toBe(0);
      }),
    );
  });

  it('falls back like the other items without a target or without the indicator', () => {
    const noTarget = provisionalPoints(
      leaf({ direction: IndicatorDirection.AT_LEAST, value: 5, expected: null }),
    );
    expect(noTarget).toMatchObject({
      source: ParProvisionalSource.SELF,
      points: 1.25,
      atRisk: 0,
      share: null,
    });
    expect(provisionalPoints(leaf(null)).source).toBe(ParProvisionalSource.SELF);
    expect(
      provisionalPoints(leaf({ direction: IndicatorDirection.AT_LEAST, value: 45, expected: 62.5 })),
    ).toEqual({
      source: ParProvisionalSource.COMPUTED,
      share: 72,
      points: 0.5,
      atRisk: 1.5,
    });
  });

  it('holds a running cumulative figure to the pro-rated target, as the indicator status does', () => {
    const base = {
      target: 120,
      direction: IndicatorDirection.AT_LEAST,
      cumulative: true,
      asOfDate: '2022-08-01',
    };
    expect(expectedTarget({ ...base, period: { year: 2022, kind: 'HALF_YEAR', index: 1 } })).toBe(60);
    expect(expectedTarget({ ...base, period: { year: 2022, kind: 'QUARTER', index: 3 } })).toBe(90);
    expect(
      expectedTarget({ ...base, asOfDate: '2023-01-05', period: { year: 2022, kind: 'YEAR', index: 1 } }),
    ).toBe(120);
    expect(
      expectedTarget({ ...base, cumulative: false, period: { year: 2022, kind: 'QUARTER', index: 1 } }),
    ).toBe(120);
    expect(
      expectedTarget({ ...base, target: null, period: { year: 2022, kind: 'YEAR', index: 1 } }),
    ).toBeNull();
  });
});
