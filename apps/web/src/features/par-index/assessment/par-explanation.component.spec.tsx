import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { score } from '../par-cycle.fixtures';
import { COUNCIL_CYCLE, explainMock, renderAssessment, submittedForCouncil } from './par-assessment.fixtures';

/**
 * Appraised: 1.1 and 2.1 both differ from the self-score; explanations due far ahead. The caller is the
 * agency's manager, not on the council.
 */
const APPRAISED = submittedForCouncil({
  status: ParAssessmentStatus.APPRAISED,
  cycle: { ...COUNCIL_CYCLE, councilUserIds: ['u-9'] },
  explanationDue: '2099-01-20',
  scores: [
    score('c-1.1', 1, null, { appraisedPoints: 0.5, appraisalReason: 'Ban hành kế hoạch muộn' }),
    score('c-2.1', 0.5, null, { appraisedPoints: 0, appraisalReason: 'Chưa có sáng kiến được công nhận' }),
  ],
});

const EXPLAINED = { ...APPRAISED, version: 4, status: ParAssessmentStatus.REAPPRAISAL };

describe('agency explanations', () => {
  it('shows the deadline and sends only the explanations written', async () => {
    const harness = renderAssessment(Role.AGENCY_MANAGER, APPRAISED, [
      explainMock(
        {
          id: 'as-1',
          version: 3,
          explanations: [{ criterionId: 'c-2.1', text: 'Sáng kiến đã được Sở KH&CN công nhận' }],
        },
        EXPLAINED,
      ),
    ]);
    expect(await screen.findByTestId('par-explanation-due')).toHaveTextContent('Hạn giải trình: 20/01/2099');
    expect(screen.getByTestId('par-item-1.1')).toHaveTextContent('Ban hành kế hoạch muộn');
    expect(screen.getByTestId('par-appraised-2.1')).toHaveTextContent('0');
    await harness.fast.click(screen.getByTestId('par-explanation-2.1'));
    await harness.fast.paste(' Sáng kiến đã được Sở KH&CN công nhận ');
    await harness.fast.click(screen.getByTestId('par-explanation-submit'));
    expect(
      await screen.findByText('Gửi 1 giải trình cho hội đồng. Sau khi gửi không sửa được nữa.'),
    ).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-explanation-submit-ok'));
    expect(await screen.findByTestId('par-scorecard')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Thẩm định lại');
  });

  it('says that sending none accepts the appraisal', async () => {
    const harness = renderAssessment(Role.AGENCY_MANAGER, APPRAISED, [
      explainMock({ id: 'as-1', version: 3, explanations: [] }, EXPLAINED),
    ]);
    await harness.fast.click(await screen.findByTestId('par-explanation-submit'));
    expect(
      await screen.findByText(
        'Chưa có giải trình nào: gửi nghĩa là cơ quan chấp nhận toàn bộ kết quả thẩm định.',
      ),
    ).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-explanation-submit-ok'));
    expect(await screen.findByTestId('par-scorecard')).toBeInTheDocument();
  });

  it('is read-only once the deadline has passed', async () => {
    renderAssessment(Role.AGENCY_MANAGER, { ...APPRAISED, explanationDue: '2025-01-20' });
    expect(await screen.findByTestId('par-scorecard-phase')).toHaveTextContent(
      'Đã hết hạn giải trình (20/01/2025).',
    );
    expect(screen.queryByTestId('par-explanation-submit')).not.toBeInTheDocument();
  });
});
