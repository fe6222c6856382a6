import { AgencyLevel } from '../agency/agency.enums';
import { computeInspectionCoverage } from './inspection-coverage';
import { InspectionReasonCode } from './inspection.enums';
import {
  InspectionCandidate,
  proposeInspectionSample,
  requiredInspections,
  scoreInspectionCandidate,
} from './inspection-sampling';

function agency(id: string, over: Partial<InspectionCandidate> = {}): InspectionCandidate {
  return {
    id,
    name: `Agency ${id}`,
    level: AgencyLevel.PROVINCE,
    lastInspectedYear: 2021,
    parIndex: null,
    overdueTasks: 0,
    ...over,
  };
}

describe('inspection sampling', () => {
  it('rounds the required count up', () => {
    expect(requiredInspections(10, 30)).toBe(3);
    expect(requiredInspections(11, 30)).toBe(4);
    expect(requiredInspections(19, 30)).toBe(6);
    expect(requiredInspections(0, 30)).toBe(0);
    expect(requiredInspections(7, 100)).toBe(7);
  });

  it('names every reason with its points', () => {
    const scored = scoreInspectionCandidate(
      agency('a', { lastInspectedYear: 2019, parIndex: 72.5, overdueTasks: 4 }),
      2022,
    );
    expect(scored.reasons).toEqual([
      { code: InspectionReasonCode.NOT_INSPECTED_SINCE, year: 2019, value: null, count: null, points: 30 },
      { code: InspectionReasonCode.LOW_PAR_INDEX, year: null, value: 72.5, count: null, points: 7.5 },
      { code: InspectionReasonCode.OVERDUE_TASKS, year: null, value: null, count: 4, points: 12 },
    ]);
    expect(scored.score).toBe(49.5);
    expect(scoreInspectionCandidate(agency('b', { lastInspectedYear: null }), 2022).reasons[0].code).toBe(
      InspectionReasonCode.NEVER_INSPECTED,
    );
  });

  it('caps each reason so none dominates', () => {
    const scored = scoreInspectionCandidate(
      agency('a', { lastInspectedYear: 2000, parIndex: 10, overdueTasks: 500 }),
      2022,
    );
    expect(scored.reasons.map((r) => r.points)).toEqual([40, 30, 30]);
  });

  it('proposes per level, best first, and says why a plain choice was made', () => {
    const proposal = proposeInspectionSample(
      [
        agency('p1', { lastInspectedYear: 2022 }),
        agency('p2', { lastInspectedYear: null }),
        agency('p3', { lastInspectedYear: 2022, overdueTasks: 2 }),
        agency('d1', { level: AgencyLevel.DISTRICT, lastInspectedYear: 2022 }),
        agency('d2', { level: AgencyLevel.DISTRICT, lastInspectedYear: 2022 }),
      ],
      { year: 2022, coverageByLevel: { [AgencyLevel.DISTRICT]: 50 } },
    );
    expect(proposal.map((l) => [l.level, l.agencies, l.coverage, l.required])).toEqual([
      [AgencyLevel.PROVINCE, 3, 30, 1],
      [AgencyLevel.DISTRICT, 2, 50, 1],
    ]);
    expect(proposal[0].chosen.map((c) => c.candidate.id)).toEqual(['p2']);
    // Equal scores: by name, and a choice without reasons is made to reach coverage
    expect(proposal[1].chosen[0].candidate.id).toBe('d1');
    expect(proposal[1].chosen[0].reasons.map((r) => r.code)).toEqual([
      InspectionReasonCode.TO_REACH_COVERAGE,
    ]);
  });

  it('computes coverage per level and in total', () => {
    const coverage = computeInspectionCoverage(
      [
        { id: 'a', level: AgencyLevel.PROVINCE },
        { id: 'b', level: AgencyLevel.PROVINCE },
        { id: 'c', level: AgencyLevel.PROVINCE },
        { id: 'd', level: AgencyLevel.DISTRICT },
      ],
      ['a', 'a', 'd', 'elsewhere'],
    );
    expect(coverage.levels).toEqual([
      { level: AgencyLevel.PROVINCE, agencies: 3, inspected: 1, percent: 33.33 },
      { level: AgencyLevel.DISTRICT, agencies: 1, inspected: 1, percent: 100 },
    ]);
    expect(coverage.total).toEqual({ level: null, agencies: 4, inspected: 2, percent: 50 });
  });
});
