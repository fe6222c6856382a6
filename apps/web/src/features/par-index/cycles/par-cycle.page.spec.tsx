import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { ParAssessmentStatus, ParTargetGroup, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { ParCycleDocument } from '../graphql/par-assessment.operations';
import { assessmentRow, assessmentsMock, cycleRow } from '../par-cycle.fixtures';
import { ParCyclePage } from './par-cycle.page';

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

const cycleMock = {
  request: { query: ParCycleDocument, variables: { id: 'cy-1' } },
  result: { data: { parCycle: cycleRow('cy-1') } },
};

function renderPage(mocks: NonNullable<HarnessOptions['mocks']>) {
  return renderFast(
    <Routes>
      <Route path="/par-index/cycles/:id" element={<ParCyclePage />} />
      <Route path="/par-index/assessments/:id" element={<LocationProbe />} />
    </Routes>,
    { role: Role.VIEWER, route: '/par-index/cycles/cy-1', mocks },
  );
}

describe('ParCyclePage', () => {
  it("lists the agencies' assessments with status, lateness, progress and points, and opens one", async () => {
    const harness = renderPage([
      cycleMock,
      assessmentsMock('cy-1', [
        assessmentRow('as-1', {
          selfSummary: { __typename: 'ParSelfSummary', toScore: 40, scored: 12, selfPoints: 10.5 },
        }),
        assessmentRow('as-2', {
          agency: { __typename: 'Agency', id: 'a-2', name: 'UBND huyện Mỹ Đức' },
          framework: {
            __typename: 'ParFramework',
            id: 'fw-2',
            name: 'Bộ tiêu chí cấp huyện',
            targetGroup: ParTargetGroup.DISTRICT,
          },
          status: ParAssessmentStatus.SUBMITTED,
          late: true,
        }),
      ]),
    ]);
    expect(await screen.findByTestId('par-cycle-title')).toHaveTextContent('Chỉ số CCHC năm 2024');
    expect(screen.getByText('15/01/2025')).toBeInTheDocument();
    const first = (await screen.findByTestId('par-assessment-link-as-1')).closest('tr') as HTMLElement;
    expect(within(first).getByText('Sở, ban, ngành')).toBeInTheDocument();
    expect(within(first).getByText('Đang tự chấm')).toBeInTheDocument();
    expect(within(first).getByText('12/40')).toBeInTheDocument();
    expect(within(first).getByText('10,5')).toBeInTheDocument();
    const second = screen.getByTestId('par-assessment-link-as-2').closest('tr') as HTMLElement;
    expect(within(second).getByText('UBND cấp huyện')).toBeInTheDocument();
    expect(within(second).getByText('Đã gửi')).toBeInTheDocument();
    expect(within(second).getByText('Gửi muộn')).toBeInTheDocument();
    await harness.fast.click(within(second).getByText('UBND cấp huyện'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/par-index/assessments/as-2'),
    );
  });

  it('says when the cycle does not exist', async () => {
    renderPage([
      {
        request: cycleMock.request,
        result: graphQLError('NOT_FOUND', 'Không tìm thấy.'),
      },
      assessmentsMock('cy-1', []),
    ]);
    expect(await screen.findByText('Không tìm thấy kỳ đánh giá.')).toBeInTheDocument();
  });
});
