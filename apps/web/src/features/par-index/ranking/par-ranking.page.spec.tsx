import { screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, ParCycleStatus, ParTargetGroup, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { ParRankingDocument } from '../graphql/par-ranking.operations';
import { rankingCycle, rankingCycleMock, rankingMock, rankingRow } from './par-ranking.fixtures';
import { ParRankingPage } from './par-ranking.page';

const SLOW = { timeout: 5000 };

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

function renderPage(mocks: NonNullable<HarnessOptions['mocks']>, route = '/par-index/cycles/cy-1/ranking') {
  return renderFast(
    <>
      <Routes>
        <Route path="/par-index/cycles/:id/ranking" element={<ParRankingPage />} />
        <Route path="*" element={null} />
      </Routes>
      <LocationProbe />
    </>,
    { role: Role.VIEWER, route, mocks },
  );
}

const ROWS = [
  rankingRow('as-1', 'Sở Nội vụ', 1, 92.5, [95, 90, 92.5], { previousIndex: 90.1 }),
  rankingRow('as-2', 'Sở Tư pháp', 2, 85.2, [80, 88.75, 86], { previousIndex: 87 }),
  rankingRow('as-3', 'Sở Tài chính', 2, 85.2, [85, 85, 85.6], { previousIndex: 85.2 }),
  rankingRow('as-4', 'Sở Xây dựng', 4, 61.05, [40, 70, 73.15], {
    finalised: false,
    status: ParAssessmentStatus.APPRAISED,
  }),
];

async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

describe('ParRankingPage', () => {
  it('ranks the group in the API order with indices, bands and the change against last year', async () => {
    renderPage([rankingCycleMock(), rankingMock(ROWS)]);
    const table = await screen.findByTestId('par-ranking-table', {}, SLOW);
    const names = within(table)
      .getAllByTestId(/^par-ranking-agency-/)
      .map((link) => link.textContent);
    expect(names).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng']);
    const rows = [...table.querySelectorAll('tbody tr[data-row-key]')] as HTMLElement[];
    // Shared rank, then the skip (1, 2, 2, 4); two decimals with a comma.
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['1', '2', '2', '4']);
    expect(within(rows[0]).getByTestId('par-ranking-index')).toHaveTextContent('92,50');
    expect(within(rows[3]).getByTestId('par-ranking-index')).toHaveTextContent('61,05');
    expect(within(rows[0]).getByTestId('par-band')).toHaveTextContent('Xuất sắc');
    expect(within(rows[1]).getByTestId('par-band')).toHaveTextContent('Tốt');
    expect(within(rows[3]).getByTestId('par-band')).toHaveTextContent('Trung bình');
    const trends = rows.map((row) => within(row).getByTestId('par-trend'));
    expect(trends.map((trend) => trend.getAttribute('data-trend'))).toEqual(['up', 'down', 'same', 'none']);
    expect(trends[0]).toHaveAccessibleName('Tăng 2,40');
    expect(trends[0].querySelector('.anticon-arrow-up')).not.toBeNull();
    expect(trends[1]).toHaveAccessibleName('Giảm 1,80');
    expect(trends[1].querySelector('.anticon-arrow-down')).not.toBeNull();
    expect(trends[3]).toHaveTextContent('Chưa có năm trước');
    // Only the council's unfinished row is provisional.
    expect(within(rows[3]).getByTestId('par-ranking-provisional')).toHaveTextContent('Tạm tính');
    expect(within(rows[0]).queryByTestId('par-ranking-provisional')).not.toBeInTheDocument();
    // Not published yet: the whole page says so.
    expect(screen.getByTestId('par-provisional-notice')).toHaveTextContent('Kết quả tạm thời');
  });

  it('draws a bar per agency on the 0–100 scale, labelled with rank, index and band', async () => {
    renderPage([rankingCycleMock(rankingCycle({ status: ParCycleStatus.PUBLISHED })), rankingMock(ROWS)]);
    const bars = await screen.findByTestId('par-ranking-bars', {}, SLOW);
    const first = within(bars).getByTestId('par-ranking-bar-as-1');
    expect(first).toHaveAccessibleName('Hạng 1: Sở Nội vụ, chỉ số 92,50, Xuất sắc');
    expect(within(first).getByTestId('par-ranking-bar-fill')).toHaveStyle({ width: '92.5%' });
    expect(within(bars).getByTestId('par-band-legend')).toHaveTextContent('Xuất sắcTốtTrung bình');
    expect(screen.queryByTestId('par-provisional-notice')).not.toBeInTheDocument();
  });

  it('shows the radar of the first agency, then of the one chosen, with last year as a total only', async () => {
    const harness = renderPage([rankingCycleMock(), rankingMock(ROWS)]);
    const radar = await screen.findByTestId('par-ranking-radar', {}, SLOW);
    expect(within(radar).getByTestId('par-radar-totals')).toHaveTextContent(
      'Năm 2025: 92,50 · năm 2024: 90,10 (chỉ có chỉ số tổng)',
    );
    expect(radar.querySelectorAll('polygon[data-testid="par-radar-current"]')).toHaveLength(1);
    // Area 1 at 95 % of the radius straight up from the centre (160, 160), radius 112.
    expect(within(radar).getByTestId('par-radar-current').getAttribute('points')?.split(' ')[0]).toBe(
      '160,53.6',
    );
    await choose(harness, 'par-radar-agency', 'Sở Xây dựng');
    expect(within(radar).getByTestId('par-radar-totals')).toHaveTextContent('Năm 2025: 61,05');
    expect(within(radar).getByTestId('par-radar-totals')).not.toHaveTextContent('2024');
    expect(within(radar).getByTestId('par-radar-values')).toHaveTextContent(
      '1. Công tác chỉ đạo, điều hành CCHC: 40,00',
    );
  });

  it('switches the group through the address bar and says when a group has nobody', async () => {
    const harness = renderPage([
      rankingCycleMock(),
      rankingMock(ROWS),
      rankingMock([], ParTargetGroup.COMMUNE),
    ]);
    await screen.findByTestId('par-ranking-table', {}, SLOW);
    await choose(harness, 'par-ranking-group', 'UBND cấp xã');
    expect(await screen.findByTestId('par-ranking-empty', {}, SLOW)).toHaveTextContent(
      'Nhóm này chưa có cơ quan, đơn vị nào được đánh giá.',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/par-index/cycles/cy-1/ranking?group=COMMUNE');
  });

  it('offers a retry when the ranking fails', async () => {
    renderPage(
      [
        rankingCycleMock(),
        {
          request: {
            query: ParRankingDocument,
            variables: { cycleId: 'cy-1', targetGroup: ParTargetGroup.DISTRICT },
          },
          result: graphQLError('INTERNAL_SERVER_ERROR', 'Máy chủ gặp sự cố.'),
        },
      ],
      '/par-index/cycles/cy-1/ranking?group=DISTRICT',
    );
    expect(await screen.findByText('Máy chủ gặp sự cố.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(screen.queryByTestId('par-ranking-table')).not.toBeInTheDocument();
  });
});
