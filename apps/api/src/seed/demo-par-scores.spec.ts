import {
  appraisalNeedsReason,
  appraisalProblem,
  bandOf,
  computeParIndex,
  finalPoints,
  isSelfScored,
  ParFrameworkDefinition,
  ParScoringMethod,
  pointsProblem,
  selfScoreProblem,
} from '@partrack/shared';
import { DemoLeaf, demoFinalScores, demoTiers, LATE_PENALTY_CODE } from './demo-par-scores';
import { PAR_SAMPLE_FRAMEWORKS } from './par-sample-frameworks';

function leavesOf(framework: ParFrameworkDefinition): DemoLeaf[] {
  const parents = new Set(framework.criteria.map((c) => c.parentCode));
  return framework.criteria
    .filter((c) => !parents.has(c.code) && c.method !== null)
    .map((c) => ({
      id: c.code,
      code: c.code,
      method: c.method!,
      maxPoints: c.maxPoints,
      options: c.options ?? null,
      dataRule: c.dataRule ?? null,
    }));
}

/** As many agencies as the demo province has departments and sector branches. */
const KEYS = Array.from({ length: 27 }, (_, i) => `DEPT-${i}`);

describe('demo PAR Index scores', () => {
  const [framework] = PAR_SAMPLE_FRAMEWORKS;
  const leaves = leavesOf(framework);
  const byCode = new Map(framework.criteria.map((c) => [c.code, c]));
  const tiers = demoTiers(KEYS);
  const scored = KEYS.map((key) => ({
    key,
    scores: demoFinalScores(leaves, key, tiers.get(key)!, { late: key === 'DEPT-3', year: 2022 }),
  }));
  const all = scored.flatMap((s) => s.scores);

  it('is deterministic', () => {
    expect(demoFinalScores(leaves, 'DEPT-1', 'B', { late: false, year: 2022 })).toEqual(
      demoFinalScores(leaves, 'DEPT-1', 'B', { late: false, year: 2022 }),
    );
  });

  it('gives tiers from A to D in every group', () => {
    expect(new Set(tiers.values())).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect([...tiers.values()].filter((t) => t === 'B').length).toBeGreaterThan(5);
  });

  it('keeps every score valid: self-scores only where the agency scores, options of the scale, reasons', () => {
    for (const score of all) {
      const item = byCode.get(score.criterionId)!;
      const self = isSelfScored(item.method);
      expect(score.selfPoints === null).toBe(!self);
      if (score.selfPoints !== null) expect(selfScoreProblem(item, score.selfPoints)).toBeNull();
      // Survey points come from the survey import, which keeps them within the maximum like any score.
      const problem =
        item.method === ParScoringMethod.SURVEY
          ? pointsProblem(item, score.appraisedPoints!)
          : appraisalProblem(item, score.appraisedPoints!);
      expect(problem).toBeNull();
      if (appraisalNeedsReason(self, score.selfPoints, score.appraisedPoints!))
        expect(score.appraisalReason).toBeTruthy();
      expect(score.explanation === null).toBe(score.reappraisedPoints === null);
      expect(score.explanation === null).toBe(score.reappraisalAnswer === null);
      if (score.reappraisedPoints !== null)
        expect([score.selfPoints, score.appraisedPoints]).toContain(score.reappraisedPoints);
    }
  });

  it('scores most items full, cuts about one in eight, explains a few and accepts some back', () => {
    const manual = all.filter((s) => byCode.get(s.criterionId)!.method === ParScoringMethod.MANUAL);
    const full = manual.filter((s) => s.selfPoints === byCode.get(s.criterionId)!.maxPoints);
    expect(full.length / manual.length).toBeGreaterThan(0.8);
    const cut = manual.filter((s) => s.appraisedPoints! < s.selfPoints!);
    expect(cut.length / manual.length).toBeGreaterThan(0.08);
    expect(cut.length / manual.length).toBeLessThan(0.16);
    const explained = all.filter((s) => s.explanation);
    expect(explained.length).toBeGreaterThan(10);
    expect(explained.some((s) => s.reappraisedPoints === s.selfPoints)).toBe(true);
    expect(explained.some((s) => s.reappraisedPoints === s.appraisedPoints)).toBe(true);
  });

  it('gives survey points of 75–92 % and penalises the late submission', () => {
    for (const score of all.filter((s) => byCode.get(s.criterionId)!.method === ParScoringMethod.SURVEY)) {
      const share = (score.appraisedPoints! / byCode.get(score.criterionId)!.maxPoints) * 100;
      expect(share).toBeGreaterThanOrEqual(74.9);
      expect(share).toBeLessThanOrEqual(92.1);
    }
    const late = scored
      .find((s) => s.key === 'DEPT-3')!
      .scores.find((s) => s.criterionId === LATE_PENALTY_CODE)!;
    expect(late).toMatchObject({ selfPoints: 0, appraisedPoints: 1 });
    expect(late.appraisalReason).toContain('chậm');
  });

  it('spreads the indices over the bands A to D', () => {
    const bands = scored.map(({ scores }) => {
      const points = new Map(scores.map((s) => [s.criterionId, finalPoints(s) ?? 0]));
      return bandOf(framework.bands, computeParIndex(framework.criteria, points).index)?.code;
    });
    expect(new Set(bands)).toEqual(new Set(['A', 'B', 'C', 'D']));
  });
});
