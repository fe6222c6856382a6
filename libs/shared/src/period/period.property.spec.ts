import fc from 'fast-check';
import { addDays } from './calendar-day.util';
import {
  comparePeriods,
  nextPeriod,
  periodContains,
  periodEnd,
  periodOfDate,
  periodStart,
  periodsOf,
  previousPeriod,
  samePeriod,
} from './period-calendar';
import { formatPeriod, parsePeriod } from './period-format';
import { Period, PERIOD_KINDS, PeriodKind } from './period.types';

const kind = fc.constantFrom<PeriodKind>(...PERIOD_KINDS);
const period: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: 1001, max: 9998 }), kind, fc.nat())
  .map(([year, k, n]) => {
    const all = periodsOf(year, k);
    return all[n % all.length];
  });
// Nearby years make containment and equal starts common enough to exercise.
const closePeriods = fc.integer({ min: 2019, max: 2022 }).chain((year) =>
  fc.tuple(
    ...[0, 1, 2].map(() =>
      fc.tuple(fc.constantFrom(year, year + 1), kind, fc.nat()).map(([y, k, n]) => {
        const all = periodsOf(y, k);
        return all[n % all.length];
      }),
    ),
  ),
);
const date = fc
  .integer({ min: 0, max: 40_000 })
  .map((days) => addDays('1970-01-01', days))
  .filter((d) => d >= '1001-01-01');

describe('period properties', () => {
  it('parse(format(p)) = p', () => {
    fc.assert(fc.property(period, (p) => expect(parsePeriod(formatPeriod(p))).toEqual(p)));
  });

  it('a period contains itself and compares equal only to itself', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(periodContains(a, a)).toBe(true);
        expect(comparePeriods(a, a)).toBe(0);
        expect(comparePeriods(a, b) === 0).toBe(samePeriod(a, b));
      }),
    );
  });

  it('containment implies start and end within, and is antisymmetric and transitive', () => {
    fc.assert(
      fc.property(closePeriods, ([a, b, c]) => {
        if (periodContains(a, b)) {
          expect(periodStart(a) <= periodStart(b) && periodEnd(b) <= periodEnd(a)).toBe(true);
          // A container starting earlier sorts first; one starting on the same day is longer, so sorts after.
          expect(comparePeriods(a, b) >= 0).toBe(periodStart(a) === periodStart(b));
          if (periodContains(b, a)) expect(samePeriod(a, b)).toBe(true);
          if (periodContains(b, c)) expect(periodContains(a, c)).toBe(true);
        }
      }),
    );
  });

  it('ordering is antisymmetric, transitive and consistent with start dates', () => {
    fc.assert(
      fc.property(closePeriods, ([a, b, c]) => {
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) {
          expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
        }
        if (periodStart(a) < periodStart(b)) expect(comparePeriods(a, b)).toBeLessThan(0);
      }),
    );
  });

  it('next and previous are inverse, adjacent and ordered', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(addDays(periodEnd(p), 1)).toBe(periodStart(nextPeriod(p)));
        expect(comparePeriods(p, nextPeriod(p))).toBeLessThan(0);
      }),
    );
  });

  it('the period of a date contains it, and the year contains each of its periods', () => {
    fc.assert(
      fc.property(date, kind, (d, k) => {
        const p = periodOfDate(d, k);
        expect(periodStart(p) <= d && d <= periodEnd(p)).toBe(true);
        expect(periodContains(periodOfDate(d, 'YEAR'), p)).toBe(true);
        expect(periodContains(p, periodOfDate(d, 'QUARTER'))).toBe(true);
      }),
    );
  });
});
