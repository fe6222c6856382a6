import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { graphQLError, renderWithProviders } from '../../testing/test-harness';
import { AgencyDetailPanel } from './agency-detail-panel.component';
import { agencyDetail, agencyHistory, agencyVersion } from './agency-detail.fixtures';
import { AgencyHistoryDocument } from './graphql/agency-history.operations';
import { AgencyDetailDocument } from './graphql/agency-tree.operations';

const detailMock = {
  request: { query: AgencyDetailDocument, variables: { id: 'nv' } },
  result: { data: { agency: agencyDetail() } },
};
const historyRequest = (id: string) => ({ query: AgencyHistoryDocument, variables: { id } });
const historyMock = (id: string, agency: ReturnType<typeof agencyHistory>) => ({
  request: historyRequest(id),
  result: { data: { agency } },
});
// Ids shaped so that none could pass for a word of a name: the history must never show them.
const HG = 'a1b2-hg';
const TQ = 'c3d4-tq';
/** Sở Nội vụ: under Hà Giang until the 2025 merger, under Tuyên Quang since 01/07/2025. */
const NV_HISTORY = agencyHistory('nv', [
  agencyVersion('nv', null, '2025-07-01', {
    name: 'Sở Nội vụ tỉnh Hà Giang',
    shortName: 'SNV-HG',
    parentId: HG,
  }),
  agencyVersion('nv', '2025-07-01', null, { name: 'Sở Nội vụ', shortName: 'SNV', parentId: TQ }),
]);
const PARENT_MOCKS = [
  historyMock(
    HG,
    agencyHistory(
      HG,
      [agencyVersion(HG, null, null, { name: 'Ủy ban nhân dân tỉnh Hà Giang', parentId: null })],
      {
        validTo: '2025-07-01',
      },
    ),
  ),
  // Renamed on the merger day: a version is shown with its parent's name of that period.
  historyMock(
    TQ,
    agencyHistory(TQ, [
      agencyVersion(TQ, null, '2025-07-01', {
        name: 'UBND tỉnh Tuyên Quang (trước sáp nhập)',
        parentId: null,
      }),
      agencyVersion(TQ, '2025-07-01', null, { name: 'Ủy ban nhân dân tỉnh Tuyên Quang', parentId: null }),
    ]),
  ),
];
const ACTION_IDS = ['agency-edit', 'agency-move', 'agency-merge', 'agency-deactivate'];

async function historyItems(): Promise<HTMLElement[]> {
  const section = await screen.findByTestId('agency-history');
  await within(section).findByText(/Cấp trên: Ủy ban nhân dân tỉnh Tuyên Quang/);
  await within(section).findByText(/Cấp trên: Ủy ban nhân dân tỉnh Hà Giang/);
  return within(section).getAllByTestId('agency-history-item');
}

describe('AgencyDetailPanel', () => {
  it('shows the record with dates as DD/MM/YYYY, its status being today’s', async () => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [detailMock, historyMock('nv', NV_HISTORY), ...PARENT_MOCKS],
      role: Role.VIEWER,
    });
    expect(await screen.findByText('Sở Nội vụ tỉnh Hà Giang')).toBeInTheDocument();
    expect(screen.getByText('01/01/2020')).toBeInTheDocument();
    expect(screen.getByText('1 đơn vị (1 đang hoạt động)')).toBeInTheDocument();
    expect(screen.getByText('Đang hoạt động (hôm nay)')).toBeInTheDocument();
  });

  it('lists the history newest first, with periods and parents by their names of the time', async () => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [detailMock, historyMock('nv', NV_HISTORY), ...PARENT_MOCKS],
      role: Role.VIEWER,
    });
    const [latest, earliest] = await historyItems();
    expect(latest).toHaveTextContent('từ 01/07/2025 đến nay');
    expect(latest).toHaveTextContent('Hiện tại');
    expect(latest).toHaveTextContent('Tên viết tắt: SNV');
    expect(latest).toHaveTextContent('Cấp trên: Ủy ban nhân dân tỉnh Tuyên Quang');
    // The last day of the earlier period, so the two periods do not seem to share 01/07/2025.
    expect(earliest).toHaveTextContent('từ trước đến 30/06/2025');
    expect(earliest).toHaveTextContent('Sở Nội vụ tỉnh Hà Giang');
    expect(earliest).toHaveTextContent('Tên viết tắt: SNV-HG');
    expect(earliest).not.toHaveTextContent('Hiện tại');
    const section = screen.getByTestId('agency-history');
    for (const id of [HG, TQ, 'nv']) expect(section.textContent).not.toContain(id);
  });

  it('marks the version of the day the tree is viewed at', async () => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} asOf="2024-05-01" />, {
      mocks: [detailMock, historyMock('nv', NV_HISTORY), ...PARENT_MOCKS],
      role: Role.VIEWER,
    });
    const [latest, earliest] = await historyItems();
    expect(earliest).toHaveTextContent('Ngày đang xem');
    expect(latest).not.toHaveTextContent('Ngày đang xem');
  });

  it('names the successor of an ended agency, and a parent it may not read by the name on screen', async () => {
    const ended = agencyDetail({
      validTo: '2025-07-01',
      active: false,
      successorId: TQ,
      successor: { __typename: 'Agency', id: TQ, code: 'SNV-TQ', name: 'Sở Nội vụ tỉnh Tuyên Quang' },
      parentId: HG,
      parent: { __typename: 'Agency', id: HG, code: 'UBND-HG', name: 'Ủy ban nhân dân tỉnh Hà Giang' },
      ancestors: [{ __typename: 'Agency', id: HG, name: 'Ủy ban nhân dân tỉnh Hà Giang' }],
    });
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [
        { request: detailMock.request, result: { data: { agency: ended } } },
        historyMock(
          'nv',
          agencyHistory('nv', [agencyVersion('nv', null, null, { name: 'Sở Nội vụ', parentId: HG })], {
            validTo: '2025-07-01',
            successor: { __typename: 'Agency', id: TQ, name: 'Sở Nội vụ tỉnh Tuyên Quang' },
          }),
        ),
        { request: historyRequest(HG), result: graphQLError('FORBIDDEN', 'Forbidden') },
      ],
      role: Role.VIEWER,
    });
    expect(await screen.findByTestId('agency-history-ended')).toHaveTextContent(
      'Đã ngừng hoạt động từ ngày 01/07/2025; cơ quan kế thừa: Sở Nội vụ tỉnh Tuyên Quang.',
    );
    const [only] = screen.getAllByTestId('agency-history-item');
    expect(only).toHaveTextContent('từ trước đến 30/06/2025');
    expect(only).not.toHaveTextContent('Hiện tại');
    expect(await within(only).findByText('Cấp trên: Ủy ban nhân dân tỉnh Hà Giang')).toBeInTheDocument();
    expect(screen.getByText('Ngừng hoạt động (hôm nay)')).toBeInTheDocument();
  });

  it('shows a history that fails to load as an error with a retry, keeping the record', async () => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [
        detailMock,
        { request: historyRequest('nv'), result: graphQLError('INTERNAL_SERVER_ERROR', 'boom') },
      ],
      role: Role.VIEWER,
    });
    const section = await screen.findByTestId('agency-history');
    const alert = await within(section).findByRole('alert');
    expect(within(alert).getByRole('button', { name: /Thử lại/ })).toBeInTheDocument();
    expect(screen.getByText('Sở Nội vụ tỉnh Hà Giang')).toBeInTheDocument();
  });

  it.each([Role.VIEWER, Role.AGENCY_MANAGER, Role.AGENCY_OFFICER])(
    'offers no management actions to %s',
    async (role) => {
      renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
        mocks: [detailMock, historyMock('nv', NV_HISTORY), ...PARENT_MOCKS],
        role,
      });
      await screen.findByTestId('agency-detail');
      for (const id of ACTION_IDS) expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    },
  );

  it.each([Role.ADMIN, Role.COORDINATOR])('offers edit, move, merge and deactivate to %s', async (role) => {
    renderWithProviders(<AgencyDetailPanel id="nv" onSelect={vi.fn()} />, {
      mocks: [detailMock, historyMock('nv', NV_HISTORY), ...PARENT_MOCKS],
      role,
    });
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
