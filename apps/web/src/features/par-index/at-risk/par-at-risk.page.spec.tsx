import { screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import { rankingCycleMock } from '../ranking/par-ranking.fixtures';
import { atRiskMock, atRiskRow } from './par-at-risk.fixtures';
import { ParAtRiskPage } from './par-at-risk.page';

const SLOW = { timeout: 5000 };

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

function renderPage(mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(
    <Routes>
      <Route path="/par-index/cycles/:id/at-risk" element={<ParAtRiskPage />} />
      <Route path="/par-index/assessments/:id" element={<LocationProbe />} />
    </Routes>,
    { role: Role.COORDINATOR, route: '/par-index/cycles/cy-1/at-risk', mocks },
  );
}

const agencyOrder = () => screen.getAllByTestId(/^par-at-risk-agency-/).map((link) => link.textContent);

describe('ParAtRiskPage', () => {
  it('lists agencies by points at risk, then the lower index, with late tasks and reports', async () => {
    renderPage([
      rankingCycleMock(),
      atRiskMock('cy-1', [
        atRiskRow('as-1', 'Sở Nội vụ', 0, 95),
        atRiskRow('as-2', 'Sở Tư pháp', 2.5, 80.25, { lateTasks: 5, lateReports: 1 }),
        atRiskRow('as-3', 'Sở Tài chính', 1.25, 88),
        atRiskRow('as-4', 'Sở Xây dựng', 2.5, 70, { lateTasks: 7 }),
      ]),
    ]);
    await screen.findByTestId('par-at-risk-agency-as-1', {}, SLOW);
    expect(agencyOrder()).toEqual(['Sở Xây dựng', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Nội vụ']);
    const row = screen.getByTestId('par-at-risk-agency-as-2').closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Sở Tư pháp', '2,5', '80,25', '5', '1']);
    expect(screen.getByTestId('par-provisional-notice')).toHaveTextContent('Kết quả tạm thời');
  });

  it('sorts by another column on request and opens an agency’s assessment from its row', async () => {
    const harness = renderPage([
      rankingCycleMock(),
      atRiskMock('cy-1', [
        atRiskRow('as-1', 'Sở Nội vụ', 0, 95, { lateTasks: 0 }),
        atRiskRow('as-2', 'Sở Tư pháp', 2.5, 80.25, { lateTasks: 5 }),
        atRiskRow('as-3', 'Sở Tài chính', 1.25, 88, { lateTasks: 9 }),
      ]),
    ]);
    await screen.findByTestId('par-at-risk-agency-as-1', {}, SLOW);
    await harness.fast.click(screen.getByRole('columnheader', { name: /Nhiệm vụ trễ hạn/ }));
    expect(agencyOrder()).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính']);
    await harness.fast.click(screen.getByRole('columnheader', { name: /Nhiệm vụ trễ hạn/ }));
    expect(agencyOrder()).toEqual(['Sở Tài chính', 'Sở Tư pháp', 'Sở Nội vụ']);
    const row = screen.getByTestId('par-at-risk-agency-as-2').closest('tr')!;
    await harness.fast.click(within(row).getAllByRole('cell')[1]);
    expect(await screen.findByTestId('location')).toHaveTextContent('/par-index/assessments/as-2');
  });

  it('says when the cycle has no agency', async () => {
    renderPage([rankingCycleMock(), atRiskMock('cy-1', [])]);
    expect(await screen.findByText('Kỳ đánh giá chưa có cơ quan, đơn vị nào.', {}, SLOW)).toBeInTheDocument();
  });
});
