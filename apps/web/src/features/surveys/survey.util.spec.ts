import { describe, expect, it } from 'vitest';
import { SurveyStatus } from '@partrack/shared';
import { barWidth, groupByAspect, levelCounts, surveyFilterOf, surveyPath } from './survey.util';

describe('surveyFilterOf', () => {
  it('reads a year and a status and drops anything else', () => {
    expect(surveyFilterOf(new URLSearchParams('year=2025&status=OPEN'))).toEqual({
      year: 2025,
      status: SurveyStatus.OPEN,
    });
    expect(surveyFilterOf(new URLSearchParams('year=abc&status=LOST'))).toEqual({});
    expect(surveyFilterOf(new URLSearchParams('year=1899'))).toEqual({});
  });
});

describe('groupByAspect', () => {
  it('groups questions by aspect in the order of their first question', () => {
    const q = (position: number, aspectCode: string) => ({
      position,
      aspectCode,
      aspectTitle: `Yếu tố ${aspectCode}`,
      code: `${aspectCode}.${position}`,
    });
    const groups = groupByAspect([q(3, 'B'), q(1, 'A'), q(4, 'A'), q(2, 'B')]);
    expect(groups.map((g) => [g.aspectCode, g.aspectTitle, g.questions.map((x) => x.position)])).toEqual([
      ['A', 'Yếu tố A', [1, 4]],
      ['B', 'Yếu tố B', [2, 3]],
    ]);
    expect(groupByAspect([])).toEqual([]);
  });
});

describe('helpers', () => {
  it('clamps bar widths and keeps no share at zero', () => {
    expect(barWidth(null)).toBe(0);
    expect(barWidth(90.5)).toBe(90.5);
    expect(barWidth(120)).toBe(100);
    expect(barWidth(-1)).toBe(0);
  });

  it('takes levels 1–5 out of the counts', () => {
    expect(levelCounts([3, 2, 3, 5, 40, 50])).toEqual([2, 3, 5, 40, 50]);
    expect(levelCounts([1])).toEqual([0, 0, 0, 0, 0]);
  });

  it('builds the survey path', () => {
    expect(surveyPath('s-1')).toBe('/surveys/s-1');
  });
});
