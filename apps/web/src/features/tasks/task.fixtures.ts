import { PlanItemKind, PlanItemStatus, ProductType } from '@partrack/shared';
import { AssignmentRole, type TaskDetailQuery, type TaskRowFieldsFragment } from '../../gql/graphql';

type Assignment = TaskDetailQuery['planItem']['leads'][number];

export function assignment(
  id: string,
  role: AssignmentRole,
  agency: { id: string; name: string } | null,
  group: { id: string; name: string; members: { id: string; name: string }[] } | null = null,
): Assignment {
  return {
    __typename: 'PlanItemAgency',
    id,
    role,
    agencyId: agency?.id ?? null,
    groupId: group?.id ?? null,
    sourceText: agency?.name ?? group?.name ?? null,
    agency: agency ? { __typename: 'Agency', shortName: null, ...agency } : null,
    group: group
      ? {
          __typename: 'AgencyGroup',
          id: group.id,
          name: group.name,
          memberIds: group.members.map((member) => member.id),
          members: group.members.map((member) => ({ __typename: 'Agency', ...member })),
        }
      : null,
  };
}

export const SNV = { id: 'a-1', name: 'Sở Nội vụ' };
export const STC = { id: 'a-2', name: 'Sở Tài chính' };

export function taskRow(extra: Partial<TaskRowFieldsFragment> = {}): TaskRowFieldsFragment {
  return {
    __typename: 'PlanItem',
    id: 'task-316',
    code: '3.16',
    title: 'Kế hoạch đào tạo bồi dưỡng',
    kind: PlanItemKind.TASK,
    areaCode: 'IV',
    status: PlanItemStatus.IN_PROGRESS,
    progress: 30,
    dueDate: '2022-03-31',
    dueLabel: 'Quý I',
    overdue: true,
    doneLate: false,
    daysLate: 12,
    completedOn: null,
    updatedAt: '2022-04-05T02:00:00.000Z',
    planId: 'plan-1',
    plan: { __typename: 'Plan', id: 'plan-1', code: 'KH-CCHC-2022' },
    leads: [assignment('pia-1', AssignmentRole.Lead, SNV)],
    ...extra,
  };
}

export function taskDetail(extra: Partial<TaskDetailQuery['planItem']> = {}): TaskDetailQuery['planItem'] {
  return {
    ...taskRow(),
    productText: 'Kế hoạch',
    productType: ProductType.PLAN,
    fundingText: null,
    evidenceNumber: null,
    evidenceDate: null,
    evidenceLink: null,
    sourceItemId: null,
    version: 7,
    plan: {
      __typename: 'Plan',
      id: 'plan-1',
      code: 'KH-CCHC-2022',
      title: 'Kế hoạch CCHC năm 2022',
      year: 2022,
    },
    parent: null,
    leads: [assignment('pia-1', AssignmentRole.Lead, SNV)],
    coordinators: [assignment('pia-2', AssignmentRole.Coordinator, STC)],
    updates: [],
    ...extra,
  };
}
