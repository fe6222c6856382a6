import { aggregateSatisfaction } from './survey-aggregation';
import { countAnswers, satisfaction } from './survey-satisfaction';
import { lowestSatisfiedLevel, SURVEY_LEVEL_LABELS } from './survey-scale';

describe('satisfaction rule', () => {
  it('counts "hài lòng" and "rất hài lòng" by default among valid answers only', () => {
    // 3 no answers, then 1, 2, 3, 4, 5 ×: 2, 3, 5, 40, 50 → 90 of 100 valid
    expect(satisfaction([3, 2, 3, 5, 40, 50], 2)).toEqual({
      valid: 100,
      satisfied: 90,
      noAnswer: 3,
      share: 90,
    });
  });

  it('takes the top N levels when the survey says so', () => {
    expect(satisfaction([0, 2, 3, 5, 40, 50], 1).share).toBe(50);
    expect(satisfaction([0, 2, 3, 5, 40, 50], 3).share).toBe(95);
    expect(lowestSatisfiedLevel(2)).toBe(4);
  });

  it('rounds to two decimals, half away from zero', () => {
    expect(satisfaction([0, 1, 0, 1, 0, 1], 2).share).toBe(33.33);
    expect(satisfaction([0, 0, 0, 1, 1, 1], 2).share).toBe(66.67);
    expect(satisfaction([0, 7, 0, 0, 0, 1], 1).share).toBe(12.5);
    expect(satisfaction([0, 0, 0, 0, 19993, 7], 1).share).toBe(0.04); // 0.035 → 0.04
  });

  it('has no share when nobody answered', () => {
    expect(satisfaction([4, 0, 0, 0, 0, 0], 2)).toEqual({ valid: 0, satisfied: 0, noAnswer: 4, share: null });
  });

  it('counts respondents, putting blanks and values off the scale under "no answer"', () => {
    expect(countAnswers([5, 4, null, 6, 0, 2.5, '5', 1])).toEqual([5, 1, 0, 0, 1, 1]);
  });

  it('pools questions into aspects and the survey', () => {
    const result = aggregateSatisfaction(
      [
        { id: 'q1', aspectCode: 'A' },
        { id: 'q2', aspectCode: 'A' },
        { id: 'q3', aspectCode: 'B' },
      ],
      new Map([
        ['q1', [0, 0, 0, 0, 10, 0]],
        ['q2', [1, 0, 0, 10, 0, 0]],
      ]),
      2,
    );
    expect(result.questions.map((q) => q.share)).toEqual([100, 0, null]);
    expect(result.aspects.map((a) => [a.aspectCode, a.share, a.valid])).toEqual([
      ['A', 50, 20],
      ['B', null, 0],
    ]);
    expect(result.overall).toMatchObject({ valid: 20, satisfied: 10, noAnswer: 1, share: 50 });
  });

  it('labels every level in Vietnamese and English', () => {
    expect(SURVEY_LEVEL_LABELS[5]).toEqual({ vi: 'Rất hài lòng', en: 'Very satisfied' });
  });
});
