import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import {
  InspectionFindingSeverity,
  InspectionFindingStatus,
  InspectionPlanStatus,
  InspectionStatus,
  Role,
} from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { ReinspectFindingsDocument } from '../graphql/inspections.operations';
import {
  finding,
  inspectionDetail,
  inspectionMock,
  inspectionPlanMock,
  planFields,
  teamOf,
} from '../inspections.fixtures';
import { InspectionPage } from './inspection.page';

const APPROVED = planFields({ status: InspectionPlanStatus.APPROVED, version: 2 });

const DONE = inspectionDetail({
  ...teamOf(['u-1', 'Nguyễn Văn An'], ['u-2', 'Trần Thị Bình']),
  status: InspectionStatus.DONE,
  conductedOn: '2026-03-12',
  findings: [
    finding(2, {
      id: 'f-2',
      text: 'Hồ sơ trễ hạn chưa có văn bản xin lỗi',
      severity: InspectionFindingSeverity.LOW,
      taskId: 't-2',
      task: {
        __typename: 'PlanItem',
        id: 't-2',
        code: 'KT-i-1.2',
        title: 'Khắc phục tồn tại sau kiểm tra CCHC năm 2026: văn bản xin lỗi',
      },
      status: InspectionFindingStatus.CLOSED,
      closedOn: '2026-06-01',
      reviewNote: 'Đã có văn bản xin lỗi',
    }),
    finding(1, {
      task: {
        __typename: 'PlanItem',
        id: 't-1',
        code: 'KT-i-1.1',
        title: 'Khắc phục tồn tại sau kiểm tra CCHC năm 2026: niêm yết thủ tục',
      },
    }),
  ],
});

/** A planner deleted the third finding's task. */
const DONE_WITH_DELETED_TASK = {
  ...DONE,
  findings: [...DONE.findings, finding(3, { taskId: null, task: null })],
};

function renderInspection(mocks: NonNullable<HarnessOptions['mocks']>, role = Role.VIEWER) {
  return renderFast(
    <Routes>
      <Route path="/kiem-tra/:planId/:inspectionId" element={<InspectionPage />} />
    </Routes>,
    { role, route: '/kiem-tra/ip-1/i-1', mocks },
  );
}

describe('InspectionPage', () => {
  it('shows the team by name and the findings in order with their severity, deadline and task by title', async () => {
    renderInspection([inspectionPlanMock(APPROVED), inspectionMock(DONE_WITH_DELETED_TASK)]);
    expect(await screen.findByTestId('inspection-title')).toHaveTextContent('Sở Tư pháp');
    const header = screen.getByTestId('inspection-header');
    expect(header).toHaveTextContent('Tháng 3/2026');
    expect(header).toHaveTextContent('12/03/2026');
    expect(header).toHaveTextContent('Chưa từng được kiểm tra');
    const team = within(header).getByTestId('inspection-team');
    expect(team).toHaveTextContent(/^Nguyễn Văn AnTrưởng đoànTrần Thị Bình$/);
    expect(header).not.toHaveTextContent('u-1');
    const table = screen.getByTestId('inspection-findings-table');
    const [first, second, third] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByText('Cao')).toBeInTheDocument();
    expect(within(first).getByText('30/09/2026')).toBeInTheDocument();
    expect(within(first).getByText('Chưa khắc phục')).toBeInTheDocument();
    expect(
      await within(first).findByText('Khắc phục tồn tại sau kiểm tra CCHC năm 2026: niêm yết thủ tục'),
    ).toHaveAttribute('href', '/tasks/t-1');
    expect(within(second).getByText('Thấp')).toBeInTheDocument();
    expect(within(second).getByText('Đã khắc phục')).toBeInTheDocument();
    expect(within(second).getByText('01/06/2026')).toBeInTheDocument();
    expect(within(second).getByText('Đã có văn bản xin lỗi')).toBeInTheDocument();
    expect(
      within(second).getByText('Khắc phục tồn tại sau kiểm tra CCHC năm 2026: văn bản xin lỗi'),
    ).toHaveAttribute('href', '/tasks/t-2');
    expect(within(third).getByText('Nhiệm vụ đã bị xóa')).toBeInTheDocument();
    expect(screen.getByTestId('inspection-conclusion-download')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-reinspect')).not.toBeInTheDocument();
  });

  it('offers a coordinator to record the findings of a planned inspection of an approved plan only', async () => {
    renderInspection([inspectionPlanMock(APPROVED), inspectionMock(inspectionDetail())], Role.COORDINATOR);
    expect(await screen.findByTestId('inspection-record-findings')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-conclusion-download')).not.toBeInTheDocument();
    expect(screen.getByText('Chưa ghi nhận tồn tại nào.')).toBeInTheDocument();
  });

  it('says a draft plan must be approved before findings are recorded', async () => {
    renderInspection([inspectionPlanMock(), inspectionMock(inspectionDetail())], Role.COORDINATOR);
    expect(await screen.findByTestId('inspection-draft-hint')).toBeInTheDocument();
    expect(screen.queryByTestId('inspection-record-findings')).not.toBeInTheDocument();
  });

  it('asks for a deadline before recording a finding', async () => {
    const { fast } = renderInspection(
      [inspectionPlanMock(APPROVED), inspectionMock(inspectionDetail())],
      Role.COORDINATOR,
    );
    await fast.click(await screen.findByTestId('inspection-record-findings'));
    await fast.click(screen.getByTestId('inspection-finding-text-0'));
    await fast.paste('Chưa công khai kết quả giải quyết hồ sơ');
    await fast.click(screen.getByTestId('inspection-findings-submit'));
    expect(await screen.findByText('Chọn hạn khắc phục')).toBeInTheDocument();
    expect(screen.getByText('Chọn kế hoạch CCHC của năm')).toBeInTheDocument();
  });

  it('re-inspects: closes a finding with the team note', async () => {
    const reinspected = {
      ...DONE,
      version: 2,
      reinspectedOn: '2026-07-01',
      findings: DONE.findings.map((f) =>
        f.id === 'f-1'
          ? {
              ...f,
              status: InspectionFindingStatus.CLOSED,
              closedOn: '2026-07-01',
              reviewNote: 'Đã niêm yết',
            }
          : f,
      ),
    };
    const { fast } = renderInspection(
      [
        inspectionPlanMock(APPROVED),
        inspectionMock(DONE),
        {
          request: {
            query: ReinspectFindingsDocument,
            variables: {
              input: {
                id: 'i-1',
                version: 1,
                results: [
                  { findingId: 'f-1', closed: true, note: 'Đã niêm yết' },
                  { findingId: 'f-2', closed: true, note: 'Đã có văn bản xin lỗi' },
                ],
              },
            },
          },
          result: { data: { reinspectFindings: reinspected } },
        },
      ],
      Role.COORDINATOR,
    );
    await fast.click(await screen.findByTestId('inspection-reinspect'));
    const first = screen.getByTestId('inspection-reinspect-1');
    await fast.click(within(first).getByLabelText('Đã khắc phục (đóng)'));
    await fast.click(screen.getByTestId('inspection-reinspect-note-1'));
    await fast.paste('Đã niêm yết');
    await fast.click(screen.getByTestId('inspection-reinspect-submit'));
    await waitFor(() => expect(screen.getByTestId('inspection-header')).toHaveTextContent('01/07/2026'), {
      timeout: 5000,
    });
    expect(within(screen.getByTestId('inspection-header')).getByText('0')).toBeInTheDocument();
  });
});
