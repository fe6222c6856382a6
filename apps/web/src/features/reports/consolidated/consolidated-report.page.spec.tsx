import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ConsolidatedReportStatus, ReportRoundKind, ReportStatus, Role } from '@partrack/shared';
import type { ConsolidatedReportFieldsFragment } from '../../../gql/graphql';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import {
  ConsolidatedReportDocument,
  FinaliseConsolidatedReportDocument,
  GenerateConsolidatedReportDocument,
} from '../graphql/consolidated-report.operations';
import { completenessLine, counts, reportData } from '../report.fixtures';
import { ConsolidatedReportPage } from './consolidated-report.page';

const ROUND = {
  __typename: 'ReportingRound',
  id: 'round-h1',
  title: 'Báo cáo cải cách hành chính 6 tháng đầu năm 2022',
  period: '2022-H1',
  kind: ReportRoundKind.H1,
  year: 2022,
  dueDate: '2022-06-20',
};

function consolidated(status: ConsolidatedReportStatus, version: number): ConsolidatedReportFieldsFragment {
  return {
    __typename: 'ConsolidatedReport',
    id: 'cons-1',
    roundId: 'round-h1',
    status,
    documentNumber: null,
    signerName: null,
    signerTitle: null,
    finalisedAt: status === ConsolidatedReportStatus.FINAL ? '2022-06-25T03:00:00.000Z' : null,
    updatedAt: '2022-06-24T03:00:00.000Z',
    version,
    narrative: {
      __typename: 'ReportNarrative',
      direction: '- Sở Thông tin và Truyền thông: ban hành kế hoạch',
      areas: [],
      assessment: null,
      nextTasks: null,
      proposals: null,
    },
    data: reportData(),
    completeness: {
      ...counts({ expected: 2, submitted: 1, accepted: 1, missing: 1, returned: 0, onTime: 1, late: 0 }),
      agencies: [
        completenessLine('rep-stttt', 'Sở Thông tin và Truyền thông', ReportStatus.ACCEPTED),
        completenessLine('rep-qs', 'Ủy ban nhân dân huyện Quế Sơn', ReportStatus.DRAFT),
      ],
    },
  };
}

const pageMock = (report: ConsolidatedReportFieldsFragment | null) => ({
  request: { query: ConsolidatedReportDocument, variables: { roundId: 'round-h1' } },
  result: { data: { reportingRound: ROUND, consolidatedReport: report } },
});

function renderPage(role: Role, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(
    <Routes>
      <Route path="/reports/rounds/:id/consolidated" element={<ConsolidatedReportPage />} />
    </Routes>,
    { role, route: '/reports/rounds/round-h1/consolidated', mocks },
  );
}

describe('ConsolidatedReportPage', () => {
  it('generates the draft, then finalises it after confirmation, which makes it read-only', async () => {
    const draft = consolidated(ConsolidatedReportStatus.DRAFT, 1);
    const { fast } = renderPage(Role.COORDINATOR, [
      pageMock(null),
      {
        request: {
          query: GenerateConsolidatedReportDocument,
          variables: { roundId: 'round-h1', redraw: false },
        },
        result: { data: { generateConsolidatedReport: draft } },
      },
      pageMock(draft),
      {
        request: { query: FinaliseConsolidatedReportDocument, variables: { id: 'cons-1', version: 1 } },
        result: { data: { finaliseConsolidatedReport: consolidated(ConsolidatedReportStatus.FINAL, 2) } },
      },
    ]);
    expect(await screen.findByTestId('consolidated-empty')).toHaveTextContent('Chưa có báo cáo tổng hợp');
    await fast.click(screen.getByTestId('consolidated-generate'));
    expect(await screen.findByTestId('consolidated-editor')).toBeInTheDocument();
    expect(screen.getByTestId('report-direction')).toHaveValue(
      '- Sở Thông tin và Truyền thông: ban hành kế hoạch',
    );
    expect(screen.getByTestId('counter-missing')).toHaveTextContent('1');
    expect(screen.getByTestId('report-data-note')).toHaveTextContent('cập nhật đến khi hoàn thành báo cáo');

    await fast.click(screen.getByTestId('consolidated-finalise'));
    expect(await screen.findByText(/Số liệu được chốt và báo cáo không sửa được nữa/)).toBeInTheDocument();
    await fast.click(screen.getByTestId('consolidated-finalise-confirm'));
    expect(await screen.findByTestId('consolidated-final')).toHaveTextContent('25/06/2022');
    await waitFor(() => expect(screen.queryByTestId('consolidated-editor')).not.toBeInTheDocument());
    expect(screen.getByTestId('consolidated-status')).toHaveTextContent('Đã hoàn thành');
    expect(screen.getByTestId('report-data-note')).toHaveTextContent(
      'Số liệu đã chốt khi hoàn thành báo cáo',
    );
  });

  it('tells a reader that the coordinators have not drawn it up yet', async () => {
    renderPage(Role.VIEWER, [pageMock(null)]);
    expect(await screen.findByTestId('consolidated-empty')).toHaveTextContent(
      'Cơ quan điều phối chưa lập báo cáo tổng hợp cho kỳ này.',
    );
    expect(screen.queryByTestId('consolidated-generate')).not.toBeInTheDocument();
  });
});
