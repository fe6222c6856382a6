import fc from 'fast-check';
import { endsWithYear, periodsOf } from '../period/period-calendar';
import { Period, PERIOD_KINDS } from '../period/period.types';
import { IndicatorDirection, IndicatorStatus } from './indicator.enums';
import { indicatorStatus } from './status-rule';

const RANK_OF: Record<IndicatorStatus, number> = {
  NO_DATA: -1,
  OFF_TRACK: 0,
  AT_RISK: 1,
  ON_TRACK: 2,
  ACHIEVED: 2,
};

const period: fc.Arbitrary<Period> = fc
  .tuple(fc.constantFrom(...PERIOD_KINDS), fc.nat())
  .map(([kind, n]) => periodsOf(2022, kind)[n % periodsOf(2022, kind).length]);
const amount = fc.double({ min: 0, max: 1000, noNaN: true });
const direction = fc.constantFrom(IndicatorDirection.AT_LEAST, IndicatorDirection.AT_MOST);

describe('indicatorStatus properties', () => {
  it('a better value never gets a worse status', () => {
    fc.assert(
      fc.property(
        direction,
        amount,
        amount,
        amount,
        period,
        fc.boolean(),
        (dir, target, a, b, p, cumulative) => {
          const [worse, better] =
            dir === IndicatorDirection.AT_LEAST
              ? [Math.min(a, b), Math.max(a, b)]
              : [Math.max(a, b), Math.min(a, b)];
          const of = (value: number) =>
            RANK_OF[indicatorStatus({ direction: dir, target, value, period: p, cumulative })];
          expect(of(better)).toBeGreaterThanOrEqual(of(worse));
        },
      ),
    );
  });

  it('ACHIEVED only for a figure covering the year, ON_TRACK only for one that does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(IndicatorDirection)),
        amount,
        amount,
        period,
        fc.boolean(),
        (dir, target, value, p, cumulative) => {
          const result = indicatorStatus({ direction: dir, target, value, period: p, cumulative });
          if (result === IndicatorStatus.ACHIEVED) expect(endsWithYear(p)).toBe(true);
          if (result === IndicatorStatus.ON_TRACK) expect(endsWithYear(p)).toBe(false);
          expect(result).not.toBe(IndicatorStatus.NO_DATA);
        },
      ),
    );
  });
});
