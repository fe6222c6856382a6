import { describe, expect, it } from 'vitest';
import { answersOf, periodParts } from './survey-public-form.util';
import { publicSurveyForm } from './survey-public-form.fixtures';

describe('periodParts', () => {
  it('reads a year, a half and a quarter, and keeps anything else as it is', () => {
    expect(periodParts('2026')).toEqual({ kind: 'year', year: 2026 });
    expect(periodParts('2026-H2')).toEqual({ kind: 'half', year: 2026, n: 2 });
    expect(periodParts('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, n: 3 });
    expect(periodParts('mùa xuân')).toEqual({ kind: 'other', text: 'mùa xuân' });
  });
});

describe('answersOf', () => {
  it('sends the chosen levels in the survey order and leaves unanswered questions out', () => {
    const form = publicSurveyForm();
    const [q1, q2, q3] = form.aspects.flatMap((a) => a.questions.map((q) => q.id));
    expect(answersOf(form, { [q3]: 5, [q1]: 2 })).toEqual([
      { questionId: q1, level: 2 },
      { questionId: q3, level: 5 },
    ]);
    expect(answersOf(form, {})).toEqual([]);
    expect(q2).toBeDefined();
  });
});
