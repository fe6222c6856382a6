import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { agencyDetail } from '../agency-detail.fixtures';
import { UpdateAgencyDocument } from '../graphql/agency-mutation.operations';
import { AgencyDetailDocument } from '../graphql/agency-tree.operations';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { AgencyFormModal } from './agency-form.modal';

const detailRequest = { query: AgencyDetailDocument, variables: { id: 'nv' } };
const TODAY = dayjs().format('YYYY-MM-DD');
type Dating = { effectiveDate: string } | { correction: true };
const updateInput = (name: string, version: number, dating: Dating = { effectiveDate: TODAY }) => ({
  input: {
    id: 'nv',
    version,
    code: 'SNV',
    name,
    shortName: 'SNV',
    aliases: ['Sở Nội vụ tỉnh Hà Giang'],
    kind: 'DEPARTMENT',
    level: 'PROVINCE',
    ...dating,
  },
});
const savedMocks = (name: string, dating: Dating) => [
  {
    request: { query: UpdateAgencyDocument, variables: updateInput(name, 3, dating) },
    result: { data: { updateAgency: agencyDetail({ name, version: 4 }) } },
  },
  // A successful save evicts agency lookups, so the still-mounted detail query refetches.
  { request: detailRequest, result: { data: { agency: agencyDetail({ name, version: 4 }) } } },
];

function renderEdit(mocks: HarnessOptions['mocks'], onSaved = vi.fn()) {
  return renderFast(<AgencyFormModal mode="edit" agencyId="nv" onClose={vi.fn()} onSaved={onSaved} />, {
    mocks: [{ request: detailRequest, result: { data: { agency: agencyDetail() } } }, ...(mocks ?? [])],
  });
}

describe('AgencyFormModal (edit)', () => {
  it('dates a rename from today by default, saying earlier dates keep the old name', async () => {
    const onSaved = vi.fn();
    const harness = renderEdit(savedMocks('Sở Nội vụ và Lao động', { effectiveDate: TODAY }), onSaved);
    const name = await screen.findByTestId('agency-form-name');
    await waitFor(() => expect(name).toHaveValue('Sở Nội vụ'));
    const picker = screen.getByTestId('agency-form-effective-date');
    const dateInput = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
    expect(dateInput).toHaveValue(dayjs().format('DD/MM/YYYY'));
    expect(screen.getByText(/các ngày trước đó vẫn giữ thông tin cũ/)).toBeInTheDocument();

    await harness.fast.clear(name);
    await harness.fast.paste('Sở Nội vụ và Lao động');
    await harness.fast.click(screen.getByTestId('agency-form-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('nv'));
  });

  it('sends a correction without a date and hides the date while it is ticked', async () => {
    const onSaved = vi.fn();
    const harness = renderEdit(savedMocks('Sở Nội Vụ', { correction: true }), onSaved);
    const name = await screen.findByTestId('agency-form-name');
    await waitFor(() => expect(name).toHaveValue('Sở Nội vụ'));
    expect(screen.getByTestId('agency-form-effective-date')).toBeInTheDocument();

    await harness.fast.click(screen.getByLabelText('Sửa lỗi (không tạo mốc lịch sử mới)'));
    expect(screen.queryByTestId('agency-form-effective-date')).not.toBeInTheDocument();
    await harness.fast.clear(name);
    await harness.fast.paste('Sở Nội Vụ');
    await harness.fast.click(screen.getByTestId('agency-form-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('nv'));
  });

  it('reports an optimistic-lock conflict and retries with the reloaded version', async () => {
    const onSaved = vi.fn();
    const fresh = agencyDetail({ version: 4, name: 'Sở Nội vụ (đổi tên)' });
    const harness = renderEdit(
      [
        {
          request: { query: UpdateAgencyDocument, variables: updateInput('Sở Nội vụ tỉnh', 3) },
          result: { errors: [{ message: 'Version mismatch', extensions: { code: 'CONFLICT' } }] },
        },
        { request: detailRequest, result: { data: { agency: fresh } } },
        {
          request: { query: UpdateAgencyDocument, variables: updateInput('Sở Nội vụ tỉnh', 4) },
          result: { data: { updateAgency: { ...fresh, name: 'Sở Nội vụ tỉnh', version: 5 } } },
        },
        {
          request: detailRequest,
          result: { data: { agency: { ...fresh, name: 'Sở Nội vụ tỉnh', version: 5 } } },
        },
      ],
      onSaved,
    );

    const name = await screen.findByTestId('agency-form-name');
    await waitFor(() => expect(name).toHaveValue('Sở Nội vụ'));
    await harness.fast.clear(name);
    await harness.fast.paste('Sở Nội vụ tỉnh');
    await harness.fast.click(screen.getByTestId('agency-form-submit'));

    const conflict = await screen.findByTestId('conflict-alert');
    expect(conflict).toHaveTextContent('Bản ghi đã được người khác thay đổi');
    // Role queries scoped to the alert: over the whole modal they cost seconds in jsdom.
    await harness.fast.click(within(conflict).getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    await waitFor(() => expect(name).toHaveValue('Sở Nội vụ (đổi tên)'));
    await waitForReloaded('agency-form-submit');

    await harness.fast.clear(name);
    await harness.fast.paste('Sở Nội vụ tỉnh');
    await harness.fast.click(screen.getByTestId('agency-form-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('nv'));
  });
});
