import fc from 'fast-check';
import { ParCriterionLevel as L, ParScoringMethod as M } from './par-index.enums';
import { checkFramework, ParFrameworkNode } from './par-framework-check';
import { computeParIndex } from './par-index-score';
import { fromHundredths, toHundredths } from './par-points';
import { bandOf, rankByIndex } from './par-ranking';

const methods = fc.constantFrom(M.MANUAL, M.DATA, M.SURVEY, M.BONUS, M.PENALTY);

/** Random frameworks: 1–6 areas of 1–5 criteria, maxima in hundredths, parents the sum of their children. */
const framework: fc.Arbitrary<{ nodes: ParFrameworkNode[]; total: number }> = fc
  .array(fc.array(fc.tuple(fc.integer({ min: 1, max: 2500 }), methods), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((areas) => {
    const nodes: ParFrameworkNode[] = [];
    let total = 0;
    areas.forEach((criteria, a) => {
      const areaCode = `${a + 1}`;
      const areaMax = criteria.reduce((sum, [max]) => sum + max, 0);
      nodes.push({
        code: areaCode,
        parentCode: null,
        level: L.AREA,
        maxPoints: fromHundredths(areaMax),
        method: null,
      });
      criteria.forEach(([max, method], c) => {
        const maxPoints = fromHundredths(max);
        const options =
          method === M.MANUAL
            ? [
                { label: 'Đạt', points: maxPoints },
                { label: 'Không đạt', points: 0 },
              ]
            : undefined;
        nodes.push({
          code: `${areaCode}.${c + 1}`,
          parentCode: areaCode,
          level: L.CRITERION,
          maxPoints,
          method,
          options,
        });
        if (method !== M.BONUS && method !== M.PENALTY) total += max;
      });
    });
    return { nodes, total: fromHundredths(total) };
  })
  .filter(({ total }) => total > 0);

const withPoints = framework.chain(({ nodes, total }) =>
  fc
    .array(fc.integer({ min: -500, max: 3000 }), { minLength: nodes.length, maxLength: nodes.length })
    .map((raw) => ({ nodes, total, points: new Map(nodes.map((n, i) => [n.code, fromHundredths(raw[i])])) })),
);

describe('PAR Index arithmetic (properties)', () => {
  it('a generated framework passes its own checks', () => {
    fc.assert(fc.property(framework, ({ nodes, total }) => checkFramework(nodes, total).length === 0));
  });

  it('the index lies in [0, 100] with at most two decimals, the maximum is the declared total', () => {
    fc.assert(
      fc.property(withPoints, ({ nodes, total, points }) => {
        const result = computeParIndex(nodes, points);
        expect(result.index).toBeGreaterThanOrEqual(0);
        expect(result.index).toBeLessThanOrEqual(100);
        expect(fromHundredths(toHundredths(result.index))).toBe(result.index);
        expect(result.maxPoints).toBe(total);
      }),
    );
  });

  it('area points add up to the scored points and no area exceeds its maximum', () => {
    fc.assert(
      fc.property(withPoints, ({ nodes, points }) => {
        const result = computeParIndex(nodes, points);
        const sum = result.areas.reduce((s, a) => s + toHundredths(a.points), 0);
        expect(sum).toBe(toHundredths(result.points));
        for (const area of result.areas) expect(area.points).toBeLessThanOrEqual(area.maxPoints);
      }),
    );
  });

  it('scoring a leaf higher never lowers the index', () => {
    fc.assert(
      fc.property(withPoints, fc.nat(), ({ nodes, points }, pick) => {
        const leaves = nodes.filter((n) => n.method !== null && n.method !== M.PENALTY);
        if (leaves.length === 0) return;
        const leaf = leaves[pick % leaves.length];
        const better = new Map(points);
        better.set(leaf.code, (points.get(leaf.code) ?? 0) + 1);
        expect(computeParIndex(nodes, better).index).toBeGreaterThanOrEqual(
          computeParIndex(nodes, points).index,
        );
      }),
    );
  });

  it('ranks: equal indices share a rank, a better index never ranks lower, ranks count those strictly ahead', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 40 }), (raw) => {
        const indices = raw.map(fromHundredths);
        const ranked = rankByIndex(indices, (x) => x);
        for (const { item, rank } of ranked) {
          expect(rank).toBe(1 + indices.filter((other) => other > item).length);
        }
      }),
    );
  });

  it('bands: a higher index is never in a lower band', () => {
    const bands = [
      { code: 'A', label: 'A', minIndex: 90 },
      { code: 'B', label: 'B', minIndex: 80 },
      { code: 'C', label: 'C', minIndex: 70 },
      { code: 'D', label: 'D', minIndex: 0 },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)].map(fromHundredths);
        expect(bandOf(bands, high)?.minIndex ?? 0).toBeGreaterThanOrEqual(bandOf(bands, low)?.minIndex ?? 0);
      }),
    );
  });
});
