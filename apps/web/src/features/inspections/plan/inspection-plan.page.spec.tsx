import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import {
  AgencyLevel,
  InspectionFindingStatus,
  InspectionPlanStatus,
  InspectionReasonCode,
  InspectionStatus,
  Role,
} from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { ApproveInspectionPlanDocument } from '../graphql/inspections.operations';
import {
  inspectionPlanMock,
  inspectionRow,
  planFields,
  planInspectionsMock,
  teamOf,
} from '../inspections.fixtures';
import { InspectionPlanPage } from './inspection-plan.page';

const reason = (code: InspectionReasonCode, extra: { year?: number; value?: number; count?: number }) => ({
  __typename: 'InspectionReasonModel' as const,
  code,
  year: extra.year ?? null,
  value: extra.value ?? null,
  count: extra.count ?? null,
  points: 10,
});

const ROWS = [
  inspectionRow('i-late', {
    month: null,
    agency: { __typename: 'Agency', id: 'a-x', name: 'UBND xã Tân Phú', level: AgencyLevel.COMMUNE },
    score: 37.5,
    reasons: [
      reason(InspectionReasonCode.LOW_PAR_INDEX, { value: 72.5 }),
      reason(InspectionReasonCode.OVERDUE_TASKS, { count: 3 }),
    ],
  }),
  inspectionRow('i-may', {
    month: 5,
    agency: { __typename: 'Agency', id: 'a-h', name: 'UBND huyện Long Thành', level: AgencyLevel.DISTRICT },
    reasons: [reason(InspectionReasonCode.NOT_INSPECTED_SINCE, { year: 2019 })],
    status: InspectionStatus.DONE,
    findings: [
      { __typename: 'InspectionFinding', id: 'f-1', status: InspectionFindingStatus.OPEN },
      { __typename: 'InspectionFinding', id: 'f-2', status: InspectionFindingStatus.CLOSED },
    ],
  }),
  inspectionRow('i-feb', { month: 2, ...teamOf(['u-1', 'Nguyễn Văn An'], ['u-2', 'Trần Thị Bình']) }),
];

function renderPlan(mocks: NonNullable<HarnessOptions['mocks']>, role = Role.VIEWER) {
  return renderFast(
    <Routes>
      <Route path="/kiem-tra/:planId" element={<InspectionPlanPage />} />
    </Routes>,
    { role, route: '/kiem-tra/ip-1', mocks },
  );
}

describe('InspectionPlanPage', () => {
  it('shows the targets, the coverage and the inspections by month with their reasons in words', async () => {
    renderPlan([inspectionPlanMock(), planInspectionsMock(ROWS)]);
    expect(await screen.findByTestId('inspection-plan-title')).toHaveTextContent(
      'Kế hoạch kiểm tra CCHC năm 2026',
    );
    expect(screen.getByTestId('inspection-plan-header')).toHaveTextContent('Dự thảo');
    expect(screen.getByTestId('inspection-coverage-PROVINCE')).toHaveTextContent(
      'Cấp tỉnh1/10 đơn vị, 10 % · mục tiêu 30 %',
    );
    expect(screen.getByTestId('inspection-coverage-total')).toHaveTextContent('1/34 đơn vị, 2,94 %');
    const table = screen.getByTestId('inspections-table');
    await within(table).findByTestId('inspection-link-i-late');
    const [feb, may, late] = within(table).getAllByRole('row').slice(1);
    expect(within(feb).getByText('Tháng 2')).toBeInTheDocument();
    expect(within(feb).getByText('Chưa từng được kiểm tra')).toBeInTheDocument();
    expect(within(feb).getByTestId('inspection-team-i-feb')).toHaveTextContent(
      /^Nguyễn Văn AnTrưởng đoànTrần Thị Bình$/,
    );
    expect(within(may).getByTestId('inspection-team-i-may')).toHaveTextContent(/^—$/);
    expect(within(may).getByText('UBND huyện Long Thành')).toBeInTheDocument();
    expect(within(may).getByText('Chưa kiểm tra từ năm 2019')).toBeInTheDocument();
    expect(within(may).getByText('Đã kiểm tra')).toBeInTheDocument();
    expect(within(may).getAllByRole('cell').at(-1)).toHaveTextContent('1');
    expect(within(late).getByText('Chưa xếp lịch')).toBeInTheDocument();
    expect(within(late).getByText('Chỉ số CCHC thấp (72,5); 3 nhiệm vụ quá hạn')).toBeInTheDocument();
    expect(within(late).getByText('Điểm ưu tiên: 37,5')).toBeInTheDocument();
    expect(within(late).getByTestId('inspection-link-i-late')).toHaveAttribute(
      'href',
      '/kiem-tra/ip-1/i-late',
    );
    expect(screen.getByTestId('inspection-decision-download')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-approve')).not.toBeInTheDocument();
    expect(screen.queryByTestId('inspection-adjust')).not.toBeInTheDocument();
    expect(screen.queryByTestId('inspection-schedule-i-feb')).not.toBeInTheDocument();
  });

  it('lets a coordinator approve the draft after confirming', async () => {
    const approved = planFields({ status: InspectionPlanStatus.APPROVED, version: 2 });
    const { fast } = renderPlan(
      [
        inspectionPlanMock(),
        planInspectionsMock(ROWS),
        {
          request: { query: ApproveInspectionPlanDocument, variables: { input: { id: 'ip-1', version: 1 } } },
          result: { data: { approveInspectionPlan: approved } },
        },
        inspectionPlanMock(approved),
        planInspectionsMock(ROWS),
      ],
      Role.COORDINATOR,
    );
    expect(await screen.findByTestId('inspection-schedule-i-feb')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-schedule-i-may')).not.toBeInTheDocument();
    await fast.click(screen.getByTestId('inspection-approve'));
    await fast.click(await screen.findByTestId('inspection-approve-confirm'));
    await waitFor(
      () => expect(screen.getByTestId('inspection-plan-header')).toHaveTextContent('Đã phê duyệt'),
      {
        timeout: 5000,
      },
    );
    expect(screen.queryByTestId('inspection-approve')).not.toBeInTheDocument();
  });

  it('shows the API error with a retry', async () => {
    const { fast } = renderPlan([
      { ...inspectionPlanMock(), result: graphQLError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra.') },
      inspectionPlanMock(),
      planInspectionsMock([]),
    ]);
    expect(await screen.findByText('Không tìm thấy kế hoạch kiểm tra.')).toBeInTheDocument();
    await fast.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByText('Kế hoạch chưa có cơ quan, đơn vị nào.')).toBeInTheDocument();
  });
});
