import fc from 'fast-check';
import { appraisalNeedsReason, finalPoints, pointsDiffer } from './par-appraisal.rules';
import {
  checkDataRule,
  dataRulePoints,
  onTimeShare,
  ParDataSource,
  ParProvisionalSource,
} from './par-data-rules';
import { ParScoringMethod } from './par-index.enums';
import { gainOfOneMore, provisionalPoints } from './par-provisional';
import { pointsForFigure } from './par-scale';
import { fromHundredths } from './par-points';

const points = fc.integer({ min: 0, max: 1000 }).map(fromHundredths);
const thresholds = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 10000 }), points), {
  minLength: 1,
  maxLength: 6,
  selector: ([percent]) => percent,
});
const counts = fc
  .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }))
  .map(([a, b]) => ({ total: Math.max(a, b), onTime: Math.min(a, b) }));

describe('PAR data rules', () => {
  it('shares lie in [0, 100] and nothing due counts as all on time', () => {
    fc.assert(
      fc.property(counts, ({ total, onTime }) => {
        const share = onTimeShare(onTime, total);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(100);
        if (total === 0) expect(share).toBe(100);
        if (onTime === total) expect(share).toBe(100);
      }),
    );
  });

  it('gives the points of the highest threshold reached, never more for a lower share when points rise', () => {
    fc.assert(
      fc.property(
        thresholds,
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (raw, a, b) => {
          // Thresholds that pay more the higher they are, as every real scale does.
          const sorted = raw.map(([p]) => p).sort((x, y) => x - y);
          const pays = raw.map(([, pts]) => pts).sort((x, y) => x - y);
          const scale = sorted.map((p, i) => ({ atLeast: p / 100, points: pays[i] }));
          const [low, high] = [Math.min(a, b) / 100, Math.max(a, b) / 100];
          expect(pointsForFigure(scale, low)).toBeLessThanOrEqual(pointsForFigure(scale, high));
          const reached = scale.filter((t) => t.atLeast <= high);
          expect(pointsForFigure(scale, high)).toBe(reached.length ? reached[reached.length - 1].points : 0);
        },
      ),
    );
  });

  it("checks the source's parameter: an indicator code exactly for indicators, an area only for tasks", () => {
    const thresholds = [{ atLeast: 100, points: 1 }];
    const check = (rule: { source: ParDataSource; areaCode?: string; indicatorCode?: string | null }) =>
      checkDataRule({ ...rule, thresholds }, 1);
    expect(check({ source: ParDataSource.INDICATOR_TARGET, indicatorCode: 'CT-01' })).toEqual([]);
    expect(check({ source: ParDataSource.INDICATOR_TARGET })).toEqual([{ kind: 'indicatorCodeMissing' }]);
    expect(check({ source: ParDataSource.INDICATOR_TARGET, indicatorCode: '  ' })).toEqual([
      { kind: 'indicatorCodeMissing' },
    ]);
    expect(check({ source: ParDataSource.INDICATOR_TARGET, indicatorCode: 'CT-01', areaCode: 'I' })).toEqual([
      { kind: 'areaNotTasks' },
    ]);
    expect(check({ source: ParDataSource.TASKS_ON_TIME, areaCode: 'I' })).toEqual([]);
    expect(check({ source: ParDataSource.REPORTS_ON_TIME, areaCode: 'I' })).toEqual([
      { kind: 'areaNotTasks' },
    ]);
    expect(check({ source: ParDataSource.TASKS_ON_TIME, indicatorCode: 'CT-01' })).toEqual([
      { kind: 'indicatorCodeNotIndicator' },
    ]);
  });

  it('checks thresholds: in range, distinct, within the maximum', () => {
    const rule = (list: { atLeast: number; points: number }[]) => ({
      source: ParDataSource.TASKS_ON_TIME,
      thresholds: list,
    });
    expect(checkDataRule(rule([]), 1)).toEqual([{ kind: 'noThresholds' }]);
    expect(
      checkDataRule(
        rule([
          { atLeast: 100, points: 1 },
          { atLeast: 100, points: 0.5 },
          { atLeast: 120, points: 0 },
          { atLeast: 50, points: 2 },
          { atLeast: 10, points: 0.333 },
        ]),
        1,
      ),
    ).toEqual([
      { kind: 'duplicatePercent', index: 1 },
      { kind: 'percentOutOfRange', index: 2 },
      { kind: 'aboveMaximum', index: 3 },
      { kind: 'invalidPoints', index: 4 },
    ]);
    expect(
      dataRulePoints(
        rule([
          { atLeast: 100, points: 1 },
          { atLeast: 80, points: 0.5 },
        ]),
        { total: 10, onTime: 8 },
      ),
    ).toEqual({ share: 80, points: 0.5 });
  });
});

describe('PAR appraisal rules', () => {
  it('asks a reason exactly when a self-scored item is appraised differently', () => {
    fc.assert(
      fc.property(fc.option(points, { nil: null }), points, fc.boolean(), (self, appraised, selfScored) => {
        expect(appraisalNeedsReason(selfScored, self, appraised)).toBe(
          selfScored && (self === null || Math.round(self * 100) !== Math.round(appraised * 100)),
        );
        expect(pointsDiffer(appraised, appraised)).toBe(false);
      }),
    );
  });

  it('counts the second appraisal when there is one, else the first', () => {
    fc.assert(
      fc.property(fc.option(points, { nil: null }), fc.option(points, { nil: null }), (first, second) => {
        expect(finalPoints({ appraisedPoints: first, reappraisedPoints: second })).toBe(second ?? first);
      }),
    );
  });
});

describe('PAR provisional points', () => {
  const rule = {
    source: ParDataSource.TASKS_ON_TIME,
    thresholds: [
      { atLeast: 100, points: 2 },
      { atLeast: 80, points: 1 },
      { atLeast: 50, points: 0.5 },
    ],
  };
  const leaf = (counts: { total: number; onTime: number }) => ({
    method: ParScoringMethod.DATA,
    maxPoints: 2,
    dataRule: rule,
    counts,
    final: null,
    self: 1,
    lastYear: 2,
  });

  it('reads DATA items from their records: within [0, max], never lower with more on time', () => {
    fc.assert(
      fc.property(counts, ({ total, onTime }) => {
        const now = provisionalPoints(leaf({ total, onTime }));
        expect(now.source).toBe(ParProvisionalSource.COMPUTED);
        expect(now.points).toBeGreaterThanOrEqual(0);
        expect(now.points).toBeLessThanOrEqual(2);
        expect(now.points + now.atRisk).toBeCloseTo(2, 10);
        const more = provisionalPoints(leaf({ total, onTime: Math.min(onTime + 1, total) }));
        expect(more.points).toBeGreaterThanOrEqual(now.points);
        expect(gainOfOneMore(leaf({ total, onTime }))).toBeCloseTo(more.points - now.points, 10);
      }),
    );
  });

  it('takes the council, then the agency, then last year, else 0 for the other items', () => {
    const manual = { method: ParScoringMethod.MANUAL, maxPoints: 1, final: null, self: null, lastYear: null };
    expect(provisionalPoints({ ...manual, final: 0.5, self: 1, lastYear: 0 })).toMatchObject({
      points: 0.5,
      source: ParProvisionalSource.APPRAISED,
    });
    expect(provisionalPoints({ ...manual, self: 1, lastYear: 0 }).source).toBe(ParProvisionalSource.SELF);
    expect(provisionalPoints({ ...manual, lastYear: 3 })).toMatchObject({
      points: 1,
      source: ParProvisionalSource.LAST_YEAR,
    });
    expect(provisionalPoints(manual)).toEqual({
      points: 0,
      source: ParProvisionalSource.NONE,
      share: null,
      atRisk: 0,
    });
  });
});
