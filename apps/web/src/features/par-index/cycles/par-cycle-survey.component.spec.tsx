import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParCycleStatus, Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { SetParSurveyHeldDocument } from '../graphql/par-cycle-admin.operations';
import {
  cycleAssessmentsMock,
  cycleDetail,
  cycleDetailMock,
  renderCyclePage,
  statusesMock,
} from './par-cycle-admin.fixtures';

const SLOW = { timeout: 5000 };
const setRequest = (surveyHeld: boolean, version = 1) => ({
  query: SetParSurveyHeldDocument,
  variables: { input: { id: 'cy-1', version, surveyHeld } },
});
const page = (cycle = cycleDetail('cy-1')) => [
  cycleDetailMock(cycle),
  statusesMock('cy-1', []),
  cycleAssessmentsMock('cy-1', []),
];

describe('ParCycleSurvey on the cycle page', () => {
  it('lets a coordinator say the surveys were not held, and says the index is scaled to 100', async () => {
    const harness = renderCyclePage(
      [
        ...page(),
        {
          request: setRequest(false),
          result: { data: { setParSurveyHeld: cycleDetail('cy-1', { surveyHeld: false, version: 2 }) } },
        },
      ],
      Role.COORDINATOR,
    );
    expect(await screen.findByTestId('par-cycle-survey', {}, SLOW)).toHaveTextContent('Có tổ chức');
    await harness.fast.click(screen.getByTestId('par-cycle-survey-switch'));
    await waitFor(
      () => expect(screen.getByTestId('par-cycle-survey')).toHaveTextContent('Không tổ chức'),
      SLOW,
    );
    expect(screen.getByText(/quy về thang điểm 100/)).toBeInTheDocument();
    expect(screen.getByTestId('par-cycle-survey-switch')).not.toBeChecked();
  });

  it('shows the API refusal and the cycle as it is now', async () => {
    const harness = renderCyclePage(
      [
        ...page(),
        { request: setRequest(false), result: graphQLError('CONFLICT', 'Stale') },
        cycleDetailMock(cycleDetail('cy-1', { surveyHeld: false, version: 3 })),
      ],
      Role.COORDINATOR,
    );
    await screen.findByTestId('par-cycle-survey', {}, SLOW);
    await harness.fast.click(screen.getByTestId('par-cycle-survey-switch'));
    expect(await screen.findByText(/người khác thay đổi/, {}, SLOW)).toBeInTheDocument();
    await waitFor(
      () => expect(screen.getByTestId('par-cycle-survey')).toHaveTextContent('Không tổ chức'),
      SLOW,
    );
  });

  it('shows it to a viewer without the switch', async () => {
    renderCyclePage(page(cycleDetail('cy-1', { surveyHeld: false })), Role.VIEWER);
    expect(await screen.findByTestId('par-cycle-survey', {}, SLOW)).toHaveTextContent('Không tổ chức');
    expect(screen.queryByTestId('par-cycle-survey-switch')).not.toBeInTheDocument();
  });

  it('offers no switch on a published cycle, even to a coordinator', async () => {
    renderCyclePage(page(cycleDetail('cy-1', { status: ParCycleStatus.PUBLISHED })), Role.COORDINATOR);
    expect(await screen.findByTestId('par-cycle-survey', {}, SLOW)).toHaveTextContent('Có tổ chức');
    expect(screen.queryByTestId('par-cycle-survey-switch')).not.toBeInTheDocument();
  });
});
