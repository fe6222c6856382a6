import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { score } from '../par-cycle.fixtures';
import {
  chooseOption,
  finaliseMock,
  renderAssessment,
  saveReappraisalMock,
  submittedForCouncil,
} from './par-assessment.fixtures';

/** 1.1 explained by the agency; 2.1 differed but was not explained. */
const REAPPRAISAL = submittedForCouncil({
  status: ParAssessmentStatus.REAPPRAISAL,
  explanationDue: '2025-01-20',
  scores: [
    score('c-1.1', 1, null, {
      appraisedPoints: 0.5,
      appraisalReason: 'Ban hành kế hoạch muộn',
      explanation: 'Kế hoạch ban hành đúng hạn theo văn bản số 12',
    }),
    score('c-2.1', 0.5, null, { appraisedPoints: 0 }),
  ],
});

describe('second appraisal', () => {
  it('requires an answer to each explanation, then saves points and answer', async () => {
    const answered = submittedForCouncil({
      ...REAPPRAISAL,
      version: 4,
      scores: [
        score('c-1.1', 1, null, {
          ...REAPPRAISAL.scores[0],
          reappraisedPoints: 1,
          reappraisalAnswer: 'Chấp nhận giải trình',
        }),
        REAPPRAISAL.scores[1],
      ],
    });
    const harness = renderAssessment(Role.AGENCY_OFFICER, REAPPRAISAL, [
      saveReappraisalMock(
        {
          id: 'as-1',
          version: 3,
          answers: [{ criterionId: 'c-1.1', points: 1, answer: 'Chấp nhận giải trình' }],
        },
        answered,
      ),
    ]);
    expect(await screen.findByTestId('par-explanation-text-1.1')).toHaveTextContent(
      'Kế hoạch ban hành đúng hạn theo văn bản số 12',
    );
    // Only explained items are answered.
    expect(screen.queryByTestId('par-item-2.1')).not.toBeInTheDocument();
    await chooseOption(harness, 'par-reappraisal-select-1.1', 'Hoàn thành 100% — 1 điểm');
    expect(screen.getByTestId('par-reappraisal-error-1.1')).toHaveTextContent(
      'Hãy ghi ý kiến trả lời giải trình.',
    );
    expect(screen.getByTestId('par-reappraisal-save')).toBeDisabled();
    expect(screen.getByTestId('par-finalise')).toBeDisabled();

    await harness.fast.click(screen.getByTestId('par-reappraisal-answer-1.1'));
    await harness.fast.paste('Chấp nhận giải trình');
    await harness.fast.click(screen.getByTestId('par-reappraisal-save'));
    await waitFor(() => expect(screen.getByTestId('par-finalise')).toBeEnabled());
  });

  it('finalises after confirming once every explanation is answered', async () => {
    const answered = {
      ...REAPPRAISAL,
      scores: [
        { ...REAPPRAISAL.scores[0], reappraisedPoints: 1, reappraisalAnswer: 'Chấp nhận giải trình' },
        REAPPRAISAL.scores[1],
      ],
    };
    const harness = renderAssessment(Role.AGENCY_OFFICER, answered, [
      finaliseMock(
        { id: 'as-1', version: 3 },
        { ...answered, version: 4, status: ParAssessmentStatus.FINALISED },
      ),
    ]);
    await harness.fast.click(await screen.findByTestId('par-finalise'));
    await harness.fast.click(await screen.findByTestId('par-finalise-ok'));
    expect(await screen.findByTestId('par-scorecard')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đã hoàn tất');
  });
});
