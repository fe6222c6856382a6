import fc from 'fast-check';
import { IndicatorAggregation, IndicatorUnit } from './indicator.enums';
import { aggregate, RollupInput } from './rollup';

const { RATIO, SUM } = IndicatorAggregation;

/** An agency's share: denominator ≥ 1 so its own ratio exists. Integers keep every sum exact. */
const share = fc
  .integer({ min: 1, max: 5_000 })
  .chain((denominator) =>
    fc.integer({ min: 0, max: denominator }).map((numerator) => ({ numerator, denominator })),
  );
const shares = fc.array(share, { minLength: 1, maxLength: 30 });
const maybe = (n: fc.Arbitrary<number>): fc.Arbitrary<number | null | undefined> =>
  fc.oneof({ weight: 4, arbitrary: n }, fc.constant(null), fc.constant(undefined));
const input: fc.Arbitrary<RollupInput> = fc.record({
  value: maybe(fc.integer({ min: -1_000_000, max: 1_000_000 })),
  numerator: maybe(fc.integer({ min: 0, max: 10_000 })),
  denominator: maybe(fc.integer({ min: 0, max: 10_000 })),
});
const aggregation = fc.constantFrom(...Object.values(IndicatorAggregation));

function percent(n: number, d: number): number {
  return (n / d) * 100;
}

function meanOfRatios(list: { numerator: number; denominator: number }[]): number {
  return list.reduce((total, s) => total + percent(s.numerator, s.denominator), 0) / list.length;
}

describe('aggregate properties', () => {
  it('RATIO equals the mean of the agencies’ ratios weighted by their denominators', () => {
    fc.assert(
      fc.property(shares, (list) => {
        const weight = list.reduce((total, s) => total + s.denominator, 0);
        const weighted =
          list.reduce((total, s) => total + s.denominator * percent(s.numerator, s.denominator), 0) / weight;
        const value = aggregate(RATIO, list).value ?? Number.NaN;
        expect(Math.abs(value - weighted)).toBeLessThan(1e-9);
      }),
    );
  });

  it('RATIO differs from the plain mean of ratios: a constructed counterexample', () => {
    // A commune handled its only dossier online (100%), a city none of its 99 (0%).
    const list = [
      { numerator: 1, denominator: 1 },
      { numerator: 0, denominator: 99 },
    ];
    expect(meanOfRatios(list)).toBe(50);
    expect(aggregate(RATIO, list).value).toBe(1);
  });

  it('RATIO differs from the plain mean of ratios: fast-check finds a counterexample', () => {
    const claim = fc.property(shares, (list) => {
      const value = aggregate(RATIO, list).value ?? Number.NaN;
      return Math.abs(value - meanOfRatios(list)) < 1e-9;
    });
    const details = fc.check(claim);
    expect(details.failed).toBe(true);
    const [list] = details.counterexample ?? [[]];
    expect(Math.abs((aggregate(RATIO, list).value ?? 0) - meanOfRatios(list))).toBeGreaterThan(1e-9);
  });

  it('RATIO equals the mean of ratios when every denominator is the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.nat(), { minLength: 1 }),
        (d, numerators) => {
          const list = numerators.map((n) => ({ numerator: n % (d + 1), denominator: d }));
          expect(aggregate(RATIO, list).value).toBeCloseTo(meanOfRatios(list), 9);
        },
      ),
    );
  });

  it('does not depend on the order of the inputs', () => {
    const listAndShuffle = fc
      .array(input, { maxLength: 25 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(aggregation, listAndShuffle, (agg, [list, shuffled]) => {
        expect(aggregate(agg, shuffled, IndicatorUnit.COUNT)).toEqual(
          aggregate(agg, list, IndicatorUnit.COUNT),
        );
      }),
    );
  });

  it('AVERAGE does not depend on order for fractional values either (up to rounding)', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(values, (list) => {
        const inputs = list.map((value) => ({ value }));
        const reversed = [...inputs].reverse();
        const a = aggregate(IndicatorAggregation.AVERAGE, inputs).value ?? Number.NaN;
        const b = aggregate(IndicatorAggregation.AVERAGE, reversed).value ?? Number.NaN;
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6);
      }),
    );
  });

  it('SUM of the parts’ sums = SUM of the whole, with counts adding up', () => {
    fc.assert(
      fc.property(fc.array(input), fc.nat(), (list, cut) => {
        const at = list.length === 0 ? 0 : cut % (list.length + 1);
        const left = aggregate(SUM, list.slice(0, at));
        const right = aggregate(SUM, list.slice(at));
        const whole = aggregate(SUM, list);
        expect(aggregate(SUM, [left, right]).value).toBe(whole.value);
        expect(left.count + right.count).toBe(whole.count);
      }),
    );
  });

  it('RATIO of the parts’ rollups = RATIO of the whole (a province from its districts)', () => {
    fc.assert(
      fc.property(fc.array(input), fc.nat(), (list, cut) => {
        const at = list.length === 0 ? 0 : cut % (list.length + 1);
        const parts = [aggregate(RATIO, list.slice(0, at)), aggregate(RATIO, list.slice(at))];
        const whole = aggregate(RATIO, list);
        const rolled = aggregate(RATIO, parts);
        expect(rolled.value).toBe(whole.value);
        expect(rolled.numerator).toBe(whole.numerator);
        expect(rolled.denominator).toBe(whole.denominator);
      }),
    );
  });
});
