import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { AgencyLevel, IndicatorStatus, Role } from '@partrack/shared';
import { renderWithProviders } from '../../../testing/test-harness';
import { PROVINCE_ROWS } from '../../agencies/agency-tree.fixtures';
import { AgencyTreeDocument } from '../../agencies/graphql/agency-tree.operations';
import {
  IndicatorScoreboardDocument,
  IndicatorScoreboardXlsxDocument,
} from '../graphql/indicator.operations';
import { INDICATOR_STATUS_STYLE } from '../indicator-status.util';
import { IndicatorScoreboardPage } from './indicator-scoreboard.page';
import { plansMock, scoreboard } from '../indicator.fixtures';

function boardMock(period: string, level: AgencyLevel, rootAgencyId: string | null = null) {
  return {
    request: {
      query: IndicatorScoreboardDocument,
      variables: { planId: 'plan-2022', period, level, rootAgencyId },
    },
    result: { data: { indicatorScoreboard: { ...scoreboard(), period, level } } },
  };
}

/** The scope picker loads the agency tree. */
const treeMock = {
  request: { query: AgencyTreeDocument, variables: () => true },
  result: { data: { agencyTree: PROVINCE_ROWS } },
  maxUsageCount: 10,
};

describe('IndicatorScoreboardPage', () => {
  it('colours every cell by its status and formats its value for the unit', async () => {
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard',
      mocks: [plansMock, treeMock, boardMock('2022-Q4', AgencyLevel.PROVINCE)],
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

  it('shows the indicator, status and target of a cell on hover', async () => {
    const user = userEvent.setup();
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard',
      mocks: [plansMock, treeMock, boardMock('2022-Q4', AgencyLevel.PROVINCE)],
    });
    await user.hover(await screen.findByTestId('cell-SNV-1.1'));
    expect(await screen.findByText('Tỷ lệ hồ sơ đúng hạn · Đã đạt · Chỉ tiêu: 90,0%')).toBeInTheDocument();
  });

  it('sums the statuses on top and names the columns by code', async () => {
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard',
      mocks: [plansMock, treeMock, boardMock('2022-Q4', AgencyLevel.PROVINCE)],
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
      mocks: [plansMock, treeMock, boardMock('2022-Q2', AgencyLevel.DISTRICT)],
    });
    expect(await screen.findByText(/^Quý II\/2022 · Cấp huyện/)).toBeInTheDocument();
    expect(screen.getByTestId('cell-SNV-1.1')).toHaveAttribute(
      'href',
      '/indicators/ind-1?agency=snv&period=2022-Q2',
    );
  });

  it('asks for a district before showing a whole province of communes, then scopes to it', async () => {
    const { unmount } = renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard?period=2022-Q4&level=COMMUNE',
      mocks: [plansMock, treeMock],
    });
    expect(await screen.findByTestId('scoreboard-needs-root')).toHaveTextContent('hãy chọn một huyện');
    expect(screen.queryByTestId('scoreboard')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<IndicatorScoreboardPage />, {
      role: Role.VIEWER,
      route: '/indicators/scoreboard?period=2022-Q4&level=COMMUNE&root=tamky',
      mocks: [plansMock, treeMock, boardMock('2022-Q4', AgencyLevel.COMMUNE, 'tamky')],
    });
    expect(await screen.findByTestId('scoreboard')).toBeInTheDocument();
  });

  describe('Excel export', () => {
    let downloads: DownloadSpy;
    beforeEach(() => {
      downloads = spyOnDownloads();
    });
    afterEach(() => downloads.restore());

    it('downloads the scoreboard on screen, and is off until a district is chosen at commune level', async () => {
      const user = userEvent.setup();
      const { unmount } = renderWithProviders(<IndicatorScoreboardPage />, {
        role: Role.VIEWER,
        route: '/indicators/scoreboard?period=2022-Q4&level=COMMUNE',
        mocks: [plansMock, treeMock],
      });
      await screen.findByTestId('scoreboard-needs-root');
      expect(screen.getByTestId('scoreboard-export')).toBeDisabled();
      unmount();
      renderWithProviders(<IndicatorScoreboardPage />, {
        role: Role.VIEWER,
        route: '/indicators/scoreboard?period=2022-Q4&level=COMMUNE&root=tamky',
        mocks: [
          plansMock,
          treeMock,
          boardMock('2022-Q4', AgencyLevel.COMMUNE, 'tamky'),
          {
            request: {
              query: IndicatorScoreboardXlsxDocument,
              variables: {
                planId: 'plan-2022',
                period: '2022-Q4',
                level: AgencyLevel.COMMUNE,
                rootAgencyId: 'tamky',
              },
            },
            result: {
              data: {
                indicatorScoreboardXlsx: {
                  __typename: 'ExportedFile',
                  filename: 'bang-theo-doi-KH-CCHC-2022-2022-Q4-COMMUNE.xlsx',
                  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  contentBase64: 'UEsDBA==',
                },
              },
            },
          },
        ],
      });
      await screen.findByTestId('scoreboard');
      await user.click(screen.getByTestId('scoreboard-export'));
      await waitFor(() => expect(downloads.links).toHaveLength(1));
      expect(downloads.links[0]?.download).toBe('bang-theo-doi-KH-CCHC-2022-2022-Q4-COMMUNE.xlsx');
    });
  });
});
