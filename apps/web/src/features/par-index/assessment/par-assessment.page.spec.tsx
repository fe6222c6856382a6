import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Routes } from 'react-router';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { SubmitParSelfAssessmentDocument } from '../graphql/par-assessment.operations';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { assessmentDetail, assessmentMock, saveScoresMock, score } from '../par-cycle.fixtures';
import { ParAssessmentPage } from './par-assessment.page';

function renderPage(
  role: Role,
  assessment: ParAssessmentDetailFragment,
  extraMocks: NonNullable<HarnessOptions['mocks']> = [],
) {
  return renderFast(
    <Routes>
      <Route path="/par-index/assessments/:id" element={<ParAssessmentPage />} />
    </Routes>,
    {
      role,
      route: `/par-index/assessments/${assessment.id}`,
      mocks: [assessmentMock(assessment), ...extraMocks],
    },
  );
}

async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

const SUMMARY = { __typename: 'ParSelfSummary' as const, toScore: 2 };

describe('ParAssessmentPage', () => {
  it('shows the tree: computed and surveyed items as such, self-scored ones with a field', async () => {
    renderPage(Role.AGENCY_MANAGER, assessmentDetail());
    expect(await screen.findByTestId('par-assessment-title')).toHaveTextContent('Sở Nội vụ');
    const table = screen.getByTestId('par-self-scores');
    expect(within(table).getByText('Tính từ dữ liệu partrack')).toBeInTheDocument();
    expect(within(table).getByText('Từ kết quả khảo sát')).toBeInTheDocument();
    expect(screen.getByTestId('par-select-1.1')).toBeInTheDocument();
    expect(screen.getByTestId('par-points-2.1')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-progress')).toHaveTextContent('0/2 mục');
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đang tự chấm');
    // Nothing scored yet: the self-assessment cannot be sent.
    expect(screen.getByTestId('par-assessment-submit')).toBeDisabled();
    expect(screen.getByTestId('par-assessment-save')).toBeDisabled();
  });

  it('saves only the chosen MANUAL score with the version read', async () => {
    const after = assessmentDetail({
      version: 4,
      scores: [score('c-1.1', 1)],
      selfSummary: { ...SUMMARY, scored: 1, selfPoints: 1 },
    });
    const harness = renderPage(Role.AGENCY_MANAGER, assessmentDetail({ scores: [score('c-2.1', null)] }), [
      saveScoresMock(
        {
          id: 'as-1',
          version: 3,
          scores: [{ criterionId: 'c-1.1', points: 1, note: null, noEvidenceReason: null }],
        },
        after,
      ),
    ]);
    await screen.findByTestId('par-select-1.1');
    await choose(harness, 'par-select-1.1', 'Hoàn thành 100% — 1 điểm');
    const save = screen.getByTestId('par-assessment-save');
    expect(save).toHaveTextContent('Lưu (1 thay đổi)');
    await harness.fast.click(save);
    await waitFor(() => expect(screen.getByTestId('par-assessment-progress')).toHaveTextContent('1/2 mục'));
    expect(screen.getByTestId('par-assessment-points')).toHaveTextContent('1');
    expect(screen.getByTestId('par-assessment-save')).toBeDisabled();
    // Still one item to score.
    expect(screen.getByTestId('par-assessment-submit')).toBeDisabled();
  });

  it('shows a refused score next to its row', async () => {
    const harness = renderPage(Role.AGENCY_OFFICER, assessmentDetail(), [
      {
        request: saveScoresMock(
          {
            id: 'as-1',
            version: 3,
            scores: [{ criterionId: 'c-1.1', points: 0.5, note: null, noEvidenceReason: null }],
          },
          assessmentDetail(),
        ).request,
        result: graphQLError('BAD_USER_INPUT', 'Dữ liệu nhập chưa hợp lệ.', {
          fields: [
            { field: 'input.scores[0].points', message: 'Điểm của mục 1.1 không có trong thang điểm.' },
          ],
        }),
      },
    ]);
    await screen.findByTestId('par-select-1.1');
    // An officer scores but does not send.
    expect(screen.queryByTestId('par-assessment-submit')).not.toBeInTheDocument();
    await choose(harness, 'par-select-1.1', 'Hoàn thành dưới 80% — 0,5 điểm');
    await harness.fast.click(screen.getByTestId('par-assessment-save'));
    expect(await screen.findByTestId('par-score-error-1.1')).toHaveTextContent(
      'Điểm của mục 1.1 không có trong thang điểm.',
    );
  });

  it('reloads the assessment when someone else saved first', async () => {
    const fresh = assessmentDetail({ version: 5, scores: [score('c-2.1', 0.5)] });
    const harness = renderPage(Role.AGENCY_MANAGER, assessmentDetail(), [
      {
        request: saveScoresMock(
          {
            id: 'as-1',
            version: 3,
            scores: [{ criterionId: 'c-1.1', points: 1, note: null, noEvidenceReason: null }],
          },
          assessmentDetail(),
        ).request,
        result: graphQLError('CONFLICT', 'Dữ liệu đã được người khác thay đổi.'),
      },
      assessmentMock(fresh),
    ]);
    await screen.findByTestId('par-select-1.1');
    await choose(harness, 'par-select-1.1', 'Hoàn thành 100% — 1 điểm');
    await harness.fast.click(screen.getByTestId('par-assessment-save'));
    expect(await screen.findByTestId('par-assessment-conflict')).toHaveTextContent(
      'Bản ghi đã được người khác thay đổi',
    );
    await waitFor(() =>
      expect(screen.getByTestId('par-score-2.1').querySelector('input')).toHaveValue('0,5'),
    );
  });

  it('sends a complete self-assessment after confirming, then freezes it', async () => {
    const complete = {
      scores: [score('c-1.1', 1), score('c-2.1', 0.5)],
      selfSummary: { ...SUMMARY, scored: 2, selfPoints: 1.5 },
    };
    const harness = renderPage(Role.AGENCY_MANAGER, assessmentDetail(complete), [
      {
        request: { query: SubmitParSelfAssessmentDocument, variables: { input: { id: 'as-1', version: 3 } } },
        result: {
          data: {
            submitParSelfAssessment: assessmentDetail({
              ...complete,
              version: 4,
              status: ParAssessmentStatus.SUBMITTED,
              submittedAt: '2025-01-10T03:00:00.000Z',
              submittedByLabel: 'Trần Thị Bình',
            }),
          },
        },
      },
    ]);
    const submit = await screen.findByTestId('par-assessment-submit');
    expect(submit).toBeEnabled();
    await harness.fast.click(submit);
    await harness.fast.click(await screen.findByTestId('par-assessment-submit-ok'));
    expect(await screen.findByTestId('par-assessment-frozen')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đã gửi');
    expect(screen.queryByTestId('par-select-1.1')).not.toBeInTheDocument();
  });

  it('is read-only once submitted, with the late tag', async () => {
    renderPage(
      Role.AGENCY_MANAGER,
      assessmentDetail({
        status: ParAssessmentStatus.SUBMITTED,
        late: true,
        submittedAt: '2025-01-20T03:00:00.000Z',
        submittedByLabel: 'Trần Thị Bình',
        scores: [score('c-1.1', 1, 'Đã ban hành kế hoạch'), score('c-2.1', 0.5)],
        selfSummary: { ...SUMMARY, scored: 2, selfPoints: 1.5 },
      }),
    );
    expect(await screen.findByTestId('par-assessment-frozen')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-status')).toHaveTextContent('Đã gửi');
    expect(screen.getByTestId('par-assessment-late')).toHaveTextContent('Gửi muộn');
    expect(screen.getByTestId('par-score-1.1')).toHaveTextContent('Hoàn thành 100% — 1 điểm');
    expect(screen.getByTestId('par-score-2.1')).toHaveTextContent('0,5');
    expect(screen.getByText('Đã ban hành kế hoạch')).toBeInTheDocument();
    expect(screen.getByTestId('par-assessment-points')).toHaveTextContent('1,5');
    expect(screen.queryByTestId('par-select-1.1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-note-1.1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-assessment-save')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-assessment-submit')).not.toBeInTheDocument();
  });

  it('is read-only for a viewer', async () => {
    renderPage(Role.VIEWER, assessmentDetail());
    expect(await screen.findByTestId('par-assessment-readonly')).toBeInTheDocument();
    expect(screen.queryByTestId('par-select-1.1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-assessment-save')).not.toBeInTheDocument();
  });
});
