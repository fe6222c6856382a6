import { describe, expect, it } from 'vitest';
import { SurveyStatus } from '@partrack/shared';
import { surveyDetail } from '../survey.fixtures';
import {
  isPeriodOf,
  nextQuestionCode,
  questionsEditable,
  surveyFormValuesOf,
  toQuestionInputs,
} from './survey-form.util';

describe('survey form values', () => {
  it('groups a survey by aspect and flattens back to the same questions in order', () => {
    const survey = surveyDetail();
    const values = surveyFormValuesOf(survey);
    expect(values.aspects.map((a) => [a.aspectCode, a.questions.map((q) => q.code)])).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', ['2.1']],
    ]);
    expect(toQuestionInputs(values.aspects)).toEqual(
      survey.questions.map(({ aspectCode, aspectTitle, code, text }) => ({
        aspectCode,
        aspectTitle,
        code,
        text,
      })),
    );
  });

  it('trims what it sends', () => {
    expect(
      toQuestionInputs([
        { aspectCode: ' 1 ', aspectTitle: ' Tiếp cận ', questions: [{ code: ' 1.1', text: 'Chỗ ngồi ' }] },
      ]),
    ).toEqual([{ aspectCode: '1', aspectTitle: 'Tiếp cận', code: '1.1', text: 'Chỗ ngồi' }]);
  });

  it('checks the period against the year', () => {
    expect(isPeriodOf('2025', 2025)).toBe(true);
    expect(isPeriodOf('2025-H2', 2025)).toBe(true);
    expect(isPeriodOf('2025-Q4', 2025)).toBe(true);
    expect(isPeriodOf('2024-Q1', 2025)).toBe(false);
    expect(isPeriodOf('2025-Q5', 2025)).toBe(false);
    expect(isPeriodOf('quý 1', 2025)).toBe(false);
  });

  it('suggests the next question code and freezes questions outside DRAFT', () => {
    expect(nextQuestionCode({ aspectCode: '2', questions: [{ code: '2.1', text: '' }] })).toBe('2.2');
    expect(nextQuestionCode({ aspectCode: '' })).toBe('');
    expect(questionsEditable(undefined)).toBe(true);
    expect(questionsEditable(SurveyStatus.DRAFT)).toBe(true);
    expect(questionsEditable(SurveyStatus.OPEN)).toBe(false);
  });
});
