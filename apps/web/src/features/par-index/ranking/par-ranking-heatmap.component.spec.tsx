import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/test-harness';
import { rankingRow } from './par-ranking.fixtures';
import { ParRankingHeatmap } from './par-ranking-heatmap.component';
import { scaleStepOf } from './par-ranking.util';

describe('ParRankingHeatmap', () => {
  const rows = [
    rankingRow('as-1', 'Sở Nội vụ', 1, 92.5, [95, 90, 92.5]),
    rankingRow('as-4', 'Sở Xây dựng', 2, 61.05, [40, 70, 73.15]),
  ];

  it('prints every component index in its cell, tinted by the scale, under row and column headers', () => {
    renderWithProviders(<ParRankingHeatmap rows={rows} />);
    const heatmap = screen.getByTestId('par-ranking-heatmap');
    const low = screen.getByTestId('par-heatmap-cell-as-4-1');
    expect(low).toHaveTextContent('40,00');
    expect(low).toHaveStyle({ background: scaleStepOf(40).fill });
    expect(screen.getByTestId('par-heatmap-cell-as-4-3')).toHaveTextContent('73,15');
    expect(screen.getByTestId('par-heatmap-cell-as-1-1')).toHaveStyle({ background: scaleStepOf(95).fill });
    expect(scaleStepOf(95).fill).not.toBe(scaleStepOf(40).fill);
    expect(
      within(heatmap)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Cơ quan, đơn vị', '1', '2', '3']);
    expect(
      within(heatmap)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Sở Nội vụ', 'Sở Xây dựng']);
    // The colours are named in words, and the areas' names are written out under the table.
    expect(screen.getByTestId('par-heatmap-legend')).toHaveTextContent('Từ 90 trở lên');
    expect(screen.getByTestId('par-heatmap-legend')).toHaveTextContent('Từ 0 đến dưới 50');
    expect(screen.getByTestId('par-heatmap-areas')).toHaveTextContent('3. Cải cách thủ tục hành chính');
  });

  it('shows a dash where an agency has no figure for an area, and an empty state without rows', () => {
    const partial = rankingRow('as-5', 'Sở Y tế', 3, 50, [50, 50, 50]);
    const { unmount } = renderWithProviders(
      <ParRankingHeatmap rows={[...rows, { ...partial, areas: partial.areas.slice(0, 2) }]} />,
    );
    expect(screen.getByTestId('par-heatmap-cell-as-5-3')).toHaveTextContent('—');
    unmount();
    renderWithProviders(<ParRankingHeatmap rows={[]} />);
    expect(screen.getByText('Chưa có chỉ số thành phần.')).toBeInTheDocument();
  });
});
