import {
  checkFramework,
  DEFAULT_PAR_BANDS,
  ParCriterionLevel,
  ParFrameworkDefinition,
  ParScoringMethod,
  ParTargetGroup,
  scoredMaximum,
  sumPoints,
} from '@partrack/shared';
import { PAR_SAMPLE_FRAMEWORKS } from './par-sample-frameworks';

const leavesOf = (framework: ParFrameworkDefinition) => {
  const parents = new Set(framework.criteria.map((c) => c.parentCode));
  return framework.criteria.filter((c) => !parents.has(c.code));
};

describe('PAR_SAMPLE_FRAMEWORKS', () => {
  it('ships one sample for departments and one for districts', () => {
    expect(PAR_SAMPLE_FRAMEWORKS.map((f) => f.targetGroup)).toEqual([
      ParTargetGroup.DEPARTMENT,
      ParTargetGroup.DISTRICT,
    ]);
  });

  describe.each(PAR_SAMPLE_FRAMEWORKS.map((f) => [f.name, f] as const))('%s', (name, framework) => {
    const { criteria } = framework;

    it('passes the framework checks and scores 100 points', () => {
      expect(checkFramework(criteria, framework.totalPoints)).toEqual([]);
      expect(framework.totalPoints).toBe(100);
      expect(scoredMaximum(criteria)).toBe(100);
      expect(framework.bands).toEqual(DEFAULT_PAR_BANDS);
    });

    it('is named as a sample', () => {
      expect(name).toContain('mẫu');
    });

    it('has no duplicated code', () => {
      const codes = criteria.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('has 9 areas, the last one holding only bonus and penalty leaves', () => {
      const areas = criteria.filter((c) => c.level === ParCriterionLevel.AREA);
      expect(areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
      const lastAreaLeaves = leavesOf(framework).filter((l) => l.code.startsWith('9.'));
      expect(lastAreaLeaves.length).toBeGreaterThan(0);
      for (const leaf of lastAreaLeaves)
        expect([ParScoringMethod.BONUS, ParScoringMethod.PENALTY]).toContain(leaf.method);
      expect(lastAreaLeaves.map((l) => l.method)).toEqual(
        expect.arrayContaining([ParScoringMethod.BONUS, ParScoringMethod.PENALTY]),
      );
    });

    it('has between 30 and 40 criteria', () => {
      const count = criteria.filter((c) => c.level === ParCriterionLevel.CRITERION).length;
      expect(count).toBeGreaterThanOrEqual(30);
      expect(count).toBeLessThanOrEqual(40);
    });

    it('draws between 25 and 35 points from surveys', () => {
      const surveyPoints = sumPoints(
        criteria.filter((c) => c.method === ParScoringMethod.SURVEY).map((c) => c.maxPoints),
      );
      expect(surveyPoints).toBeGreaterThanOrEqual(25);
      expect(surveyPoints).toBeLessThanOrEqual(35);
    });

    it('has at least 3 DATA leaves', () => {
      expect(criteria.filter((c) => c.method === ParScoringMethod.DATA).length).toBeGreaterThanOrEqual(3);
    });

    it('sets a method on every leaf and on no item with children', () => {
      const leaves = new Set(leavesOf(framework));
      expect(criteria.filter((c) => leaves.has(c) === (c.method === null)).map((c) => c.code)).toEqual([]);
    });

    it('gives every MANUAL leaf a scale', () => {
      const withoutScale = criteria.filter(
        (c) => c.method === ParScoringMethod.MANUAL && (c.options?.length ?? 0) < 2,
      );
      expect(withoutScale.map((c) => c.code)).toEqual([]);
    });

    it('writes its text in composed (NFC) Vietnamese', () => {
      const texts = [
        name,
        ...criteria.flatMap((c) => [c.title, c.guidance ?? '', ...(c.options ?? []).map((o) => o.label)]),
      ];
      expect(texts.filter((t) => t !== t.normalize('NFC'))).toEqual([]);
    });
  });
});
