import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, ParCycleStatus, ParDeadlinePhase, Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { PublishParCycleDocument } from '../graphql/par-cycle-admin.operations';
import {
  adminRow,
  cycleAssessmentsMock,
  cycleDetail,
  cycleDetailMock,
  renderCyclePage,
  statusesMock,
} from './par-cycle-admin.fixtures';

const { DRAFT, SUBMITTED, APPRAISED, REAPPRAISAL, FINALISED } = ParAssessmentStatus;
const SLOW = { timeout: 5000 };
const cycle = cycleDetail('cy-1');
const publishRequest = { query: PublishParCycleDocument, variables: { input: { id: 'cy-1', version: 1 } } };

describe('ParCyclePublish and the coordinator actions on the cycle page', () => {
  it('keeps "Công bố kết quả" disabled until every assessment is finalised', async () => {
    renderCyclePage(
      [
        cycleDetailMock(cycle),
        statusesMock('cy-1', [FINALISED, REAPPRAISAL]),
        cycleAssessmentsMock('cy-1', []),
      ],
      Role.COORDINATOR,
    );
    const publish = await screen.findByTestId('par-cycle-publish', {}, SLOW);
    await waitFor(() =>
      expect(screen.getByTestId('par-cycle-finalised-count')).toHaveTextContent(
        'Đã hoàn tất 1/2 bản đánh giá',
      ),
    );
    expect(publish).toBeDisabled();
  });

  it("does not wait for the province's national assessment, which the Ministry finalises", async () => {
    renderCyclePage(
      [
        cycleDetailMock(cycle),
        statusesMock('cy-1', [FINALISED, FINALISED], [DRAFT]),
        cycleAssessmentsMock('cy-1', []),
      ],
      Role.COORDINATOR,
    );
    const publish = await screen.findByTestId('par-cycle-publish', {}, SLOW);
    await waitFor(() =>
      expect(screen.getByTestId('par-cycle-finalised-count')).toHaveTextContent(
        'Đã hoàn tất 2/2 bản đánh giá',
      ),
    );
    expect(publish).toBeEnabled();
  });

  it('publishes after the confirmation once all are finalised', async () => {
    const harness = renderCyclePage(
      [
        cycleDetailMock(cycle),
        statusesMock('cy-1', [FINALISED, FINALISED]),
        cycleAssessmentsMock('cy-1', []),
        {
          request: publishRequest,
          result: {
            data: {
              publishParCycle: cycleDetail('cy-1', {
                version: 2,
                status: ParCycleStatus.PUBLISHED,
                publishedAt: '2025-03-10T03:00:00.000Z',
                publishedByLabel: 'Nguyễn Văn An',
              }),
            },
          },
        },
      ],
      Role.COORDINATOR,
    );
    const publish = await screen.findByTestId('par-cycle-publish', {}, SLOW);
    await waitFor(() => expect(publish).toBeEnabled());
    await harness.fast.click(publish);
    const confirm = await screen.findByText('Công bố kết quả kỳ đánh giá?');
    const popup = confirm.closest('.ant-popover') as HTMLElement;
    await harness.fast.click(within(popup).getByRole('button', { name: 'Công bố kết quả' }));
    await waitFor(() => expect(screen.getByTestId('par-cycle-status')).toHaveTextContent('Đã công bố'), SLOW);
    expect(screen.getByTestId('par-cycle-published-by')).toHaveTextContent('Nguyễn Văn An');
    expect(screen.queryByTestId('par-cycle-publish')).not.toBeInTheDocument();
  });

  it("shows the API's reason when it refuses to publish", async () => {
    const message = 'Còn 1 bản đánh giá chưa hoàn tất thẩm định, ví dụ của Sở Y tế.';
    const harness = renderCyclePage(
      [
        cycleDetailMock(cycle),
        statusesMock('cy-1', [FINALISED]),
        cycleAssessmentsMock('cy-1', []),
        {
          request: publishRequest,
          result: graphQLError('BAD_USER_INPUT', `id: ${message}`, {
            fields: [{ field: 'input.id', message }],
          }),
        },
        statusesMock('cy-1', [FINALISED, APPRAISED]),
      ],
      Role.COORDINATOR,
    );
    const publish = await screen.findByTestId('par-cycle-publish', {}, SLOW);
    await waitFor(() => expect(publish).toBeEnabled());
    await harness.fast.click(publish);
    const popup = (await screen.findByText('Công bố kết quả kỳ đánh giá?')).closest(
      '.ant-popover',
    ) as HTMLElement;
    await harness.fast.click(within(popup).getByRole('button', { name: 'Công bố kết quả' }));
    expect(await screen.findByText(message, {}, SLOW)).toBeInTheDocument();
    // The counts are read again, so the button reflects what the API said.
    await waitFor(() => expect(screen.getByTestId('par-cycle-publish')).toBeDisabled());
  });

  it('offers "Gia hạn" and "Mở lại" by status, and opens the dialogs from the row', async () => {
    const harness = renderCyclePage(
      [
        cycleDetailMock(cycle),
        statusesMock('cy-1', [DRAFT, SUBMITTED, SUBMITTED, APPRAISED, FINALISED]),
        cycleAssessmentsMock('cy-1', [
          adminRow('as-1'),
          adminRow('as-2', { status: SUBMITTED }),
          adminRow('as-3', { status: SUBMITTED, closedByDeadline: ParDeadlinePhase.SELF_ASSESSMENT }),
          adminRow('as-4', { status: APPRAISED, explanationDue: '2025-02-20' }),
          adminRow('as-5', { status: FINALISED }),
        ]),
      ],
      Role.COORDINATOR,
    );
    await screen.findByTestId('par-assessment-link-as-1', {}, SLOW);
    const has = (id: string) => screen.queryByTestId(id) !== null;
    expect([has('par-extend-as-1'), has('par-reopen-as-1')]).toEqual([true, false]);
    expect([has('par-extend-as-2'), has('par-reopen-as-2')]).toEqual([false, true]);
    expect([has('par-extend-as-3'), has('par-reopen-as-3')]).toEqual([true, true]);
    expect([has('par-extend-as-4'), has('par-reopen-as-4')]).toEqual([true, true]);
    expect([has('par-extend-as-5'), has('par-reopen-as-5')]).toEqual([false, true]);
    await harness.fast.click(screen.getByTestId('par-extend-as-4'));
    expect(await screen.findByText('Gia hạn cho Sở as-4')).toBeInTheDocument();
    expect(screen.getByTestId('par-extend-phase')).toHaveTextContent('Giải trình');
    // The click opened the dialog only: the row's link to the assessment was not followed.
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
  });
});
