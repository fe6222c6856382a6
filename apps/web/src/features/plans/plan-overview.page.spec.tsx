import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { PlanItemKind, PlanItemStatus, Role } from '@partrack/shared';
import { blobBytes, spyOnDownloads, type DownloadSpy } from '../../testing/download-spy';
import { graphQLError, renderWithProviders, type HarnessOptions } from '../../testing/test-harness';
import { ExportPlanXlsxDocument, PlanOverviewDocument, PlanStatsDocument } from './graphql/plan.operations';
import { PlanOverviewPage } from './plan-overview.page';
import { planItem, planOverview, statsRow } from './plan.fixtures';

const overviewMock = {
  request: { query: PlanOverviewDocument, variables: { id: 'plan-1' } },
  result: {
    data: {
      plan: planOverview([
        planItem('r1', '1.4', PlanItemKind.RESULT, null),
        planItem('a1', '2.5', PlanItemKind.ACTIVITY, 'r1'),
        planItem('t1', '3.6', PlanItemKind.TASK, 'a1', { status: PlanItemStatus.DONE, progress: 100 }),
      ]),
    },
  },
};

const statsMock = {
  request: { query: PlanStatsDocument, variables: { planId: 'plan-1' } },
  result: {
    data: {
      areas: [
        statsRow('II', 'Cải cách thủ tục hành chính', {
          total: 5,
          done: 2,
          inProgress: 1,
          notStarted: 2,
          overdue: 3,
          averageProgress: 56,
        }),
        statsRow('NONE', null, { total: 1, notStarted: 1 }),
      ],
      leads: [statsRow('snv', 'Sở Nội vụ', { total: 4, done: 2, inProgress: 1, notStarted: 1, overdue: 1 })],
      leadsOnTime: [statsRow('snv', 'Sở Nội vụ', { total: 3, done: 2, notStarted: 1 })],
    },
  },
};

function renderOverview(extraMocks: NonNullable<HarnessOptions['mocks']> = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/plans/:id" element={<PlanOverviewPage />} />
    </Routes>,
    {
      role: Role.VIEWER,
      route: '/plans/plan-1',
      mocks: [overviewMock, statsMock, ...extraMocks],
    },
  );
}

describe('PlanOverviewPage', () => {
  it('shows one card per reform area with average progress, counts and overdue, each linking to the tasks', async () => {
    renderOverview();
    const card = await screen.findByTestId('area-card-II');
    expect(within(card).getByText('II. Cải cách thủ tục hành chính')).toHaveAttribute(
      'href',
      '/tasks?plan=plan-1&area=II',
    );
    expect(within(card).getByText('56%')).toBeInTheDocument();
    const overdue = within(screen.getByTestId('area-count-II-overdue')).getByRole('link');
    expect(overdue).toHaveTextContent('3');
    expect(overdue).toHaveAttribute('href', '/tasks?plan=plan-1&area=II&overdue=1');
    expect(within(screen.getByTestId('area-count-II-done')).getByRole('link')).toHaveAttribute(
      'href',
      '/tasks?plan=plan-1&area=II&status=DONE',
    );
    // Tasks without an area cannot be filtered by area: shown, but not linked.
    const none = screen.getByTestId('area-card-NONE');
    expect(within(none).getByText('Chưa xác định lĩnh vực')).toBeInTheDocument();
    expect(within(none).queryByRole('link')).not.toBeInTheDocument();
  });

  it('stacks the lead agency bars and links each segment to the filtered list', async () => {
    renderOverview();
    const bar = await screen.findByTestId('agency-bar-snv');
    expect(within(bar).getByRole('link', { name: 'Sở Nội vụ' })).toHaveAttribute(
      'href',
      '/tasks?plan=plan-1&lead=snv',
    );
    expect(within(bar).getByTestId('agency-bar-segment-overdue')).toHaveAttribute(
      'href',
      '/tasks?plan=plan-1&lead=snv&overdue=1',
    );
    expect(within(bar).getByTestId('agency-bar-segment-notStarted')).toHaveAttribute(
      'href',
      '/tasks?plan=plan-1&lead=snv&status=NOT_STARTED&overdue=0',
    );
    expect(within(bar).queryByTestId('agency-bar-segment-inProgress')).not.toBeInTheDocument();
  });

  it('shows the header and the plan tree with status tags', async () => {
    renderOverview();
    expect(await screen.findByTestId('plan-title')).toHaveTextContent(
      'Kế hoạch cải cách hành chính năm 2022',
    );
    expect(screen.getByText('Số 3590/QĐ-UBND ngày 24/12/2021')).toBeInTheDocument();
    const tree = screen.getByTestId('plan-tree');
    expect(within(tree).getByTestId('plan-tree-task-3.6')).toHaveAttribute('href', '/tasks/t1');
    expect(within(tree).getAllByText('Đã hoàn thành').length).toBeGreaterThan(0);
  });
});

describe('PlanOverviewPage export', () => {
  const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  let downloads: DownloadSpy;
  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  it('downloads the plan in the XLSX import template', async () => {
    const harness = renderOverview([
      {
        request: { query: ExportPlanXlsxDocument, variables: { planId: 'plan-1' } },
        result: {
          data: {
            exportPlanXlsx: {
              __typename: 'ExportedFile',
              filename: 'KH-CCHC-2022.xlsx',
              mimeType: XLSX_MIME,
              contentBase64: 'UEsDBA==',
            },
          },
        },
        // Long enough to see the busy button even on a loaded test machine.
        delay: 400,
      },
    ]);
    const button = await screen.findByTestId('plan-export');
    expect(button).toHaveTextContent('Xuất Excel (mẫu nhập)');
    await harness.user.click(button);
    expect(button).toHaveClass('ant-btn-loading');
    await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
    expect(downloads.links[0]?.download).toBe('KH-CCHC-2022.xlsx');
    const [blob] = downloads.blobs;
    expect(blob?.type).toBe(XLSX_MIME);
    expect(blob && (await blobBytes(blob))).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(button).not.toHaveClass('ant-btn-loading');
  });

  it('shows the reason when the plan cannot be exported', async () => {
    const harness = renderOverview([
      {
        request: { query: ExportPlanXlsxDocument, variables: { planId: 'plan-1' } },
        result: graphQLError('FORBIDDEN', 'Bạn không có quyền xem kế hoạch này.'),
      },
    ]);
    await harness.user.click(await screen.findByTestId('plan-export'));
    const alert = await screen.findByTestId('plan-export-error');
    expect(alert).toHaveTextContent('Không tải được tệp');
    expect(alert).toHaveTextContent('Bạn không có quyền xem kế hoạch này.');
    expect(downloads.links).toHaveLength(0);
  });
});
