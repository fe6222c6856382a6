import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ParAssessmentStatus,
  ParCycleStatus,
  ParDeadlinePhase,
  ParTargetGroup,
  Role,
} from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { ParCycleDetailDocument } from '../graphql/par-cycle-admin.operations';
import {
  adminRow,
  cycleAssessmentsMock,
  cycleDetail,
  cycleDetailMock,
  renderCyclePage,
  statusesMock,
} from './par-cycle-admin.fixtures';

const { DRAFT, SUBMITTED, FINALISED } = ParAssessmentStatus;
/** The page renders three antd cards and a wide table before the rows: slow in jsdom. */
const SLOW = { timeout: 5000 };

describe('ParCyclePage', () => {
  it('shows every deadline, the phase and the council by name, lead first', async () => {
    renderCyclePage([
      cycleDetailMock(cycleDetail('cy-1')),
      statusesMock('cy-1', [DRAFT]),
      cycleAssessmentsMock('cy-1', []),
    ]);
    expect(await screen.findByTestId('par-cycle-title')).toHaveTextContent('Chỉ số CCHC năm 2024');
    expect(screen.getByTestId('par-cycle-self-due')).toHaveTextContent('15/01/2025');
    expect(screen.getByTestId('par-cycle-appraisal-due')).toHaveTextContent('14/02/2025');
    expect(screen.getByTestId('par-cycle-publication-due')).toHaveTextContent('16/03/2025');
    expect(screen.getByTestId('par-cycle-explanation-days')).toHaveTextContent('5 ngày');
    expect(screen.getByTestId('par-cycle-status')).toHaveTextContent('Đang diễn ra');
    const council = screen.getByTestId('par-cycle-council');
    expect(within(council).getByTestId('par-council-member-u-lead')).toHaveTextContent(
      'Trần Thị BìnhChủ tịch hội đồng',
    );
    expect(within(council).getByTestId('par-council-member-u-2')).toHaveTextContent('Lê Văn Cường');
    expect(within(council).getByTestId('par-council-member-u-2')).not.toHaveTextContent('Chủ tịch');
    // A viewer reads it all and changes nothing.
    expect(screen.queryByTestId('par-cycle-council-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-cycle-publish')).not.toBeInTheDocument();
    expect(await screen.findByText('Kỳ đánh giá chưa có cơ quan nào được chấm điểm.')).toBeInTheDocument();
  });

  it('says when and by whom a published cycle was published, with no council editing', async () => {
    renderCyclePage(
      [
        cycleDetailMock(
          cycleDetail('cy-1', {
            status: ParCycleStatus.PUBLISHED,
            publishedAt: '2025-03-10T03:00:00.000Z',
            publishedByLabel: 'Phạm Thu Hà',
            council: [],
          }),
        ),
        statusesMock('cy-1', [FINALISED]),
        cycleAssessmentsMock('cy-1', []),
      ],
      Role.COORDINATOR,
    );
    expect(await screen.findByTestId('par-cycle-status')).toHaveTextContent('Đã công bố');
    expect(screen.getByTestId('par-cycle-published-at')).toHaveTextContent('10/03/2025');
    expect(screen.getByTestId('par-cycle-published-by')).toHaveTextContent('Phạm Thu Hà');
    expect(screen.getByText('Chưa chọn thành viên hội đồng thẩm định.')).toBeInTheDocument();
    expect(screen.queryByTestId('par-cycle-council-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-cycle-publish')).not.toBeInTheDocument();
  });

  it("lists the agencies' assessments with status, deadlines, lateness and progress, and opens one", async () => {
    const harness = renderCyclePage([
      cycleDetailMock(cycleDetail('cy-1')),
      statusesMock('cy-1', [DRAFT, SUBMITTED]),
      cycleAssessmentsMock('cy-1', [
        adminRow('as-1', {
          selfSummary: { __typename: 'ParSelfSummary', toScore: 40, scored: 12, selfPoints: 10.5 },
          selfAssessmentDue: '2025-01-25',
          selfAssessmentDeadline: '2025-01-25',
        }),
        adminRow('as-2', {
          framework: {
            __typename: 'ParFramework',
            id: 'fw-2',
            name: 'Bộ tiêu chí cấp huyện',
            targetGroup: ParTargetGroup.DISTRICT,
          },
          status: SUBMITTED,
          late: true,
          closedByDeadline: ParDeadlinePhase.SELF_ASSESSMENT,
        }),
      ]),
    ]);
    const first = (await screen.findByTestId('par-assessment-link-as-1', {}, SLOW)).closest(
      'tr',
    ) as HTMLElement;
    expect(within(first).getByText('Sở, ban, ngành')).toBeInTheDocument();
    expect(within(first).getByText('Đang tự chấm')).toBeInTheDocument();
    expect(within(first).getByTestId('par-self-deadline-as-1')).toHaveTextContent('25/01/2025Đã gia hạn');
    expect(within(first).getByText('12/40')).toBeInTheDocument();
    expect(within(first).getByText('10,5')).toBeInTheDocument();
    const second = screen.getByTestId('par-assessment-link-as-2').closest('tr') as HTMLElement;
    expect(within(second).getByText('UBND cấp huyện')).toBeInTheDocument();
    expect(within(second).getByText('Đã gửi')).toBeInTheDocument();
    expect(within(second).getByText('Gửi muộn')).toBeInTheDocument();
    expect(within(second).getByTestId('par-closed-as-2')).toHaveTextContent(
      'Hệ thống tự chốt khi hết hạn tự đánh giá',
    );
    expect(within(second).getByTestId('par-self-deadline-as-2')).toHaveTextContent('15/01/2025');
    expect(screen.getByTestId('par-assessments-table')).not.toHaveTextContent('SUBMITTED');
    expect(screen.queryByTestId('par-extend-as-1')).not.toBeInTheDocument();
    await harness.fast.click(within(second).getByText('UBND cấp huyện'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/par-index/assessments/as-2'),
    );
  });

  it('filters by status from the URL, with the counts of the whole cycle', async () => {
    renderCyclePage(
      [
        cycleDetailMock(cycleDetail('cy-1')),
        statusesMock('cy-1', [DRAFT, SUBMITTED, SUBMITTED]),
        // The API filters: only the SUBMITTED mock answers this page.
        cycleAssessmentsMock('cy-1', [adminRow('as-2', { status: SUBMITTED })], [SUBMITTED]),
        cycleAssessmentsMock('cy-1', [adminRow('as-1'), adminRow('as-2', { status: SUBMITTED })]),
      ],
      Role.VIEWER,
      '/par-index/cycles/cy-1?status=SUBMITTED',
    );
    expect(await screen.findByTestId('par-assessment-link-as-2', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByTestId('par-assessment-link-as-1')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('par-assessment-status-filter')).toHaveTextContent('Đã gửi (2)'),
    );
  });

  it('says when the cycle does not exist', async () => {
    renderCyclePage([
      {
        request: { query: ParCycleDetailDocument, variables: { id: 'cy-1' } },
        result: graphQLError('NOT_FOUND', 'Không tìm thấy.'),
      },
      statusesMock('cy-1', []),
      cycleAssessmentsMock('cy-1', []),
    ]);
    expect(await screen.findByText('Không tìm thấy kỳ đánh giá.')).toBeInTheDocument();
  });
});
