import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { ReorganisationStatus } from '../../../gql/graphql';
import {
  AgencyReorganisationsDocument,
  UndoReorganisationDocument,
} from './graphql/reorganisation.operations';
import { ReorganisationList } from './reorganisation-list.component';

const BLOCKER = 'Báo cáo của Xã Hòa Bình đã được nộp sau ngày hiệu lực';

function batch(
  id: string,
  title: string,
  undoBlockedBy: string | null,
  status = ReorganisationStatus.Applied,
) {
  return {
    __typename: 'AgencyReorganisation' as const,
    id,
    title,
    decision: 'Nghị quyết số 1660/NQ-UBTVQH15',
    effectiveDate: '2025-07-01',
    appliedAt: '2025-06-20T02:00:00Z',
    appliedBy: 'Nguyễn Văn An',
    status,
    operationCount: 4,
    undoneAt: null,
    undoneBy: null,
    undoBlockedBy,
  };
}

const list = {
  request: { query: AgencyReorganisationsDocument, variables: { first: 50 } },
  result: {
    data: {
      agencyReorganisations: [batch('r-2', 'Sắp xếp cấp xã', null), batch('r-1', 'Hợp nhất các sở', BLOCKER)],
    },
  },
};

describe('ReorganisationList', () => {
  it('lists batches by name and date, and disables undo with the reason when something depends on it', async () => {
    const undone = vi.fn(() => ({
      data: { undoReorganisation: { ...batch('r-2', 'Sắp xếp cấp xã', null, ReorganisationStatus.Undone) } },
    }));
    const harness = renderFast(<ReorganisationList />, {
      role: Role.COORDINATOR,
      mocks: [
        list,
        { request: { query: UndoReorganisationDocument, variables: { id: 'r-2' } }, result: undone },
        // The undo evicts the list: it is read again, now with the batch undone.
        {
          request: list.request,
          result: {
            data: {
              agencyReorganisations: [
                batch('r-2', 'Sắp xếp cấp xã', null, ReorganisationStatus.Undone),
                batch('r-1', 'Hợp nhất các sở', BLOCKER),
              ],
            },
          },
        },
      ],
    });

    const blockedRow = (await screen.findByText('Hợp nhất các sở')).closest('tr')!;
    expect(within(blockedRow).getByText('01/07/2025')).toBeInTheDocument();
    expect(within(blockedRow).getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(within(blockedRow).getByText('Đã áp dụng')).toBeInTheDocument();
    expect(within(blockedRow).getByTestId('reorg-undo')).toBeDisabled();
    expect(within(blockedRow).getByTestId('reorg-undo-blocked')).toHaveTextContent(
      `Không thể hoàn tác: ${BLOCKER}`,
    );

    const freeRow = screen.getByText('Sắp xếp cấp xã').closest('tr')!;
    expect(within(freeRow).queryByTestId('reorg-undo-blocked')).not.toBeInTheDocument();
    await harness.fast.click(within(freeRow).getByTestId('reorg-undo'));
    const popup = await waitFor(() => {
      const element = document.querySelector<HTMLElement>('.ant-popconfirm');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(undone).not.toHaveBeenCalled();
    await harness.fast.click(within(popup).getByRole('button', { name: 'Hoàn tác' }));
    expect(await screen.findByText('Đã hoàn tác “Sắp xếp cấp xã”.')).toBeInTheDocument();
    expect(undone).toHaveBeenCalledTimes(1);
    const undoneRow = (await screen.findByText('Đã hoàn tác')).closest('tr')!;
    expect(within(undoneRow).getByText('Sắp xếp cấp xã')).toBeInTheDocument();
    expect(within(undoneRow).queryByTestId('reorg-undo')).not.toBeInTheDocument();
  });

  it('offers no undo to readers without AGENCY_MANAGE', async () => {
    renderFast(<ReorganisationList />, { role: Role.VIEWER, mocks: [list] });
    expect(await screen.findByText('Hợp nhất các sở')).toBeInTheDocument();
    expect(screen.queryByTestId('reorg-undo')).not.toBeInTheDocument();
  });
});
