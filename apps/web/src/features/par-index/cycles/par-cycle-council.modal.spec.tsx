import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { ParCycleDetailDocument, SetParCouncilDocument } from '../graphql/par-cycle-admin.operations';
import { candidatesMock, cycleDetail, member } from './par-cycle-admin.fixtures';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { ParCycleCouncilModal } from './par-cycle-council.modal';

const cycle = cycleDetail('cy-1');
const chau = member('u-3', 'Đỗ Minh Châu');

function renderModal(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const harness = renderFast(<ParCycleCouncilModal cycle={cycle} onClose={onClose} />, {
    role: Role.COORDINATOR,
    mocks,
  });
  return { ...harness, onClose };
}

const setRequest = (version: number, userIds: string[]) => ({
  query: SetParCouncilDocument,
  variables: { input: { id: 'cy-1', version, userIds } },
});

describe('ParCycleCouncilModal', () => {
  it('finds a member by name and saves the council in order, lead first, with the version', async () => {
    const harness = renderModal([
      candidatesMock('cy-1', null, []),
      candidatesMock('cy-1', 'Châu', [chau]),
      {
        request: setRequest(1, ['u-lead', 'u-2', 'u-3']),
        result: {
          data: { setParCouncil: cycleDetail('cy-1', { version: 2, council: [...cycle.council, chau] }) },
        },
      },
    ]);
    const select = screen.getByTestId('par-council-select');
    expect(select).toHaveTextContent('Trần Thị Bình');
    expect(select).toHaveTextContent('Lê Văn Cường');
    expect(screen.getByText(/Chủ tịch hội đồng: Trần Thị Bình/)).toBeInTheDocument();
    const input = select.querySelector('input') as HTMLElement;
    await harness.fast.click(input);
    await harness.fast.type(input, 'Châu');
    const option = await waitFor(
      () => {
        const found = screen.getAllByText('Đỗ Minh Châu').find((el) => el.closest('.ant-select-item-option'));
        expect(found).toBeDefined();
        return found as HTMLElement;
      },
      { timeout: 5000 },
    );
    await harness.fast.click(option);
    await harness.fast.click(screen.getByTestId('par-council-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Đã lưu hội đồng thẩm định.')).toBeInTheDocument();
  });

  it('offers the latest council after a conflict and saves with its version', async () => {
    const latest = cycleDetail('cy-1', { version: 3, council: [member('u-2', 'Lê Văn Cường')] });
    const harness = renderModal([
      candidatesMock('cy-1', null, []),
      { request: setRequest(1, ['u-lead', 'u-2']), result: graphQLError('CONFLICT', 'Stale') },
      {
        request: { query: ParCycleDetailDocument, variables: { id: 'cy-1' } },
        result: { data: { parCycle: latest } },
      },
      { request: setRequest(3, ['u-2']), result: { data: { setParCouncil: latest } } },
    ]);
    await harness.fast.click(screen.getByTestId('par-council-submit'));
    const conflict = await screen.findByTestId('conflict-alert', {}, { timeout: 5000 });
    await harness.fast.click(conflict.querySelector('button') as HTMLElement);
    await waitFor(() =>
      expect(screen.getByTestId('par-council-select')).not.toHaveTextContent('Trần Thị Bình'),
    );
    expect(screen.getByText(/Chủ tịch hội đồng: Lê Văn Cường/)).toBeInTheDocument();
    await waitForReloaded('par-council-submit');
    await harness.fast.click(screen.getByTestId('par-council-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('shows a refused member under the field', async () => {
    const harness = renderModal([
      candidatesMock('cy-1', null, []),
      {
        request: setRequest(1, ['u-lead', 'u-2']),
        result: graphQLError('BAD_USER_INPUT', 'userIds: …', {
          fields: [
            { field: 'input.userIds', message: 'Không tìm thấy người dùng đang hoạt động u-2 trong tỉnh.' },
          ],
        }),
      },
    ]);
    await harness.fast.click(screen.getByTestId('par-council-submit'));
    expect(
      await screen.findByText(
        'Không tìm thấy người dùng đang hoạt động u-2 trong tỉnh.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(harness.onClose).not.toHaveBeenCalled();
  });
});
