import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ReportRoundKind, ReportStatus, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { ReportingRoundDocument } from '../graphql/reporting-round.operations';
import { calendarRound, completenessLine, counts } from '../report.fixtures';
import { currentRoundId } from './latest-round.page';
import { RoundDashboardPage } from './round-dashboard.page';

const { completeness: _counts, ...round } = calendarRound('round-h1', ReportRoundKind.H1, {
  title: 'Báo cáo cải cách hành chính 6 tháng đầu năm 2022',
});

const roundMock = {
  request: { query: ReportingRoundDocument, variables: { id: 'round-h1' } },
  result: {
    data: {
      reportingRound: {
        ...round,
        completeness: {
          ...counts({ expected: 4, submitted: 2, accepted: 1, returned: 1, missing: 1, onTime: 1, late: 1 }),
          agencies: [
            completenessLine('rep-snv', 'Sở Nội vụ', ReportStatus.ACCEPTED),
            completenessLine('rep-stttt', 'Sở Thông tin và Truyền thông', ReportStatus.SUBMITTED, {
              late: true,
            }),
            completenessLine('rep-tk', 'Ủy ban nhân dân thành phố Tam Kỳ', ReportStatus.RETURNED),
            completenessLine('rep-qs', 'Ủy ban nhân dân huyện Quế Sơn', ReportStatus.DRAFT),
          ],
        },
      },
    },
  },
};

function Search() {
  return <div data-testid="search">{useLocation().search}</div>;
}

function renderDashboard(route = '/reports/rounds/round-h1') {
  return renderFast(
    <Routes>
      <Route
        path="/reports/rounds/:id"
        element={
          <>
            <RoundDashboardPage />
            <Search />
          </>
        }
      />
    </Routes>,
    { role: Role.COORDINATOR, route, mocks: [roundMock] },
  );
}

const agencies = () =>
  within(screen.getByTestId('round-agencies'))
    .queryAllByRole('link')
    .map((link) => link.textContent);

describe('RoundDashboardPage', () => {
  it('shows the counters and every agency’s report, linking to it', async () => {
    renderDashboard();
    expect(await screen.findByTestId('round-title')).toHaveTextContent('6 tháng đầu năm 2022');
    expect(screen.getByTestId('counter-expected')).toHaveTextContent('4');
    expect(screen.getByTestId('counter-late')).toHaveTextContent('Nộp muộn125% số phải nộp');
    expect(agencies()).toHaveLength(4);
    expect(screen.getByTestId('round-report-rep-stttt')).toHaveAttribute('href', '/reports/rep-stttt');
    // The draft is past its due date (20/06/2022): overdue, not yet "late".
    const draftRow = screen.getByTestId('round-report-rep-qs').closest('tr')!;
    expect(within(draftRow).getByTestId('report-overdue')).toBeInTheDocument();
  });

  it('filters by status or lateness, with the filter in the URL', async () => {
    const { fast } = renderDashboard('/reports/rounds/round-h1?status=SUBMITTED');
    await screen.findByTestId('round-agencies');
    expect(agencies()).toEqual(['Sở Thông tin và Truyền thông']);
    await fast.click(screen.getByText('Nộp muộn (1)'));
    await waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent('?status=LATE'));
    expect(agencies()).toEqual(['Sở Thông tin và Truyền thông']);
    await fast.click(screen.getByText('Tất cả (4)'));
    await waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent(/^$/));
    expect(agencies()).toHaveLength(4);
  });
});

describe('currentRoundId', () => {
  const rounds = [
    { id: 'year', dueDate: '2022-12-20' },
    { id: 'q3', dueDate: '2022-09-20' },
    { id: 'h1', dueDate: '2022-06-20' },
  ];

  it('follows the nearest round still to come, else the latest one', () => {
    expect(currentRoundId(rounds, '2022-07-01')).toBe('q3');
    expect(currentRoundId(rounds, '2022-09-20')).toBe('q3');
    expect(currentRoundId(rounds, '2023-02-01')).toBe('year');
    expect(currentRoundId([], '2023-02-01')).toBeNull();
  });
});
