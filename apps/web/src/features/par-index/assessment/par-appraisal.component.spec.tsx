import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { assessmentMock, score } from '../par-cycle.fixtures';
import {
  chooseOption,
  COUNCIL_CYCLE,
  renderAssessment,
  saveAppraisalMock,
  sendAppraisalMock,
  submittedForCouncil,
} from './par-assessment.fixtures';

const SELF_SCORED = [score('c-1.1', 1, 'Đã ban hành kế hoạch'), score('c-2.1', 0.5)];

describe('council appraisal', () => {
  it('requires a reason when the points differ from the self-score, then saves them with the version', async () => {
    const after = submittedForCouncil({
      version: 4,
      scores: [
        score('c-1.1', 1, 'Đã ban hành kế hoạch', { appraisedPoints: 0.5, appraisalReason: 'Ban hành muộn' }),
        score('c-2.1', 0.5),
      ],
    });
    const harness = renderAssessment(Role.AGENCY_OFFICER, submittedForCouncil({ scores: SELF_SCORED }), [
      saveAppraisalMock(
        {
          id: 'as-1',
          version: 3,
          scores: [{ criterionId: 'c-1.1', points: 0.5, reason: 'Ban hành muộn' }],
        },
        after,
      ),
    ]);
    expect(await screen.findByTestId('par-appraisal')).toBeInTheDocument();
    expect(screen.getByTestId('par-self-1.1')).toHaveTextContent('Hoàn thành 100% — 1 điểm');
    // Survey items are not the council's to score.
    expect(screen.getByTestId('par-appraisal-1.2.2')).toHaveTextContent('Từ khảo sát');
    expect(screen.queryByTestId('par-appraisal-points-1.2.2')).not.toBeInTheDocument();

    await chooseOption(harness, 'par-appraisal-select-1.1', 'Hoàn thành dưới 80% — 0,5 điểm');
    expect(screen.getByTestId('par-appraisal-error-1.1')).toHaveTextContent(
      'Điểm thẩm định khác điểm tự chấm: cần ghi lý do.',
    );
    expect(screen.getByTestId('par-appraisal-save')).toBeDisabled();

    await harness.fast.click(screen.getByTestId('par-appraisal-reason-1.1'));
    await harness.fast.paste(' Ban hành muộn ');
    expect(screen.queryByTestId('par-appraisal-error-1.1')).not.toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-appraisal-save'));
    await waitFor(() => expect(screen.getByTestId('par-appraisal-save')).toBeDisabled());
    expect(screen.getByTestId('par-appraisal-reason-1.1')).toHaveValue('Ban hành muộn');
  });

  it('offers the latest version when someone else saved first', async () => {
    const fresh = submittedForCouncil({
      version: 5,
      scores: [score('c-1.1', 1, null, { appraisedPoints: 1 }), score('c-2.1', 0.5)],
    });
    const harness = renderAssessment(Role.AGENCY_OFFICER, submittedForCouncil({ scores: SELF_SCORED }), [
      {
        request: saveAppraisalMock(
          { id: 'as-1', version: 3, scores: [{ criterionId: 'c-1.1', points: 1, reason: null }] },
          fresh,
        ).request,
        result: graphQLError('CONFLICT', 'Dữ liệu đã được người khác thay đổi.'),
      },
      assessmentMock(fresh),
    ]);
    await screen.findByTestId('par-appraisal-select-1.1');
    await chooseOption(harness, 'par-appraisal-select-1.1', 'Hoàn thành 100% — 1 điểm');
    await harness.fast.click(screen.getByTestId('par-appraisal-save'));
    const alert = await screen.findByTestId('conflict-alert');
    await harness.fast.click(within(alert).getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    await waitFor(() => expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument());
    expect(screen.getByTestId('par-appraisal-save')).toBeDisabled();
  });

  it('filters the items that differ and those not appraised yet', async () => {
    const harness = renderAssessment(
      Role.AGENCY_OFFICER,
      submittedForCouncil({
        scores: [
          score('c-1.1', 1, null, { appraisedPoints: 0.5, appraisalReason: 'Ban hành muộn' }),
          score('c-2.1', 0.5, null, { appraisedPoints: 0.5 }),
        ],
      }),
    );
    const items = await screen.findByTestId('par-appraisal-items');
    expect(within(items).getAllByTestId(/^par-item-/)).toHaveLength(4);

    await harness.fast.click(screen.getByTestId('par-appraisal-filter-differences'));
    expect(
      within(items)
        .getAllByTestId(/^par-item-/)
        .map((el) => el.dataset['testid']),
    ).toEqual(['par-item-1.1']);
    expect(screen.getByTestId('par-appraisal-shown')).toHaveTextContent('Đang hiển thị 1/4 mục');

    await harness.fast.click(screen.getByTestId('par-appraisal-filter-differences'));
    await harness.fast.click(screen.getByTestId('par-appraisal-filter-unappraised'));
    // The computed item still needs the council's points; the survey item never does.
    expect(
      within(items)
        .getAllByTestId(/^par-item-/)
        .map((el) => el.dataset['testid']),
    ).toEqual(['par-item-1.2.1']);
  });

  it('sends the appraisal after confirming, taking the self-scores where asked', async () => {
    const sent = submittedForCouncil({
      version: 4,
      status: ParAssessmentStatus.APPRAISED,
      explanationDue: '2099-01-20',
      scores: SELF_SCORED,
    });
    const harness = renderAssessment(Role.AGENCY_OFFICER, submittedForCouncil({ scores: SELF_SCORED }), [
      sendAppraisalMock({ id: 'as-1', version: 3, acceptSelfScores: true }, sent),
    ]);
    await harness.fast.click(await screen.findByTestId('par-appraisal-send'));
    expect(await screen.findByTestId('par-appraisal-send-unappraised')).toHaveTextContent(
      'Còn 3 mục chưa thẩm định.',
    );
    await harness.fast.click(screen.getByTestId('par-appraisal-accept-self'));
    await harness.fast.click(screen.getByTestId('par-appraisal-send-ok'));
    // An officer does not write the agency's explanations: the scorecard follows.
    expect(await screen.findByTestId('par-scorecard')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đã thẩm định');
  });

  it('shows the scorecard to a user outside the council', async () => {
    renderAssessment(
      Role.AGENCY_OFFICER,
      submittedForCouncil({
        scores: SELF_SCORED,
        cycle: { ...COUNCIL_CYCLE, councilUserIds: ['u-9'] },
      }),
    );
    expect(await screen.findByTestId('par-scorecard')).toBeInTheDocument();
    expect(screen.queryByTestId('par-appraisal-save')).not.toBeInTheDocument();
  });
});
