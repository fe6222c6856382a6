import {
  AgencyLevel,
  IndicatorStatus,
  IndicatorUnit,
  PlanItemStatus,
  ReportAction,
  ReportRoundKind,
  ReportStatus,
  reportingPeriods,
} from '@partrack/shared';
import type {
  AgencyReportQuery,
  ReportCountsFragment,
  ReportDataFieldsFragment,
  ReportingCalendarQuery,
} from '../../gql/graphql';
import type { CompletenessLine } from './rounds/completeness-table.component';

type Period = ReportingCalendarQuery['reportingPeriods'][number];
type CalendarRound = ReportingCalendarQuery['reportingRounds'][number];
export type ReportDetail = AgencyReportQuery['agencyReport'];

/** The real calendar of the shared library, in the API's shape. */
export function calendarPeriods(year: number): Period[] {
  return reportingPeriods(year).map((p) => ({
    __typename: 'ReportingPeriod',
    kind: p.kind,
    period: p.period,
    year: p.year,
    dataFrom: p.window.from,
    dataTo: p.window.to,
    dueDate: p.dueDate,
    dueProvince: p.internalDueDates.PROVINCE,
    dueDistrict: p.internalDueDates.DISTRICT,
    dueCommune: p.internalDueDates.COMMUNE,
  }));
}

export function counts(extra: Partial<ReportCountsFragment> = {}): ReportCountsFragment {
  return {
    __typename: 'ReportCompleteness',
    expected: 55,
    submitted: 30,
    accepted: 25,
    returned: 2,
    missing: 23,
    onTime: 26,
    late: 4,
    ...extra,
  };
}

/** A round opened from the 2022 calendar (ad hoc rounds pass their own dates). */
export function calendarRound(
  id: string,
  kind: ReportRoundKind,
  extra: Partial<CalendarRound> = {},
): CalendarRound {
  // Calendar order is Q1, H1, Q3, YEAR; an ad hoc round borrows H1's dates unless given its own.
  const index = [ReportRoundKind.Q1, ReportRoundKind.H1, ReportRoundKind.Q3, ReportRoundKind.YEAR].indexOf(
    kind,
  );
  const period = calendarPeriods(2022)[index < 0 ? 1 : index];
  return {
    __typename: 'ReportingRound',
    id,
    kind,
    year: 2022,
    title: `Báo cáo cải cách hành chính ${period.period}`,
    period: period.period,
    dataFrom: period.dataFrom,
    dataTo: period.dataTo,
    dueDate: period.dueDate,
    dueProvince: period.dueProvince,
    dueDistrict: period.dueDistrict,
    dueCommune: period.dueCommune,
    levels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
    version: 1,
    completeness: counts(),
    ...extra,
  };
}

export function completenessLine(
  reportId: string,
  agencyName: string,
  status: ReportStatus,
  extra: Partial<CompletenessLine> = {},
): CompletenessLine {
  return {
    __typename: 'ReportCompletenessLine',
    agencyId: `agency-${reportId}`,
    agencyName,
    reportId,
    status,
    dueDate: '2022-06-20',
    submittedAt: status === ReportStatus.DRAFT ? null : '2022-06-18T03:00:00.000Z',
    late: false,
    ...extra,
  };
}

export function reportData(extra: Partial<ReportDataFieldsFragment> = {}): ReportDataFieldsFragment {
  return {
    __typename: 'ReportData',
    period: '2022-H1',
    asOf: '2022-06-14',
    generatedAt: '2022-06-14T03:00:00.000Z',
    areas: [
      {
        __typename: 'ReportAreaData',
        areaCode: 'VI',
        areaName: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
        total: 2,
        done: 1,
        doneLate: 0,
        inProgress: 1,
        notStarted: 0,
        overdue: 1,
        cancelled: 0,
        tasks: [
          {
            __typename: 'ReportTaskLine',
            id: 'item-6.1',
            code: '6.1',
            title: 'Nâng cấp cổng dịch vụ công',
            status: PlanItemStatus.DONE,
            progress: 100,
            dueDate: '2022-05-31',
            completedOn: '2022-05-20',
            overdue: false,
          },
          {
            __typename: 'ReportTaskLine',
            id: 'item-6.2',
            code: '6.2',
            title: 'Số hóa hồ sơ thủ tục hành chính',
            status: PlanItemStatus.IN_PROGRESS,
            progress: 40,
            dueDate: '2022-06-10',
            completedOn: null,
            overdue: true,
          },
        ],
      },
    ],
    indicators: [
      {
        __typename: 'ReportIndicatorLine',
        indicatorId: 'ind-6.1',
        code: '6.1',
        name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        unit: IndicatorUnit.PERCENT,
        period: '2022-Q2',
        value: 45.5,
        numerator: 91,
        denominator: 200,
        target: 50,
        status: IndicatorStatus.AT_RISK,
        reportedCount: 1,
      },
    ],
    contributions: [
      {
        __typename: 'ReportContribution',
        itemId: 'item-2.3',
        code: '2.3',
        title: 'Rà soát thủ tục hành chính',
        notes: ['Đã góp ý dự thảo danh mục'],
      },
    ],
    ...extra,
  };
}

export function reportDetail(status: ReportStatus, extra: Partial<ReportDetail> = {}): ReportDetail {
  const submitted = status !== ReportStatus.DRAFT;
  return {
    __typename: 'AgencyReport',
    id: 'rep-1',
    agencyId: 'stttt',
    roundId: 'round-h1',
    status,
    dueDate: '2099-06-17',
    late: false,
    frozen: status === ReportStatus.SUBMITTED || status === ReportStatus.ACCEPTED,
    submittedAt: submitted ? '2022-06-16T03:00:00.000Z' : null,
    acceptedAt: status === ReportStatus.ACCEPTED ? '2022-06-18T03:00:00.000Z' : null,
    updatedAt: '2022-06-16T03:00:00.000Z',
    version: 3,
    documentNumber: null,
    signerName: 'Nguyễn Văn B',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    attachments: [
      {
        __typename: 'ReportAttachment',
        id: 'att-1',
        filename: 'Biên bản họp.pdf',
        size: 20480,
        url: '/files/report-attachments/att-1',
        uploadedBy: 'officer@demo.partrack.vn',
        createdAt: '2022-06-10T03:00:00.000Z',
      },
    ],
    agency: {
      __typename: 'Agency',
      id: 'stttt',
      name: 'Sở Thông tin và Truyền thông',
      shortName: 'Sở TT&TT',
    },
    round: {
      __typename: 'ReportingRound',
      id: 'round-h1',
      kind: ReportRoundKind.H1,
      title: 'Báo cáo cải cách hành chính 6 tháng đầu năm 2022',
      period: '2022-H1',
      year: 2022,
      dataFrom: '2021-12-15',
      dataTo: '2022-06-14',
    },
    narrative: {
      __typename: 'ReportNarrative',
      direction: 'Ban hành kế hoạch CCHC năm 2022.\n- Họp giao ban **hằng tháng**',
      areas: [{ __typename: 'AreaNarrative', areaCode: 'VI', text: 'Vận hành nền tảng số.' }],
      assessment: null,
      nextTasks: null,
      proposals: null,
    },
    data: reportData(),
    events:
      status === ReportStatus.RETURNED
        ? [
            {
              __typename: 'ReportEvent',
              id: 'ev-2',
              action: ReportAction.RETURN,
              status: ReportStatus.RETURNED,
              comment: 'Bổ sung số liệu chỉ tiêu 6.1',
              actorLabel: 'Chuyên viên Sở Nội vụ',
              createdAt: '2022-06-17T03:00:00.000Z',
            },
            {
              __typename: 'ReportEvent',
              id: 'ev-1',
              action: ReportAction.SUBMIT,
              status: ReportStatus.SUBMITTED,
              comment: null,
              actorLabel: 'Cán bộ Sở TT&TT',
              createdAt: '2022-06-16T03:00:00.000Z',
            },
          ]
        : [],
    ...extra,
  };
}
