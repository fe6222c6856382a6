import { AgencyKind as K, AgencyLevel as L } from '../agency/agency.enums';
import { isSelfScored, parTargetGroupOf, selfScoreProblem } from './par-assessment.rules';
import { ParScoringMethod as M, ParTargetGroup as G } from './par-index.enums';

describe('parTargetGroupOf', () => {
  it('puts each kind of agency in its group, and others in none', () => {
    const of = (parentId: string | null, kind: K, level: L) => parTargetGroupOf({ parentId, kind, level });
    expect(of(null, K.PEOPLES_COMMITTEE, L.PROVINCE)).toBe(G.PROVINCE);
    expect(of('p', K.DEPARTMENT, L.PROVINCE)).toBe(G.DEPARTMENT);
    expect(of('p', K.SECTOR_BRANCH, L.PROVINCE)).toBe(G.DEPARTMENT);
    expect(of('p', K.PUBLIC_SERVICE_UNIT, L.PROVINCE)).toBeNull();
    expect(of('p', K.PEOPLES_COMMITTEE, L.DISTRICT)).toBe(G.DISTRICT);
    expect(of('p', K.PEOPLES_COMMITTEE, L.COMMUNE)).toBe(G.COMMUNE);
    expect(of('p', K.DEPARTMENT, L.DISTRICT)).toBeNull();
  });
});

describe('selfScoreProblem', () => {
  const manual = {
    method: M.MANUAL,
    maxPoints: 1,
    options: [
      { label: 'Đạt', points: 1 },
      { label: 'Một nửa', points: 0.5 },
      { label: 'Không', points: 0 },
    ],
  };
  it('accepts an option of the scale, bonus and penalty within their maximum', () => {
    expect(selfScoreProblem(manual, 0.5)).toBeNull();
    expect(selfScoreProblem({ method: M.BONUS, maxPoints: 1.5 }, 1.25)).toBeNull();
    expect(selfScoreProblem({ method: M.PENALTY, maxPoints: 1 }, 0)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(selfScoreProblem(manual, 0.75)).toBe('notAnOption');
    expect(selfScoreProblem(manual, 2)).toBe('aboveMaximum');
    expect(selfScoreProblem(manual, -1)).toBe('invalidPoints');
    expect(selfScoreProblem(manual, 0.001)).toBe('invalidPoints');
    expect(selfScoreProblem({ method: M.DATA, maxPoints: 5 }, 1)).toBe('notSelfScored');
    expect(selfScoreProblem({ method: null, maxPoints: 5 }, 1)).toBe('notSelfScored');
    expect([M.MANUAL, M.DATA, M.SURVEY, M.BONUS, M.PENALTY].filter(isSelfScored)).toEqual([
      M.MANUAL,
      M.BONUS,
      M.PENALTY,
    ]);
  });
});
