import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/test-harness';
import { agencyDetail } from '../agency-detail.fixtures';
import { UpdateAgencyDocument } from '../graphql/agency-mutation.operations';
import { AgencyDetailDocument } from '../graphql/agency-tree.operations';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { AgencyFormModal } from './agency-form.modal';

const detailRequest = { query: AgencyDetailDocument, variables: { id: 'nv' } };
const updateInput = (name: string, version: number) => ({
  input: {
    id: 'nv',
    version,
    code: 'SNV',
    name,
    shortName: 'SNV',
    aliases: ['Sở Nội vụ tỉnh Hà Giang'],
    kind: 'DEPARTMENT',
    level: 'PROVINCE',
  },
});

describe('AgencyFormModal (edit)', () => {
  it('reports an optimistic-lock conflict and retries with the reloaded version', async () => {
    const onSaved = vi.fn();
    const fresh = agencyDetail({ version: 4, name: 'Sở Nội vụ (đổi tên)' });
    const harness = renderWithProviders(
      <AgencyFormModal mode="edit" agencyId="nv" onClose={vi.fn()} onSaved={onSaved} />,
      {
        mocks: [
          { request: detailRequest, result: { data: { agency: agencyDetail() } } },
          {
            request: { query: UpdateAgencyDocument, variables: updateInput('Sở Nội vụ tỉnh', 3) },
            result: { errors: [{ message: 'Version mismatch', extensions: { code: 'CONFLICT' } }] },
          },
          { request: detailRequest, result: { data: { agency: fresh } } },
          {
            request: { query: UpdateAgencyDocument, variables: updateInput('Sở Nội vụ tỉnh', 4) },
            result: { data: { updateAgency: { ...fresh, name: 'Sở Nội vụ tỉnh', version: 5 } } },
          },
          // A successful save evicts agency lookups, so the still-mounted detail query refetches.
          {
            request: detailRequest,
            result: { data: { agency: { ...fresh, name: 'Sở Nội vụ tỉnh', version: 5 } } },
          },
        ],
      },
    );

    const name = await screen.findByTestId('agency-form-name');
    await waitFor(() => expect(name).toHaveValue('Sở Nội vụ'));
    await harness.user.clear(name);
    await harness.user.type(name, 'Sở Nội vụ tỉnh');
    await harness.user.click(screen.getByTestId('agency-form-submit'));

    const conflict = await screen.findByTestId('conflict-alert');
    expect(conflict).toHaveTextContent('Bản ghi đã được người khác thay đổi');
    await harness.user.click(screen.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    await waitFor(() => expect(name).toHaveValue('Sở Nội vụ (đổi tên)'));
    await waitForReloaded('agency-form-submit');

    await harness.user.clear(name);
    await harness.user.type(name, 'Sở Nội vụ tỉnh');
    await harness.user.click(screen.getByTestId('agency-form-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('nv'));
  });
});
