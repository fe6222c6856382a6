import { DEFAULT_SATISFIED_LEVELS, SurveyScope, SurveyStatus, type SurveySector } from '@partrack/shared';
import type { SurveyDetailFragment, SurveyQuestionInput } from '../../../gql/graphql';
import { groupByAspect } from '../survey.util';

export interface QuestionValue {
  code: string;
  text: string;
}

export interface AspectValue {
  aspectCode: string;
  aspectTitle: string;
  questions: QuestionValue[];
}

export interface SurveyFormValues {
  title: string;
  year: number | null;
  period: string;
  scope: SurveyScope;
  sector?: SurveySector | null;
  agencyId?: string | null;
  satisfiedLevels: number;
  status?: SurveyStatus;
  aspects: AspectValue[];
}

/** The form's top-level fields: API field errors (`title`, `period`…) land under them. */
export const SURVEY_FORM_FIELDS = [
  'title',
  'year',
  'period',
  'scope',
  'sector',
  'agencyId',
  'satisfiedLevels',
  'status',
  'aspects',
] as const;

/** 2025, 2025-H1 or 2025-Q3, inside the survey's year (the API's rule). */
export function isPeriodOf(period: string, year: number | null): boolean {
  const match = /^(\d{4})(-H[12]|-Q[1-4])?$/.exec(period.trim());
  return match !== null && (year === null || Number(match[1]) === year);
}

export function emptySurveyValues(year: number): SurveyFormValues {
  return {
    title: '',
    year,
    period: String(year),
    scope: SurveyScope.PROVINCE,
    sector: null,
    agencyId: null,
    satisfiedLevels: DEFAULT_SATISFIED_LEVELS,
    aspects: [{ aspectCode: '1', aspectTitle: '', questions: [{ code: '1.1', text: '' }] }],
  };
}

export function surveyFormValuesOf(survey: SurveyDetailFragment): SurveyFormValues {
  return {
    title: survey.title,
    year: survey.year,
    period: survey.period,
    scope: survey.scope,
    sector: survey.sector,
    agencyId: survey.agencyId,
    satisfiedLevels: survey.satisfiedLevels,
    status: survey.status,
    aspects: groupByAspect(survey.questions).map((group) => ({
      aspectCode: group.aspectCode,
      aspectTitle: group.aspectTitle,
      questions: group.questions.map((q) => ({ code: q.code, text: q.text })),
    })),
  };
}

/** The questions in order, each carrying its aspect, trimmed, as the API takes them. */
export function toQuestionInputs(aspects: readonly AspectValue[]): SurveyQuestionInput[] {
  return aspects.flatMap((aspect) =>
    aspect.questions.map((question) => ({
      aspectCode: aspect.aspectCode.trim(),
      aspectTitle: aspect.aspectTitle.trim(),
      code: question.code.trim(),
      text: question.text.trim(),
    })),
  );
}

/** The next question code of an aspect: "2" with 2.1, 2.2 → "2.3". */
export function nextQuestionCode(aspect: Partial<AspectValue> | undefined): string {
  const prefix = aspect?.aspectCode?.trim() ?? '';
  const count = aspect?.questions?.length ?? 0;
  return prefix ? `${prefix}.${count + 1}` : '';
}

/** Questions may change only while the survey is a DRAFT (results refer to them afterwards). */
export const questionsEditable = (status: SurveyStatus | undefined) =>
  status === undefined || status === SurveyStatus.DRAFT;
