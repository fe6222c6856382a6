import { DEFAULT_PAGE_SIZE, SurveyImportShape, SurveyScope, SurveyStatus } from '@partrack/shared';
import type {
  ImportSurveyResultsMutation,
  SurveyQuery,
  SurveyResultsQuery,
  SurveyRowFragment,
} from '../../gql/graphql';
import {
  ImportSurveyResultsDocument,
  SurveyDocument,
  SurveyResultsDocument,
  SurveysDocument,
} from './graphql/surveys.operations';

export { exportedFile, XLSX_BASE64, XLSX_BYTES, XLSX_MIME } from '../par-index/par-index.fixtures';

export function surveyRow(id: string, extra: Partial<SurveyRowFragment> = {}): SurveyRowFragment {
  return {
    __typename: 'Survey',
    id,
    year: 2025,
    period: '2025',
    title: 'Khảo sát sự hài lòng năm 2025',
    scope: SurveyScope.PROVINCE,
    sector: null,
    status: SurveyStatus.OPEN,
    isSample: false,
    satisfiedLevels: 2,
    version: 1,
    ...extra,
  };
}

export function surveysMock(rows: SurveyRowFragment[], filter: Record<string, unknown> = {}) {
  return {
    request: { query: SurveysDocument, variables: { filter, first: DEFAULT_PAGE_SIZE, after: null } },
    result: {
      data: {
        surveys: {
          __typename: 'SurveyConnection' as const,
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'SurveyEdge' as const, node })),
        },
      },
    },
  };
}

type Survey = SurveyQuery['survey'];

const question = (position: number, code: string, aspectCode: string, aspectTitle: string, text: string) => ({
  __typename: 'SurveyQuestion' as const,
  id: `q-${code}`,
  position,
  code,
  aspectCode,
  aspectTitle,
  text,
});

export function surveyDetail(extra: Partial<Survey> = {}): Survey {
  return {
    ...surveyRow('s-1'),
    agencyId: null,
    updatedAt: '2025-06-01T00:00:00.000Z',
    questions: [
      question(1, '1.1', '1', 'Tiếp cận dịch vụ', 'Nơi ngồi chờ có đủ chỗ ngồi'),
      question(2, '1.2', '1', 'Tiếp cận dịch vụ', 'Trang thiết bị phục vụ đầy đủ'),
      question(3, '2.1', '2', 'Công chức giải quyết công việc', 'Công chức có thái độ lịch sự'),
    ],
    ...extra,
  };
}

export function surveyMock(survey: Survey = surveyDetail()) {
  return { request: { query: SurveyDocument, variables: { id: survey.id } }, result: { data: { survey } } };
}

type Results = SurveyResultsQuery['surveyResults'];

const figure = (counts: number[], share: number | null) => {
  const valid = counts.slice(1).reduce((a, b) => a + b, 0);
  return { counts, valid, noAnswer: counts[0] ?? 0, satisfied: counts[4] + counts[5], share };
};

export function surveyResults(extra: Partial<Results> = {}): Results {
  return {
    __typename: 'SurveyResults',
    surveyId: 's-1',
    agencyId: null,
    satisfiedLevels: 2,
    respondents: 120,
    overall: { __typename: 'SurveySatisfactionFigure', ...figure([3, 2, 3, 5, 640, 650], 98.46) },
    aspects: [
      {
        __typename: 'SurveyAspectResult',
        aspectCode: '1',
        aspectTitle: 'Tiếp cận dịch vụ',
        ...figure([1, 1, 2, 3, 400, 394], 99.25),
      },
      {
        __typename: 'SurveyAspectResult',
        aspectCode: '2',
        aspectTitle: 'Công chức giải quyết công việc',
        ...figure([2, 1, 1, 2, 240, 256], 87.5),
      },
    ],
    questions: [
      {
        __typename: 'SurveyQuestionResult',
        questionId: 'q-1.1',
        code: '1.1',
        aspectCode: '1',
        text: 'Nơi ngồi chờ có đủ chỗ ngồi',
        ...figure([1, 1, 1, 2, 1200, 196], 99.72),
      },
      {
        __typename: 'SurveyQuestionResult',
        questionId: 'q-1.2',
        code: '1.2',
        aspectCode: '1',
        text: 'Trang thiết bị phục vụ đầy đủ',
        ...figure([0, 0, 1, 1, 0, 0], 0),
      },
      {
        __typename: 'SurveyQuestionResult',
        questionId: 'q-2.1',
        code: '2.1',
        aspectCode: '2',
        text: 'Công chức có thái độ lịch sự',
        ...figure([0, 0, 0, 0, 0, 0], null),
      },
    ],
    agencies: [
      {
        __typename: 'SurveyAgencyResult',
        agencyId: 'a-hoian',
        agency: { __typename: 'Agency', id: 'a-hoian', name: 'UBND thành phố Hội An' },
        respondents: 70,
        valid: 700,
        satisfied: 693,
        share: 99,
      },
      {
        __typename: 'SurveyAgencyResult',
        agencyId: 'a-tamky',
        agency: { __typename: 'Agency', id: 'a-tamky', name: 'UBND thành phố Tam Kỳ' },
        respondents: 50,
        valid: 500,
        satisfied: 440,
        share: 88,
      },
    ],
    ...extra,
  };
}

export function resultsMock(results: Results, agencyId?: string) {
  return {
    request: {
      query: SurveyResultsDocument,
      variables: agencyId ? { surveyId: results.surveyId, agencyId } : { surveyId: results.surveyId },
    },
    result: { data: { surveyResults: results } },
  };
}

type ImportResult = ImportSurveyResultsMutation['importSurveyResults'];
type ImportProblem = Pick<ImportResult['problems'][number], 'code' | 'line' | 'column' | 'message'>;

/** importSurveyResults of survey s-1 for the 4-byte workbook of the PAR fixtures. */
export function importMock(shape: SurveyImportShape, dryRun: boolean, problems: ImportProblem[] = []) {
  const result: ImportResult = {
    __typename: 'SurveyImportResult',
    dryRun,
    applied: !dryRun && problems.length === 0,
    rows: 1250,
    agencies: 2,
    respondents: 1250,
    problems: problems.map((p) => ({ __typename: 'SurveyImportProblem' as const, ...p })),
  };
  return {
    request: {
      query: ImportSurveyResultsDocument,
      variables: { input: { surveyId: 's-1', shape, fileBase64: 'UEsDBA==', dryRun } },
    },
    result: { data: { importSurveyResults: result } },
  };
}
