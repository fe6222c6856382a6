import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { agencyDetail } from '../agency-detail.fixtures';
import { PROVINCE_ROWS } from '../agency-tree.fixtures';
import { MoveAgencyDocument } from '../graphql/agency-mutation.operations';
import { AgencyTreeDocument } from '../graphql/agency-tree.operations';
import { AgencyMoveModal } from './agency-move.modal';

// The parent picker's tree; loaded again after a successful move evicts it.
const treeMock = {
  request: { query: AgencyTreeDocument, variables: () => true },
  result: { data: { agencyTree: PROVINCE_ROWS } },
  maxUsageCount: 5,
};
const moveRequest = (effectiveDate: string) => ({
  query: MoveAgencyDocument,
  variables: { input: { id: 'bth', newParentId: 'nv', effectiveDate } },
});
const agency = { id: 'bth', name: 'Ban Thi đua - Khen thưởng', parentId: 'nv' };

/** Types a DD/MM/YYYY date into an antd DatePicker, replacing what it held. */
function typeDate(testId: string, date: string) {
  const picker = screen.getByTestId(testId);
  const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('AgencyMoveModal', () => {
  it('sends the chosen effective date as YYYY-MM-DD and explains what earlier dates keep', async () => {
    const onClose = vi.fn();
    const harness = renderFast(<AgencyMoveModal agency={agency} onClose={onClose} />, {
      mocks: [
        treeMock,
        {
          request: moveRequest('2025-07-01'),
          result: { data: { moveAgency: agencyDetail({ id: 'bth', parentId: 'nv' }) } },
        },
      ],
    });
    expect(screen.getByText(/các ngày trước đó vẫn giữ cơ quan cấp trên cũ/)).toBeInTheDocument();
    typeDate('agency-move-effective-date', '01/07/2025');
    await harness.fast.click(screen.getByTestId('agency-move-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('defaults to today and shows an effectiveDate refusal under the date', async () => {
    const onClose = vi.fn();
    const refusal =
      'Cơ quan đã có thay đổi có hiệu lực từ 2026-01-01; ngày hiệu lực không được sớm hơn ngày đó.';
    const harness = renderFast(<AgencyMoveModal agency={agency} onClose={onClose} />, {
      mocks: [
        treeMock,
        {
          request: moveRequest(dayjs().format('YYYY-MM-DD')),
          result: graphQLError('BAD_USER_INPUT', 'Invalid input', {
            fields: [{ field: 'effectiveDate', message: refusal }],
          }),
        },
      ],
    });
    const picker = screen.getByTestId('agency-move-effective-date');
    const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
    expect(input).toHaveValue(dayjs().format('DD/MM/YYYY'));
    await harness.fast.click(screen.getByTestId('agency-move-submit'));

    const message = await screen.findByText(refusal);
    // Under the date field itself, not in the general alert above the form.
    expect(message.closest('.ant-form-item')).toContainElement(picker);
    expect(onClose).not.toHaveBeenCalled();
  });
});
