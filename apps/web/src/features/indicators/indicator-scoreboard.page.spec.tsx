import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgencyLevel, IndicatorStatus, Role } from '@partrack/shared';
import { renderWithProviders } from '../../testing/test-harness';
import { IndicatorScoreboardDocument } from './graphql/indicator.operations';
import { INDICATOR_STATUS_STYLE } from './indicator-status.util';
import { IndicatorScoreboardPage } from './indicator-scoreboard.page';
import { plansMock, scoreboard } from './indicator.fixtures';

function boardMock(period: string, level: AgencyLevel) {
  return {
    request: { query: IndicatorScoreboardDocument, variables: { planId: 'plan-2022', period, level } },
    result: { data: { indicatorScoreboard: { ...scoreboard(), period, level } } },
  };
}

describe('IndicatorScoreboardPage', () => {
  it('colours every cell by its status and formats its value for the unit', async () => {
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard',
      mocks: [plansMock, boardMock('2022-Q4', AgencyLevel.PROVINCE)],
    });
    const expectations: [string, IndicatorStatus, string][] = [
      ['cell-SNV-1.1', IndicatorStatus.ACHIEVED, '95,3%'],
      ['cell-SNV-2.1', IndicatorStatus.AT_RISK, '12'],
      ['cell-SNV-3.1', IndicatorStatus.OFF_TRACK, 'hạng 3'],
      ['cell-STC-1.1', IndicatorStatus.ON_TRACK, '85,5%'],
      ['cell-STC-2.1', IndicatorStatus.NO_DATA, '—'],
    ];
    await screen.findByTestId('scoreboard');
    for (const [testId, status, text] of expectations) {
      const cell = screen.getByTestId(testId);
      expect(cell).toHaveAttribute('data-status', status);
      expect(cell).toHaveStyle({ backgroundColor: INDICATOR_STATUS_STYLE[status].background });
      expect(cell).toHaveTextContent(text);
    }
    expect(screen.getByTestId('cell-STC-1.1')).toHaveAttribute(
      'href',
      '/indicators/ind-1?agency=stc&period=2022-Q4',
    );
  });

  it('sums the statuses on top and names the columns by code', async () => {
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard',
      mocks: [plansMock, boardMock('2022-Q4', AgencyLevel.PROVINCE)],
    });
    const summary = await screen.findByTestId('scoreboard-summary');
    expect(within(summary).getByTestId('scoreboard-count-ACHIEVED')).toHaveTextContent('Đã đạt: 1');
    expect(within(summary).getByTestId('scoreboard-count-NO_DATA')).toHaveTextContent('Chưa có số liệu: 2');
    expect(screen.getByTestId('scoreboard-column-3.1')).toHaveTextContent('3.1');
    expect(
      screen.getByText('Quý IV/2022 · Cấp tỉnh. Bấm vào một ô để xem chi tiết chỉ tiêu của cơ quan đó.'),
    ).toBeInTheDocument();
  });

  it('reads period and level from the address', async () => {
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard?period=2022-Q2&level=DISTRICT',
      mocks: [plansMock, boardMock('2022-Q2', AgencyLevel.DISTRICT)],
    });
    expect(await screen.findByText(/^Quý II\/2022 · Cấp huyện/)).toBeInTheDocument();
    expect(screen.getByTestId('cell-SNV-1.1')).toHaveAttribute(
      'href',
      '/indicators/ind-1?agency=snv&period=2022-Q2',
    );
  });
});
