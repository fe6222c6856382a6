import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderWithProviders } from '../../testing/test-harness';
import { PROVINCE_ROWS } from './agency-tree.fixtures';
import { AgencyTreePage } from './agency-tree.page';
import { AgencyTreeDocument } from './graphql/agency-tree.operations';

const treeMock = {
  request: { query: AgencyTreeDocument, variables: () => true },
  result: { data: { agencyTree: PROVINCE_ROWS } },
  maxUsageCount: 10,
};

function visibleNodeCodes(): string[] {
  const tree = screen.getByTestId('agency-tree');
  return within(tree)
    .queryAllByTestId(/^agency-node-/)
    .map((node) => node.getAttribute('data-testid')!.replace('agency-node-', ''));
}

describe('AgencyTreePage', () => {
  it('filters the tree without needing diacritics', async () => {
    const harness = renderWithProviders(<AgencyTreePage />, { mocks: [treeMock], role: Role.VIEWER });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(visibleNodeCodes()).toEqual(expect.arrayContaining(['UBND-HG', 'SNV', 'SYT', 'H-DV']));

    await harness.user.type(screen.getByPlaceholderText(/Tìm theo tên/), 'benh vien');
    await waitFor(() => expect(visibleNodeCodes()).toEqual(['UBND-HG', 'SYT', 'SYT-BVDK']));

    await harness.user.clear(screen.getByPlaceholderText(/Tìm theo tên/));
    await harness.user.type(screen.getByPlaceholderText(/Tìm theo tên/), 'không có đơn vị này');
    expect(await screen.findByText(/Không tìm thấy cơ quan, đơn vị nào khớp/)).toBeInTheDocument();
  });

  it('hides the create button from roles without AGENCY_MANAGE', async () => {
    renderWithProviders(<AgencyTreePage />, { mocks: [treeMock], role: Role.VIEWER });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(screen.queryByTestId('agency-create')).not.toBeInTheDocument();
  });

  it('shows the create button to a coordinator', async () => {
    renderWithProviders(<AgencyTreePage />, { mocks: [treeMock], role: Role.COORDINATOR });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(screen.getByTestId('agency-create')).toBeInTheDocument();
  });
});
