import { PlanItemKind, PlanItemStatus, PlanStatus } from '@partrack/shared';
import type { PlanOverviewQuery, TaskStatsFieldsFragment } from '../../gql/graphql';

type Item = PlanOverviewQuery['plan']['items'][number];

export function statsRow(
  key: string,
  label: string | null,
  extra: Partial<TaskStatsFieldsFragment> = {},
): TaskStatsFieldsFragment {
  return {
    __typename: 'TaskStatsRow',
    key,
    label,
    total: 0,
    done: 0,
    inProgress: 0,
    notStarted: 0,
    cancelled: 0,
    overdue: 0,
    averageProgress: 0,
    ...extra,
  };
}

export function planItem(
  id: string,
  code: string,
  kind: PlanItemKind,
  parentId: string | null,
  extra: Partial<Item> = {},
): Item {
  return {
    __typename: 'PlanItem',
    id,
    code,
    title: `Nội dung ${code}`,
    kind,
    parentId,
    areaCode: 'II',
    status: PlanItemStatus.NOT_STARTED,
    progress: 0,
    dueDate: null,
    dueLabel: null,
    overdue: false,
    doneLate: false,
    daysLate: 0,
    leads: [],
    ...extra,
  };
}

export function planOverview(items: Item[]): PlanOverviewQuery['plan'] {
  return {
    __typename: 'Plan',
    id: 'plan-1',
    code: 'KH-CCHC-2022',
    title: 'Kế hoạch cải cách hành chính năm 2022',
    year: 2022,
    status: PlanStatus.ACTIVE,
    decisionNumber: '3590/QĐ-UBND',
    decisionDate: '2021-12-24',
    ownerAgencyId: 'qna',
    ownerAgency: { __typename: 'Agency', id: 'qna', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
    parentPlanId: null,
    version: 3,
    signerAgency: null,
    parentPlan: null,
    items,
  };
}
