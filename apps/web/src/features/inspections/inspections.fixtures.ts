import {
  AgencyLevel,
  DEFAULT_PAGE_SIZE,
  InspectionFindingSeverity,
  InspectionFindingStatus,
  InspectionPlanStatus,
  InspectionReasonCode,
  InspectionStatus,
  MAX_PAGE_SIZE,
} from '@partrack/shared';
import type {
  InspectionDetailFragment,
  InspectionPlanFieldsFragment,
  InspectionPlanQuery,
  InspectionRowFragment,
  InspectionTeamMemberFieldsFragment,
} from '../../gql/graphql';
import {
  InspectionDocument,
  InspectionPlanDocument,
  InspectionPlansDocument,
  InspectionTeamCandidatesDocument,
  PlanInspectionsDocument,
} from './graphql/inspections.operations';

export function planFields(extra: Partial<InspectionPlanFieldsFragment> = {}): InspectionPlanFieldsFragment {
  return {
    __typename: 'InspectionPlan',
    id: 'ip-1',
    year: 2026,
    status: InspectionPlanStatus.DRAFT,
    coverageProvince: 30,
    coverageDistrict: 30,
    coverageCommune: 20,
    version: 1,
    ...extra,
  };
}

export function inspectionPlansMock(rows: InspectionPlanFieldsFragment[]) {
  return {
    request: { query: InspectionPlansDocument, variables: { first: DEFAULT_PAGE_SIZE, after: null } },
    result: {
      data: {
        inspectionPlans: {
          __typename: 'InspectionPlanConnection' as const,
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'InspectionPlanEdge' as const, node })),
        },
      },
    },
  };
}

const line = (level: AgencyLevel, agencies: number, inspected: number) => ({
  __typename: 'InspectionCoverageLine' as const,
  level,
  agencies,
  inspected,
  percent: agencies === 0 ? 0 : Math.round((inspected / agencies) * 10000) / 100,
});

export function coverage(planId = 'ip-1'): InspectionPlanQuery['inspectionCoverage'] {
  return {
    __typename: 'InspectionCoverageModel',
    planId,
    levels: [
      line(AgencyLevel.PROVINCE, 10, 1),
      line(AgencyLevel.DISTRICT, 4, 0),
      line(AgencyLevel.COMMUNE, 20, 0),
    ],
    total: { __typename: 'InspectionCoverageLine', agencies: 34, inspected: 1, percent: 2.94 },
  };
}

export function inspectionPlanMock(plan: InspectionPlanFieldsFragment = planFields()) {
  return {
    request: { query: InspectionPlanDocument, variables: { id: plan.id } },
    result: { data: { inspectionPlan: plan, inspectionCoverage: coverage(plan.id) } },
  };
}

export function inspectionRow(id: string, extra: Partial<InspectionRowFragment> = {}): InspectionRowFragment {
  return {
    __typename: 'Inspection',
    id,
    planId: 'ip-1',
    agencyId: `a-${id}`,
    agency: { __typename: 'Agency', id: `a-${id}`, name: 'Sở Tư pháp', level: AgencyLevel.PROVINCE },
    month: 3,
    status: InspectionStatus.PLANNED,
    proposed: true,
    score: 50,
    reasons: [
      {
        __typename: 'InspectionReasonModel',
        code: InspectionReasonCode.NEVER_INSPECTED,
        year: null,
        value: null,
        count: null,
        points: 50,
      },
    ],
    teamUserIds: [],
    team: [],
    conductedOn: null,
    reinspectedOn: null,
    version: 1,
    findings: [],
    ...extra,
  };
}

export function planInspectionsMock(rows: InspectionRowFragment[], planId = 'ip-1') {
  return {
    request: { query: PlanInspectionsDocument, variables: { planId, first: MAX_PAGE_SIZE, after: null } },
    result: {
      data: {
        inspections: {
          __typename: 'InspectionConnection' as const,
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'InspectionEdge' as const, node })),
        },
      },
    },
  };
}

export type Finding = InspectionDetailFragment['findings'][number];

export function finding(position: number, extra: Partial<Finding> = {}): Finding {
  return {
    __typename: 'InspectionFinding',
    id: `f-${position}`,
    position,
    text: 'Chưa niêm yết thủ tục hành chính tại bộ phận một cửa',
    severity: InspectionFindingSeverity.HIGH,
    deadline: '2026-09-30',
    taskId: `t-${position}`,
    task: {
      __typename: 'PlanItem',
      id: `t-${position}`,
      code: `KT-i-1.${position}`,
      title: `Khắc phục tồn tại sau kiểm tra CCHC năm 2026 (${position})`,
    },
    status: InspectionFindingStatus.OPEN,
    closedOn: null,
    reviewNote: null,
    version: 1,
    ...extra,
  };
}

export function inspectionDetail(extra: Partial<InspectionDetailFragment> = {}): InspectionDetailFragment {
  return { ...inspectionRow('i-1'), findings: [], ...extra };
}

export function inspectionMock(inspection: InspectionDetailFragment) {
  return {
    request: { query: InspectionDocument, variables: { id: inspection.id } },
    result: { data: { inspection } },
  };
}

/** A team member as the API names them; `leader` for the first of a team. */
export function teamMember(
  id: string,
  name: string,
  extra: Partial<InspectionTeamMemberFieldsFragment> = {},
): InspectionTeamMemberFieldsFragment {
  return { __typename: 'InspectionTeamMember', id, name, agencyName: 'Sở Nội vụ', leader: false, ...extra };
}

/** A team in order, its first member leading it: the row's `teamUserIds` and `team` together. */
export function teamOf(...members: [string, string][]) {
  const team = members.map(([id, name], index) => teamMember(id, name, { leader: index === 0 }));
  return { teamUserIds: team.map((m) => m.id), team };
}

export function teamCandidatesMock(
  search: string | null,
  members: InspectionTeamMemberFieldsFragment[],
  planId = 'ip-1',
) {
  return {
    request: { query: InspectionTeamCandidatesDocument, variables: { planId, search } },
    result: { data: { inspectionTeamCandidates: members } },
  };
}
