import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../testing/fast-user';
import { PROVINCE_ROWS } from './agency-tree.fixtures';
import { AgencyTreePage } from './agency-tree.page';
import { AgencyTreeDocument } from './graphql/agency-tree.operations';

const treeMock = {
  request: { query: AgencyTreeDocument, variables: () => true },
  result: { data: { agencyTree: PROVINCE_ROWS } },
  maxUsageCount: 10,
};

// The tree of 01/01/2024, inactive units included: the district had ended by then.
const asOfMock = {
  request: { query: AgencyTreeDocument, variables: { asOf: '2024-01-01', includeInactive: true } },
  result: {
    data: {
      agencyTree: PROVINCE_ROWS.map((row) =>
        row.id === 'dn' ? { ...row, active: false, validTo: '2023-01-01' } : row,
      ),
    },
  },
};

function visibleNodeCodes(): string[] {
  const tree = screen.getByTestId('agency-tree');
  return within(tree)
    .queryAllByTestId(/^agency-node-/)
    .map((node) => node.getAttribute('data-testid')!.replace('agency-node-', ''));
}

describe('AgencyTreePage', () => {
  it('filters the tree without needing diacritics', async () => {
    const harness = renderFast(<AgencyTreePage />, { mocks: [treeMock], role: Role.VIEWER });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(visibleNodeCodes()).toEqual(expect.arrayContaining(['UBND-HG', 'SNV', 'SYT', 'H-DV']));

    const search = screen.getByPlaceholderText(/Tìm theo tên/);
    // Pasted rather than typed: each keystroke refilters and re-renders the tree, slow in jsdom.
    await harness.fast.click(search);
    await harness.fast.paste('benh vien');
    await waitFor(() => expect(visibleNodeCodes()).toEqual(['UBND-HG', 'SYT', 'SYT-BVDK']));

    await harness.fast.clear(search);
    await harness.fast.paste('không có đơn vị này');
    expect(await screen.findByText(/Không tìm thấy cơ quan, đơn vị nào khớp/)).toBeInTheDocument();
  });

  it('hides the create button from roles without AGENCY_MANAGE', async () => {
    renderFast(<AgencyTreePage />, { mocks: [treeMock], role: Role.VIEWER });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(screen.queryByTestId('agency-create')).not.toBeInTheDocument();
  });

  it('shows the create button to a coordinator', async () => {
    renderFast(<AgencyTreePage />, { mocks: [treeMock], role: Role.COORDINATOR });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(screen.getByTestId('agency-create')).toBeInTheDocument();
  });

  it('asks for the tree of the chosen day and marks units inactive on that day, not today', async () => {
    const harness = renderFast(<AgencyTreePage />, {
      mocks: [asOfMock, treeMock],
      role: Role.VIEWER,
    });
    await screen.findByTestId('agency-node-UBND-HG');
    expect(screen.queryByTestId('agency-as-of-note')).not.toBeInTheDocument();

    await harness.fast.click(screen.getByLabelText('Hiển thị đơn vị ngừng hoạt động vào ngày đang xem'));
    const picker = screen.getByTestId('agency-as-of');
    const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
    // A typed date plus Enter, without opening the calendar panel (slow to render in jsdom).
    fireEvent.change(input, { target: { value: '01/01/2024' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });

    expect(await screen.findByTestId('agency-as-of-note')).toHaveTextContent(
      'Cây tổ chức tại ngày 01/01/2024: tên và cơ quan cấp trên theo ngày này',
    );
    const district = await within(await screen.findByTestId('agency-node-H-DV')).findByText(
      'Ngừng hoạt động',
    );
    expect(district).toHaveAttribute('title', 'Ngừng hoạt động vào ngày đang xem (01/01/2024)');
    expect(
      within(screen.getByTestId('agency-node-SNV')).queryByText('Ngừng hoạt động'),
    ).not.toBeInTheDocument();
  });
});
