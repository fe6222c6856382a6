import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorStatus,
  IndicatorUnit,
  MeasurementStatus,
  PlanStatus,
} from '@partrack/shared';
import type {
  IndicatorFieldsFragment,
  IndicatorPlansQuery,
  IndicatorScoreboardQuery,
  IndicatorValueFieldsFragment,
  MeasurementFieldsFragment,
  MeasurementRowFieldsFragment,
} from '../../gql/graphql';
import type { Entry } from './entry/measurement-entry.util';
import { IndicatorPlansDocument } from './graphql/indicator.operations';

type PlanNode = IndicatorPlansQuery['plans']['edges'][number]['node'];

export function planNode(
  id: string,
  year: number,
  status: PlanStatus,
  extra: Partial<PlanNode> = {},
): PlanNode {
  return {
    __typename: 'Plan',
    id,
    code: `KH-CCHC-${year}`,
    title: `Kế hoạch cải cách hành chính năm ${year}`,
    year,
    status,
    ownerAgencyId: 'qna',
    ownerAgency: { __typename: 'Agency', id: 'qna', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
    ...extra,
  };
}

/** The API lists plans newest year first: a 2023 draft, then the 2022 plan in force. */
export const PLANS: PlanNode[] = [
  planNode('plan-2023', 2023, PlanStatus.DRAFT),
  planNode('plan-2022', 2022, PlanStatus.ACTIVE),
  planNode('plan-2021', 2021, PlanStatus.CLOSED),
];

export const plansMock = {
  request: { query: IndicatorPlansDocument },
  result: {
    data: {
      plans: {
        __typename: 'PlanConnection',
        edges: PLANS.map((node) => ({ __typename: 'PlanEdge', node })),
      },
    },
  },
  maxUsageCount: 10,
};

export function indicatorFields(
  code: string,
  extra: Partial<IndicatorFieldsFragment> = {},
): IndicatorFieldsFragment {
  return {
    __typename: 'Indicator',
    id: `ind-${code}`,
    planId: 'plan-2022',
    code,
    nameVi: `Chỉ tiêu ${code}`,
    nameEn: null,
    description: null,
    areaCode: 'II',
    unit: IndicatorUnit.PERCENT,
    direction: IndicatorDirection.AT_LEAST,
    aggregation: IndicatorAggregation.RATIO,
    frequency: IndicatorFrequency.QUARTER,
    reportingLevels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT],
    cumulative: false,
    target: 90,
    state: IndicatorState.ACTIVE,
    sortOrder: 1,
    sourceText: null,
    sourceLine: null,
    draftNotes: [],
    version: 3,
    ...extra,
  };
}

export function valueOf(
  indicatorId: string,
  status: IndicatorStatus,
  value: number | null,
  extra: Partial<IndicatorValueFieldsFragment> = {},
): IndicatorValueFieldsFragment {
  return {
    __typename: 'IndicatorValue',
    indicatorId,
    agencyId: 'qna',
    period: '2022-Q4',
    value,
    numerator: null,
    denominator: null,
    reportedCount: value === null ? 0 : 1,
    target: 90,
    targetSource: null,
    status,
    ...extra,
  };
}

export function measurement(
  id: string,
  status: MeasurementStatus,
  extra: Partial<MeasurementFieldsFragment> = {},
): MeasurementFieldsFragment {
  return {
    __typename: 'Measurement',
    id,
    indicatorId: 'ind-1',
    agencyId: 'a-1',
    period: '2022-Q4',
    value: null,
    numerator: null,
    denominator: null,
    note: null,
    status,
    reviewComment: null,
    reviewedAt: null,
    submittedAt: null,
    updatedAt: '2022-12-20T03:00:00.000Z',
    updatedByLabel: 'can.bo@noivu.gov.vn',
    version: 1,
    ...extra,
  };
}

/** A row of the entry grid; `measurement` null means nothing was entered yet. */
export function entry(
  code: string,
  unit: IndicatorUnit,
  aggregation: IndicatorAggregation,
  saved: MeasurementFieldsFragment | null,
  target: number | null = 90,
): Entry {
  return {
    __typename: 'MeasurementEntry',
    target,
    indicator: {
      __typename: 'Indicator',
      id: `ind-${code}`,
      code,
      nameVi: `Chỉ tiêu ${code}`,
      nameEn: null,
      unit,
      aggregation,
      frequency: IndicatorFrequency.QUARTER,
      direction: IndicatorDirection.AT_LEAST,
    },
    measurement: saved,
  };
}

export function measurementRow(
  id: string,
  status: MeasurementStatus,
  extra: Partial<MeasurementRowFieldsFragment> = {},
): MeasurementRowFieldsFragment {
  return {
    ...measurement(id, status, {
      numerator: 45,
      denominator: 50,
      value: 90,
      submittedAt: '2022-12-20T03:00:00.000Z',
    }),
    agency: { __typename: 'Agency', id: 'a-1', code: 'SNV', name: 'Sở Nội vụ' },
    indicator: {
      __typename: 'Indicator',
      id: 'ind-1',
      code: '1.1',
      nameVi: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      nameEn: 'On-time dossiers',
      unit: IndicatorUnit.PERCENT,
      aggregation: IndicatorAggregation.RATIO,
    },
    ...extra,
  };
}

type Board = IndicatorScoreboardQuery['indicatorScoreboard'];

export function scoreboard(): Board {
  const indicators: Board['indicators'] = [
    {
      __typename: 'Indicator',
      id: 'ind-1',
      code: '1.1',
      nameVi: 'Tỷ lệ hồ sơ đúng hạn',
      nameEn: null,
      unit: IndicatorUnit.PERCENT,
    },
    {
      __typename: 'Indicator',
      id: 'ind-2',
      code: '2.1',
      nameVi: 'Số thủ tục cắt giảm',
      nameEn: null,
      unit: IndicatorUnit.COUNT,
    },
    {
      __typename: 'Indicator',
      id: 'ind-3',
      code: '3.1',
      nameVi: 'Xếp hạng PAR Index',
      nameEn: null,
      unit: IndicatorUnit.RANK,
    },
  ];
  const row = (
    id: string,
    code: string,
    name: string,
    cells: [status: IndicatorStatus, value: number | null, target: number | null][],
  ): Board['rows'][number] => ({
    __typename: 'ScoreboardRow',
    agency: { __typename: 'Agency', id, code, name },
    values: cells.map(([, value]) => value),
    targets: cells.map(([, , target]) => target),
    statuses: cells.map(([status]) => status),
  });
  return {
    __typename: 'IndicatorScoreboard',
    period: '2022-Q4',
    level: AgencyLevel.PROVINCE,
    asOf: '2022-12-31',
    indicators,
    rows: [
      row('snv', 'SNV', 'Sở Nội vụ', [
        [IndicatorStatus.ACHIEVED, 95.25, 90],
        [IndicatorStatus.AT_RISK, 12, 20],
        [IndicatorStatus.OFF_TRACK, 3, 1],
      ]),
      row('stc', 'STC', 'Sở Tài chính', [
        [IndicatorStatus.ON_TRACK, 85.5, 90],
        [IndicatorStatus.NO_DATA, null, 20],
        [IndicatorStatus.NO_DATA, null, null],
      ]),
    ],
    statusCounts: [
      { __typename: 'StatusCount', status: IndicatorStatus.ACHIEVED, count: 1 },
      { __typename: 'StatusCount', status: IndicatorStatus.ON_TRACK, count: 1 },
      { __typename: 'StatusCount', status: IndicatorStatus.AT_RISK, count: 1 },
      { __typename: 'StatusCount', status: IndicatorStatus.OFF_TRACK, count: 1 },
      { __typename: 'StatusCount', status: IndicatorStatus.NO_DATA, count: 2 },
    ],
  };
}
