import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, ParDeadlinePhase, Role } from '@partrack/shared';
import { score } from '../par-cycle.fixtures';
import { renderAssessment, submittedForCouncil } from './par-assessment.fixtures';

describe('scorecard', () => {
  it('shows every step of each item and the final points', async () => {
    renderAssessment(
      Role.VIEWER,
      submittedForCouncil({
        status: ParAssessmentStatus.FINALISED,
        closedByDeadline: ParDeadlinePhase.EXPLANATION,
        explanationDue: '2025-01-20',
        finalisedAt: '2025-02-01T03:00:00.000Z',
        finalisedByLabel: 'Nguyễn Văn An',
        scores: [
          score('c-1.1', 1, 'Đã ban hành', {
            appraisedPoints: 0.5,
            appraisalReason: 'Ban hành muộn',
            explanation: 'Đúng hạn theo văn bản số 12',
            reappraisedPoints: 1,
            reappraisalAnswer: 'Chấp nhận giải trình',
          }),
          score('c-1.2.1', null, null, { appraisedPoints: 0.25 }),
          score('c-2.1', 0.5, null, { appraisedPoints: 0 }),
        ],
        appraisalSummary: {
          __typename: 'ParAppraisalSummary',
          toAppraise: 3,
          appraised: 3,
          differences: 2,
          explained: 1,
          answered: 1,
          points: 1.25,
        },
      }),
    );
    expect(await screen.findByTestId('par-scorecard-phase')).toHaveTextContent('Đã hoàn tất thẩm định');
    expect(screen.getByTestId('par-assessment-closed')).toHaveTextContent('Đóng do hết hạn giải trình');
    expect(screen.getByTestId('par-assessment-council')).toHaveTextContent('Nguyễn Văn An');
    expect(screen.getByTestId('par-score-1.1')).toHaveTextContent('Hoàn thành 100% — 1 điểmĐã ban hành');
    expect(screen.getByTestId('par-appraised-1.1')).toHaveTextContent(
      'Hoàn thành dưới 80% — 0,5 điểmBan hành muộn',
    );
    expect(screen.getByTestId('par-explained-1.1')).toHaveTextContent('Đúng hạn theo văn bản số 12');
    expect(screen.getByTestId('par-reappraised-1.1')).toHaveTextContent('Chấp nhận giải trình');
    // The second appraisal wins; otherwise the first counts.
    expect(screen.getByTestId('par-final-1.1')).toHaveTextContent('1');
    expect(screen.getByTestId('par-final-1.2.1')).toHaveTextContent('0,25');
    expect(screen.getByTestId('par-final-2.1')).toHaveTextContent('0');
    expect(screen.getByTestId('par-final-1.2.2')).toHaveTextContent('—');
    expect(screen.getByTestId('par-scorecard-points')).toHaveTextContent('1,25');
    expect(screen.getByTestId('par-assessment-final-points')).toHaveTextContent('1,25');
  });
});
