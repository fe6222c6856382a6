import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderWithProviders } from '../../testing/test-harness';
import { AgencyDetailPanel } from './agency-detail-panel.component';
import { agencyDetail } from './agency-detail.fixtures';
import { AgencyDetailDocument } from './graphql/agency-tree.operations';

const detailMock = {
  request: { query: AgencyDetailDocument, variables: { id: 'nv' } },
  result: { data: { agency: agencyDetail() } },
};
const ACTION_IDS = ['agency-edit', 'agency-move', 'agency-merge', 'agency-deactivate'];

describe('AgencyDetailPanel', () => {
  it('shows the record with dates as DD/MM/YYYY', async () => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [detailMock],
      role: Role.VIEWER,
    });
    expect(await screen.findByText('Sở Nội vụ tỉnh Hà Giang')).toBeInTheDocument();
    expect(screen.getByText('01/01/2020')).toBeInTheDocument();
    expect(screen.getByText('1 đơn vị (1 đang hoạt động)')).toBeInTheDocument();
  });

  it.each([Role.VIEWER, Role.AGENCY_MANAGER, Role.AGENCY_OFFICER])(
    'offers no management actions to %s',
    async (role) => {
      renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, { mocks: [detailMock], role });
      await screen.findByTestId('agency-detail');
      for (const id of ACTION_IDS) expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    },
  );

  it.each([Role.ADMIN, Role.COORDINATOR])('offers edit, move, merge and deactivate to %s', async (role) => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, { mocks: [detailMock], role });
    await screen.findByTestId('agency-detail');
    for (const id of ACTION_IDS) expect(screen.getByTestId(id)).toBeInTheDocument();
  });

  it('says so when the agency does not exist', async () => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [
        {
          request: detailMock.request,
          result: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    expect(await screen.findByText(/Không tìm thấy cơ quan, đơn vị này/)).toBeInTheDocument();
  });
});
