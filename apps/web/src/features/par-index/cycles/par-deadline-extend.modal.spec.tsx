import { screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { ParAssessmentStatus, ParDeadlinePhase, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import type { ParCycleAssessmentRowFragment } from '../../../gql/graphql';
import { ExtendParDeadlineDocument, ParCycleAssessmentDocument } from '../graphql/par-cycle-admin.operations';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { adminRow } from './par-cycle-admin.fixtures';
import { ParDeadlineExtendModal } from './par-deadline-extend.modal';

// The API takes no date in the past, so the test picks one ahead of today.
const until = dayjs().add(10, 'day');

function renderModal(row: ParCycleAssessmentRowFragment, mocks: NonNullable<HarnessOptions['mocks']>) {
  const onDone = vi.fn();
  const harness = renderFast(<ParDeadlineExtendModal assessment={row} onClose={vi.fn()} onDone={onDone} />, {
    role: Role.COORDINATOR,
    mocks,
  });
  return { ...harness, onDone };
}

async function fill(harness: FastHarness, reason: string) {
  const picker = screen.getByTestId('par-extend-until');
  const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
  await harness.fast.click(input);
  await harness.fast.type(input, `${until.format('DD/MM/YYYY')}{Enter}`);
  await harness.fast.click(screen.getByTestId('par-extend-reason'));
  await harness.fast.paste(reason);
}

const extendRequest = (version: number, phase: ParDeadlinePhase) => ({
  query: ExtendParDeadlineDocument,
  variables: {
    input: { id: 'as-1', version, phase, until: until.format('YYYY-MM-DD'), reason: 'Sự cố mạng' },
  },
});

describe('ParDeadlineExtendModal', () => {
  it("extends a DRAFT's self-assessment with the row's version, the date and the reason", async () => {
    const row = adminRow('as-1');
    const harness = renderModal(row, [
      {
        request: extendRequest(3, ParDeadlinePhase.SELF_ASSESSMENT),
        result: {
          data: {
            extendParDeadline: {
              ...row,
              version: 4,
              selfAssessmentDue: until.format('YYYY-MM-DD'),
              selfAssessmentDeadline: until.format('YYYY-MM-DD'),
            },
          },
        },
      },
    ]);
    expect(screen.getByText('Gia hạn cho Sở as-1')).toBeInTheDocument();
    expect(screen.getByTestId('par-extend-phase')).toHaveTextContent('Tự đánh giá');
    expect(screen.getByText(/Hạn hiện tại: 15\/01\/2025/)).toBeInTheDocument();
    await fill(harness, 'Sự cố mạng');
    await harness.fast.click(screen.getByTestId('par-extend-submit'));
    await waitFor(() => expect(harness.onDone).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('requires the date and the reason', async () => {
    const harness = renderModal(adminRow('as-1'), []);
    await harness.fast.click(screen.getByTestId('par-extend-submit'));
    expect(await screen.findByText('Vui lòng chọn ngày.')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập lý do.')).toBeInTheDocument();
    expect(harness.onDone).not.toHaveBeenCalled();
  });

  it('offers the explanations of an APPRAISED assessment, and reloads the version after a conflict', async () => {
    const row = adminRow('as-1', { status: ParAssessmentStatus.APPRAISED, explanationDue: '2025-02-20' });
    const harness = renderModal(row, [
      {
        request: extendRequest(3, ParDeadlinePhase.EXPLANATION),
        result: graphQLError('CONFLICT', 'Stale'),
      },
      {
        request: { query: ParCycleAssessmentDocument, variables: { id: 'as-1' } },
        result: { data: { parAssessment: { ...row, version: 5 } } },
      },
      {
        request: extendRequest(5, ParDeadlinePhase.EXPLANATION),
        result: { data: { extendParDeadline: { ...row, version: 6 } } },
      },
    ]);
    expect(screen.getByTestId('par-extend-phase')).toHaveTextContent('Giải trình');
    expect(screen.getByText(/Hạn hiện tại: 20\/02\/2025/)).toBeInTheDocument();
    await fill(harness, 'Sự cố mạng');
    await harness.fast.click(screen.getByTestId('par-extend-submit'));
    const conflict = await screen.findByTestId('conflict-alert', {}, { timeout: 5000 });
    await harness.fast.click(conflict.querySelector('button') as HTMLElement);
    await waitForReloaded('par-extend-submit');
    await harness.fast.click(screen.getByTestId('par-extend-submit'));
    await waitFor(() => expect(harness.onDone).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
