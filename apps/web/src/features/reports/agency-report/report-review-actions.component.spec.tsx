import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReportDecision, ReportStatus, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { ReopenAgencyReportDocument, ReviewAgencyReportDocument } from '../graphql/agency-report.operations';
import { reportDetail } from '../report.fixtures';
import { ReportReviewActions } from './report-review-actions.component';

const COMMENT = 'Đề nghị bổ sung số liệu chỉ tiêu 6.1';

function reviewed(status: ReportStatus) {
  const { __typename, id, agencyId, roundId, dueDate, late, frozen, submittedAt, acceptedAt, updatedAt } =
    reportDetail(status);
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
    version: 4,
  };
}

function renderActions(status: ReportStatus, mocks: NonNullable<HarnessOptions['mocks']> = []) {
  const onDone = vi.fn();
  const report = { id: 'rep-1', status, version: 3, agency: { name: 'Sở Thông tin và Truyền thông' } };
  const harness = renderFast(<ReportReviewActions report={report} onDone={onDone} />, {
    role: Role.COORDINATOR,
    mocks,
  });
  return { ...harness, onDone };
}

describe('ReportReviewActions', () => {
  it('will not return a report without a comment, then returns it with one', async () => {
    const { fast, onDone } = renderActions(ReportStatus.SUBMITTED, [
      {
        request: {
          query: ReviewAgencyReportDocument,
          variables: {
            input: { id: 'rep-1', decision: ReportDecision.RETURN, version: 3, comment: COMMENT },
          },
        },
        result: { data: { reviewAgencyReport: reviewed(ReportStatus.RETURNED) } },
      },
    ]);
    await fast.click(screen.getByTestId('report-return'));
    expect(await screen.findByText('Trả lại báo cáo của Sở Thông tin và Truyền thông')).toBeInTheDocument();
    // Blank (or only spaces) is refused before anything is sent: no mock answers an empty comment.
    await fast.type(screen.getByTestId('report-comment-input'), '   ');
    await fast.click(screen.getByTestId('report-comment-submit'));
    expect(await screen.findByText('Vui lòng nhập ý kiến để cơ quan biết cần sửa gì.')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();

    await fast.clear(screen.getByTestId('report-comment-input'));
    await fast.click(screen.getByTestId('report-comment-input'));
    await fast.paste(COMMENT);
    await fast.click(screen.getByTestId('report-comment-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã trả lại báo cáo')).toBeInTheDocument();
  });

  it('accepts a submitted report after confirmation', async () => {
    const { fast, onDone } = renderActions(ReportStatus.SUBMITTED, [
      {
        request: {
          query: ReviewAgencyReportDocument,
          variables: { input: { id: 'rep-1', decision: ReportDecision.ACCEPT, version: 3 } },
        },
        result: { data: { reviewAgencyReport: reviewed(ReportStatus.ACCEPTED) } },
      },
    ]);
    await fast.click(screen.getByTestId('report-accept'));
    expect(
      await screen.findByText('Tiếp nhận báo cáo của Sở Thông tin và Truyền thông?'),
    ).toBeInTheDocument();
    await fast.click(screen.getByTestId('report-accept-confirm'));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('reopens an accepted report with a comment, and offers nothing on a draft', async () => {
    const { fast, onDone, unmount } = renderActions(ReportStatus.ACCEPTED, [
      {
        request: {
          query: ReopenAgencyReportDocument,
          variables: { id: 'rep-1', version: 3, comment: COMMENT },
        },
        result: { data: { reopenAgencyReport: reviewed(ReportStatus.RETURNED) } },
      },
    ]);
    expect(screen.queryByTestId('report-accept')).not.toBeInTheDocument();
    await fast.click(screen.getByTestId('report-reopen'));
    await fast.click(await screen.findByTestId('report-comment-input'));
    await fast.paste(COMMENT);
    await fast.click(screen.getByTestId('report-comment-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    unmount();

    renderActions(ReportStatus.DRAFT);
    expect(screen.queryByTestId('report-review-actions')).not.toBeInTheDocument();
  });
});
