import fc from 'fast-check';
import { AgencyLevel } from '../agency/agency.enums';
import { computeInspectionCoverage } from './inspection-coverage';
import {
  InspectionCandidate,
  proposeInspectionSample,
  scoreInspectionCandidate,
} from './inspection-sampling';

const YEAR = 2024;
const level = fc.constantFrom(AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE);
const candidate = fc.record({
  id: fc.uuid(),
  name: fc.string({ maxLength: 6 }),
  level,
  lastInspectedYear: fc.option(fc.integer({ min: 2015, max: YEAR }), { nil: null }),
  parIndex: fc.option(
    fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
    { nil: null },
  ),
  overdueTasks: fc.nat({ max: 20 }),
});
const candidates = fc.array(candidate, { maxLength: 60 });
const coverage = fc.integer({ min: 0, max: 100 });

function countByLevel(all: readonly InspectionCandidate[]): Map<AgencyLevel, number> {
  const ids = new Map(all.map((c) => [c.id, c.level] as const));
  const counts = new Map<AgencyLevel, number>();
  for (const l of ids.values()) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

describe('inspection sampling (properties)', () => {
  it('meets each level’s coverage exactly: ceil(agencies × target ÷ 100)', () => {
    fc.assert(
      fc.property(candidates, coverage, coverage, (all, province, others) => {
        const proposal = proposeInspectionSample(all, {
          year: YEAR,
          coverageByLevel: { [AgencyLevel.PROVINCE]: province },
          defaultCoverage: others,
        });
        const counts = countByLevel(all);
        expect(proposal.map((l) => l.level).sort()).toEqual([...counts.keys()].sort());
        for (const l of proposal) {
          const target = l.level === AgencyLevel.PROVINCE ? province : others;
          const n = counts.get(l.level) ?? 0;
          expect(l.agencies).toBe(n);
          expect(l.chosen).toHaveLength(Math.ceil((n * target) / 100 - 1e-9));
          expect(l.chosen.length * 100).toBeGreaterThanOrEqual(n * target);
          for (const c of l.chosen) {
            expect(c.candidate.level).toBe(l.level);
            expect(c.reasons.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('never picks an agency twice and does not depend on the input order', () => {
    fc.assert(
      fc.property(candidates, coverage, (all, target) => {
        const ids = (list: readonly InspectionCandidate[]) =>
          proposeInspectionSample(list, { year: YEAR, defaultCoverage: target }).flatMap((l) =>
            l.chosen.map((c) => c.candidate.id),
          );
        const chosen = ids(all);
        expect(new Set(chosen).size).toBe(chosen.length);
        // Candidates sharing an id keep the first one listed; reversing keeps the others comparable
        const unique = [...new Map(all.map((c) => [c.id, c] as const)).values()];
        expect(ids([...unique].reverse())).toEqual(ids(unique));
      }),
    );
  });

  it('prefers a never-inspected agency over one inspected last year, all else equal', () => {
    fc.assert(
      fc.property(candidate, fc.uuid(), fc.integer({ min: 1, max: 100 }), (base, otherId, target) => {
        fc.pre(otherId !== base.id);
        const never = { ...base, lastInspectedYear: null };
        const lastYear = { ...base, id: otherId, lastInspectedYear: YEAR - 1 };
        expect(scoreInspectionCandidate(never, YEAR).score).toBeGreaterThan(
          scoreInspectionCandidate(lastYear, YEAR).score,
        );
        // With room for one of the two, the never-inspected one is chosen, whichever id sorts first
        const proposal = proposeInspectionSample([lastYear, never], {
          year: YEAR,
          defaultCoverage: Math.min(target, 50),
        });
        expect(proposal[0].chosen[0].candidate.id).toBe(never.id);
      }),
    );
  });

  it('keeps coverage in [0, 100] with two decimals, the total consistent with the levels', () => {
    fc.assert(
      fc.property(
        candidates,
        fc.array(fc.uuid(), { maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (all, strangers, share) => {
          const inspected = [...all.slice(0, Math.floor(all.length * share)).map((c) => c.id), ...strangers];
          const result = computeInspectionCoverage(all, inspected);
          for (const line of [...result.levels, result.total]) {
            expect(line.percent).toBeGreaterThanOrEqual(0);
            expect(line.percent).toBeLessThanOrEqual(100);
            expect(Math.abs(line.percent * 100 - Math.round(line.percent * 100))).toBeLessThan(1e-6);
            expect(line.inspected).toBeLessThanOrEqual(line.agencies);
          }
          expect(result.total.agencies).toBe(result.levels.reduce((s, l) => s + l.agencies, 0));
          expect(result.total.inspected).toBe(result.levels.reduce((s, l) => s + l.inspected, 0));
        },
      ),
    );
  });
});
