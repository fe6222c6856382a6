import { PlanItemKind } from '@partrack/shared';
import { ImportAction } from '../../../gql/graphql';
import { PROVINCE_ROWS } from '../../agencies/agency-tree.fixtures';
import { AgencyTreeDocument } from '../../agencies/graphql/agency-tree.operations';
import { MyAgencyDocument } from '../graphql/plan.operations';
import { AgencyGroupOptionsDocument } from '../graphql/plan-import.operations';
import type { ImportProblem, PlanImportResult } from './plan-import.util';

export const UNRESOLVED = 'Ban Chỉ đạo CCHC tỉnh';

/** The user's agency (the province is the default owner), the agency tree and the group list. */
export const fixedMocks = [
  {
    request: { query: MyAgencyDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u-1',
          agencyId: 'nv',
          agency: {
            __typename: 'Agency',
            id: 'nv',
            name: 'Sở Nội vụ',
            ancestors: [{ __typename: 'Agency', id: 'p', name: 'Ủy ban nhân dân tỉnh Hà Giang' }],
          },
        },
      },
    },
  },
  {
    request: { query: AgencyTreeDocument, variables: () => true },
    result: { data: { agencyTree: PROVINCE_ROWS } },
    maxUsageCount: 20,
  },
  {
    request: { query: AgencyGroupOptionsDocument },
    result: { data: { agencyGroups: { __typename: 'AgencyGroupConnection', edges: [] } } },
    maxUsageCount: 20,
  },
];

export function problem(code: string, line: number, extra: Partial<ImportProblem> = {}): ImportProblem {
  return {
    __typename: 'PlanImportProblem',
    line,
    severity: 'WARNING',
    code,
    itemCode: null,
    message: `${code} message from the API`,
    text: null,
    ...extra,
  };
}

export function result(
  dryRun: boolean,
  problems: ImportProblem[],
  applied = false,
): { data: { importPlanDocument: PlanImportResult } } {
  return {
    data: {
      importPlanDocument: {
        __typename: 'PlanImportResult',
        dryRun,
        applied,
        created: 2,
        updated: 0,
        unchanged: 0,
        document: {
          __typename: 'PlanDocumentSummary',
          title: 'Kế hoạch cải cách hành chính năm 2023',
          year: 2023,
          decisionNumber: '123/QĐ-UBND',
          decisionDate: '2022-12-20',
          issuerText: 'ỦY BAN NHÂN DÂN TỈNH',
          results: 0,
          activities: 0,
          tasks: 2,
          projects: 0,
        },
        problems,
        items: ['3.17', '3.20'].map((code, index) => ({
          __typename: 'ImportedPlanItem' as const,
          line: 10 + index,
          code,
          kind: PlanItemKind.TASK,
          title: `Nhiệm vụ ${code}`,
          areaCode: 'IV',
          parentCode: null,
          action: ImportAction.Create,
          dueLabel: 'Quý IV',
          dueDate: '2023-12-31',
          productText: 'Báo cáo',
          leadText: code === '3.20' ? UNRESOLVED : null,
          coordinatorText: null,
          leads:
            code === '3.20' && applied
              ? [
                  {
                    __typename: 'ResolvedAgencyName' as const,
                    text: UNRESOLVED,
                    confidence: 1,
                    agency: { __typename: 'Agency' as const, id: 'nv', name: 'Sở Nội vụ', shortName: 'SNV' },
                    group: null,
                  },
                ]
              : [],
          coordinators: [],
        })),
        plan: applied
          ? { __typename: 'Plan', id: 'plan-9', code: 'KH-2023', title: 'Kế hoạch', year: 2023 }
          : null,
      },
    },
  };
}
