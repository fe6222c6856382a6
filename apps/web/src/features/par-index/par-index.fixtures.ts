import {
  DEFAULT_PAGE_SIZE,
  ParCriterionLevel,
  ParFrameworkStatus,
  ParScoringMethod,
  ParTargetGroup,
} from '@partrack/shared';
import type {
  ParCriterionFieldsFragment,
  ParFrameworkDetailFragment,
  ImportParFrameworkMutation,
  ParFrameworkFilter,
  ParFrameworkRowFragment,
} from '../../gql/graphql';
import {
  ImportParFrameworkDocument,
  ParFrameworkDocument,
  ParFrameworksDocument,
} from './graphql/par-index.operations';

export function frameworkRow(
  id: string,
  extra: Partial<ParFrameworkRowFragment> = {},
): ParFrameworkRowFragment {
  return {
    __typename: 'ParFramework',
    id,
    year: 2024,
    targetGroup: ParTargetGroup.DEPARTMENT,
    name: 'Bộ tiêu chí Chỉ số CCHC các sở, ban, ngành năm 2024',
    decisionNumber: '3463/QĐ-UBND',
    status: ParFrameworkStatus.DRAFT,
    isSample: false,
    revision: 1,
    totalPoints: 100,
    copiedFromId: null,
    version: 1,
    criteria: [],
    ...extra,
  };
}

export function criterion(
  id: string,
  code: string,
  level: ParCriterionLevel,
  parentId: string | null,
  extra: Partial<ParCriterionFieldsFragment> = {},
): ParCriterionFieldsFragment {
  return {
    __typename: 'ParCriterion',
    id,
    frameworkId: 'fw-1',
    parentId,
    level,
    code,
    title: `Nội dung ${code}`,
    maxPoints: 1,
    method: null,
    scale: null,
    guidance: null,
    evidenceRequired: false,
    dataRule: null,
    position: 0,
    version: 1,
    ...extra,
  };
}

const { AREA, CRITERION, SUB_CRITERION } = ParCriterionLevel;

/** Area 1 (2 points): 1.1 scored on a scale, 1.2 split into a DATA and a SURVEY sub-criterion; area 2: a bonus. */
export const SAMPLE_CRITERIA: ParCriterionFieldsFragment[] = [
  criterion('c-1', '1', AREA, null, { title: 'Công tác chỉ đạo, điều hành CCHC', maxPoints: 2 }),
  criterion('c-1.1', '1.1', CRITERION, 'c-1', {
    title: 'Kế hoạch CCHC năm',
    method: ParScoringMethod.MANUAL,
    evidenceRequired: true,
    scale: [
      { __typename: 'ParScaleOption', label: 'Hoàn thành 100%', points: 1 },
      { __typename: 'ParScaleOption', label: 'Hoàn thành dưới 80%', points: 0.5 },
    ],
    guidance: 'Tài liệu kiểm chứng: kế hoạch và báo cáo kết quả.',
  }),
  criterion('c-1.2', '1.2', CRITERION, 'c-1', { title: 'Báo cáo CCHC', position: 1 }),
  criterion('c-1.2.1', '1.2.1', SUB_CRITERION, 'c-1.2', {
    title: 'Báo cáo đúng hạn',
    maxPoints: 0.5,
    method: ParScoringMethod.DATA,
  }),
  criterion('c-1.2.2', '1.2.2', SUB_CRITERION, 'c-1.2', {
    title: 'Mức độ hài lòng',
    maxPoints: 0.5,
    method: ParScoringMethod.SURVEY,
    position: 1,
  }),
  criterion('c-2', '2', AREA, null, { title: 'Điểm thưởng', position: 1 }),
  criterion('c-2.1', '2.1', CRITERION, 'c-2', { title: 'Sáng kiến CCHC', method: ParScoringMethod.BONUS }),
];

export function frameworkDetail(
  criteria: ParCriterionFieldsFragment[] = SAMPLE_CRITERIA,
  extra: Partial<ParFrameworkDetailFragment> = {},
): ParFrameworkDetailFragment {
  return {
    ...frameworkRow('fw-1'),
    scoredMaximum: 2,
    lockedAt: null,
    bands: [
      { __typename: 'ParBand', code: 'A', label: 'Nhóm A', minIndex: 90 },
      { __typename: 'ParBand', code: 'B', label: 'Nhóm B', minIndex: 80 },
      { __typename: 'ParBand', code: 'D', label: 'Nhóm D', minIndex: 0 },
    ],
    problems: [],
    criteria,
    ...extra,
  };
}

export function frameworksMock(
  rows: ParFrameworkRowFragment[],
  filter: ParFrameworkFilter = {},
  after: string | null = null,
) {
  return {
    request: { query: ParFrameworksDocument, variables: { filter, first: DEFAULT_PAGE_SIZE, after } },
    result: {
      data: {
        parFrameworks: {
          __typename: 'ParFrameworkConnection',
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'ParFrameworkEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

export function frameworkMock(framework: ParFrameworkDetailFragment) {
  return {
    request: { query: ParFrameworkDocument, variables: { id: framework.id } },
    result: { data: { parFramework: framework } },
  };
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// "PK\x03\x04": the start of every .xlsx, enough for the browser side.
export const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 3, 4]);
export const XLSX_BASE64 = 'UEsDBA==';

export function exportedFile(filename: string) {
  return { __typename: 'ExportedFile' as const, filename, mimeType: XLSX_MIME, contentBase64: XLSX_BASE64 };
}

type ImportResult = ImportParFrameworkMutation['importParFramework'];
type ImportProblem = Pick<ImportResult['problems'][number], 'sheet' | 'line' | 'column' | 'message'>;

/** importParFramework for the year and the 4-byte workbook above: a check, or the import creating `created`. */
export function importMock(
  year: number,
  dryRun: boolean,
  problems: ImportProblem[] = [],
  created: ParFrameworkRowFragment | null = null,
) {
  const result: ImportResult = {
    __typename: 'ParFrameworkImportResult',
    dryRun,
    applied: !dryRun && problems.length === 0,
    items: 7,
    totalPoints: problems.length === 0 ? 100 : null,
    problems: problems.map((p) => ({
      __typename: 'ParFrameworkImportProblem' as const,
      code: 'parXlsx.x',
      ...p,
    })),
    framework: created,
  };
  return {
    request: {
      query: ImportParFrameworkDocument,
      variables: { input: { year, contentBase64: XLSX_BASE64, dryRun } },
    },
    result: { data: { importParFramework: result } },
  };
}
