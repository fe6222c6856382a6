import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ReportStatus, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import {
  AgencyReportDocument,
  SubmitAgencyReportDocument,
  UpdateAgencyReportDocument,
} from '../graphql/agency-report.operations';
import { narrativeInput, narrativeValues } from '../report-editing.util';
import { reportDetail, type ReportDetail } from '../report.fixtures';
import { AgencyReportPage } from './agency-report.page';

// The harness's session belongs to agency "a-1": the report is that agency's own.
const OWN = { agencyId: 'a-1' };

function reportMock(report: ReportDetail) {
  return {
    request: { query: AgencyReportDocument, variables: { id: report.id } },
    result: { data: { agencyReport: report } },
  };
}

function summary(report: ReportDetail, extra: Partial<ReportDetail>) {
  const {
    __typename,
    id,
    agencyId,
    roundId,
    status,
    dueDate,
    late,
    frozen,
    submittedAt,
    acceptedAt,
    updatedAt,
    version,
  } = { ...report, ...extra };
  return {
    __typename,
    id,
    agencyId,
    roundId,
    status,
    dueDate,
    late,
    frozen,
    submittedAt,
    acceptedAt,
    updatedAt,
    version,
  };
}

function renderReport(role: Role, mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(
    <Routes>
      <Route path="/reports/:id" element={<AgencyReportPage />} />
    </Routes>,
    { role, route: '/reports/rep-1', mocks },
  );
}

describe('AgencyReportPage', () => {
  it('saves the narrative with the version it was filled with, then submits after confirmation', async () => {
    const draft = reportDetail(ReportStatus.DRAFT, OWN);
    const values = narrativeValues(draft);
    values.direction = `${values.direction}\n- Kiểm tra **đột xuất** 3 đơn vị`;
    const saved = { ...draft, version: 4, narrative: { ...draft.narrative, direction: values.direction } };
    const submitted = reportDetail(ReportStatus.SUBMITTED, {
      ...OWN,
      version: 5,
      narrative: saved.narrative,
    });
    const harness = renderReport(Role.AGENCY_OFFICER, [
      reportMock(draft),
      {
        request: {
          query: UpdateAgencyReportDocument,
          variables: { input: { id: 'rep-1', version: 3, ...narrativeInput(values) } },
        },
        result: {
          data: {
            updateAgencyReport: {
              ...summary(draft, { version: 4 }),
              documentNumber: null,
              signerName: draft.signerName,
              signerTitle: draft.signerTitle,
              narrative: saved.narrative,
            },
          },
        },
      },
      {
        request: { query: SubmitAgencyReportDocument, variables: { id: 'rep-1', version: 4 } },
        result: { data: { submitAgencyReport: summary(submitted, {}) } },
      },
      reportMock(submitted),
    ]);

    const direction = await screen.findByTestId('report-direction');
    expect(screen.getByTestId('report-data-note')).toHaveTextContent('Số liệu tự động cập nhật đến khi nộp');
    await harness.fast.click(direction);
    await harness.fast.keyboard('{Control>}{End}{/Control}');
    await harness.fast.paste('\n- Kiểm tra **đột xuất** 3 đơn vị');
    // The live preview renders the bullet with its bold part as the Word export will.
    const preview = await screen.findByTestId('report-direction-preview');
    expect(within(preview).getByText('đột xuất').tagName).toBe('STRONG');
    expect(screen.getByTestId('report-unsaved')).toBeInTheDocument();

    await harness.fast.click(screen.getByTestId('report-save'));
    expect(await screen.findByText('Đã lưu báo cáo')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('report-unsaved')).not.toBeInTheDocument());

    // Submitting asks first; nothing is sent until the user confirms.
    await harness.fast.click(screen.getByTestId('report-submit'));
    const dialog = await screen.findByTestId('report-submit-dialog');
    expect(dialog).toHaveTextContent('Số liệu được chốt tại thời điểm nộp');
    await harness.fast.click(screen.getByTestId('report-submit-confirm'));
    expect(await screen.findByText('Đã nộp báo cáo')).toBeInTheDocument();
    // Refetched: the report is now read-only with its data frozen.
    const readOnly = await screen.findByTestId('report-readonly');
    expect(readOnly).toHaveAttribute('data-reason', ReportStatus.SUBMITTED);
    expect(screen.getByTestId('report-data-note')).toHaveTextContent('Số liệu đã chốt khi nộp');
  });

  it('offers to reload when someone else saved first (CONFLICT)', async () => {
    const draft = reportDetail(ReportStatus.DRAFT, OWN);
    const harness = renderReport(Role.AGENCY_OFFICER, [
      reportMock(draft),
      {
        request: { query: UpdateAgencyReportDocument, variables: () => true },
        result: graphQLError('CONFLICT', 'Dữ liệu đã được người khác thay đổi'),
      },
    ]);
    await harness.fast.click(await screen.findByTestId('report-save'));
    expect(await screen.findByTestId('conflict-alert')).toHaveTextContent('Tải lại dữ liệu mới nhất');
  });

  it('is read-only once submitted, says why, and shows the frozen data and the document text', async () => {
    renderReport(Role.AGENCY_OFFICER, [reportMock(reportDetail(ReportStatus.SUBMITTED, OWN))]);
    const readOnly = await screen.findByTestId('report-readonly');
    expect(readOnly).toHaveTextContent('Báo cáo đã nộp và đang chờ cơ quan điều phối xem xét');
    expect(screen.queryByTestId('report-editor')).not.toBeInTheDocument();
    expect(screen.queryByTestId('report-save')).not.toBeInTheDocument();
    expect(screen.getByTestId('report-data-note')).toHaveTextContent('Số liệu đã chốt khi nộp');
    expect(within(screen.getByTestId('document-direction')).getByText('hằng tháng').tagName).toBe('STRONG');
    // Agency staff do not review.
    expect(screen.queryByTestId('report-review-actions')).not.toBeInTheDocument();
  });

  it('shows a returned report’s comment and lets the agency edit it again', async () => {
    renderReport(Role.AGENCY_OFFICER, [reportMock(reportDetail(ReportStatus.RETURNED, OWN))]);
    const comment = await screen.findByTestId('report-return-comment');
    expect(comment).toHaveTextContent('Báo cáo bị trả lại: Bổ sung số liệu chỉ tiêu 6.1');
    expect(screen.getByTestId('report-editor')).toBeInTheDocument();
    expect(screen.getAllByTestId('report-event').map((e) => e.getAttribute('data-action'))).toEqual([
      'RETURN',
      'SUBMIT',
    ]);
  });

  it('lets a coordinator read another agency’s report and review it, but not edit it', async () => {
    renderReport(Role.COORDINATOR, [reportMock(reportDetail(ReportStatus.SUBMITTED))]);
    expect(await screen.findByTestId('report-review-actions')).toBeInTheDocument();
    expect(screen.getByTestId('report-accept')).toBeInTheDocument();
    expect(screen.getByTestId('report-readonly')).toHaveAttribute('data-reason', 'otherAgency');
  });

  it('renders the task lines, indicators with their status chip, and contributions', async () => {
    const harness = renderReport(Role.VIEWER, [reportMock(reportDetail(ReportStatus.ACCEPTED))]);
    const tasks = await screen.findByTestId('report-task-table');
    expect(
      within(tasks).getByText('Xây dựng và phát triển chính quyền điện tử, chính quyền số'),
    ).toBeInTheDocument();
    await harness.fast.click(within(tasks).getByRole('button', { name: /mở rộng|expand/i }));
    expect(await screen.findByTestId('report-task-6.2')).toHaveAttribute('href', '/tasks/item-6.2');
    const indicators = screen.getByTestId('report-indicator-table');
    expect(within(indicators).getByText('45,5%')).toBeInTheDocument();
    expect(within(indicators).getByTestId('indicator-status')).toHaveTextContent('Có nguy cơ không đạt');
    expect(screen.getByTestId('report-contributions')).toHaveTextContent('Đã góp ý dự thảo danh mục');
    expect(screen.getByTestId('report-readonly')).toHaveAttribute('data-reason', 'noPermission');
  });
});
