import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import type { ParCycleAssessmentRowFragment } from '../../../gql/graphql';
import { ReopenParAssessmentDocument } from '../graphql/par-cycle-admin.operations';
import { adminRow } from './par-cycle-admin.fixtures';
import { ParAssessmentReopenModal } from './par-assessment-reopen.modal';

function renderModal(row: ParCycleAssessmentRowFragment, mocks: NonNullable<HarnessOptions['mocks']>) {
  const onDone = vi.fn();
  const harness = renderFast(
    <ParAssessmentReopenModal assessment={row} onClose={vi.fn()} onDone={onDone} />,
    { role: Role.COORDINATOR, mocks },
  );
  return { ...harness, onDone };
}

const reopenRequest = {
  query: ReopenParAssessmentDocument,
  variables: { input: { id: 'as-2', version: 3, reason: 'Cơ quan gửi nhầm số liệu' } },
};

describe('ParAssessmentReopenModal', () => {
  it('says what reopening does, requires a reason, and sends it trimmed with the version', async () => {
    const row = adminRow('as-2', { status: ParAssessmentStatus.SUBMITTED });
    const harness = renderModal(row, [
      {
        request: reopenRequest,
        result: { data: { reopenParAssessment: { ...row, version: 4, status: ParAssessmentStatus.DRAFT } } },
      },
    ]);
    expect(screen.getByText('Mở lại bản đánh giá của Sở as-2')).toBeInTheDocument();
    expect(screen.getByTestId('par-reopen-effect')).toHaveTextContent('trở về trạng thái “Đang tự chấm”');
    await harness.fast.click(screen.getByTestId('par-reopen-submit'));
    expect(await screen.findByText('Vui lòng nhập lý do.')).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-reopen-reason'));
    await harness.fast.paste('  Cơ quan gửi nhầm số liệu ');
    await harness.fast.click(screen.getByTestId('par-reopen-submit'));
    await waitFor(() => expect(harness.onDone).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it("shows the API's refusal without the field name", async () => {
    const row = adminRow('as-2', { status: ParAssessmentStatus.FINALISED });
    const harness = renderModal(row, [
      {
        request: reopenRequest,
        result: graphQLError(
          'BAD_USER_INPUT',
          'id: Kỳ đánh giá đã công bố kết quả nên không thay đổi được.',
          {
            fields: [
              { field: 'input.id', message: 'Kỳ đánh giá đã công bố kết quả nên không thay đổi được.' },
            ],
          },
        ),
      },
    ]);
    expect(screen.getByTestId('par-reopen-effect')).toHaveTextContent('“Thẩm định lại”');
    await harness.fast.click(screen.getByTestId('par-reopen-reason'));
    await harness.fast.paste('Cơ quan gửi nhầm số liệu');
    await harness.fast.click(screen.getByTestId('par-reopen-submit'));
    const refusal = await screen.findByText(
      'Kỳ đánh giá đã công bố kết quả nên không thay đổi được.',
      {},
      { timeout: 5000 },
    );
    expect(refusal.closest('[role="alert"]')).not.toHaveTextContent('id:');
    expect(harness.onDone).not.toHaveBeenCalled();
  });
});
