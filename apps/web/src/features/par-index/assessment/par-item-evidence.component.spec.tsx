import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { SubmitParSelfAssessmentDocument } from '../graphql/par-assessment.operations';
import { assessmentDetail, saveScoresMock, score } from '../par-cycle.fixtures';
import {
  addLinkMock,
  evidenceItem,
  FILE_EVIDENCE,
  RECORD_EVIDENCE,
  removeEvidenceMock,
  renderAssessment,
} from './par-assessment.fixtures';

const MISSING = 'Mục 1.1 bắt buộc có minh chứng: hãy đính kèm minh chứng hoặc ghi lý do không có.';

describe('evidence on the self-assessment', () => {
  it('lists files with their size, links and records with their type in Vietnamese', async () => {
    renderAssessment(
      Role.AGENCY_OFFICER,
      assessmentDetail({ evidence: [FILE_EVIDENCE, evidenceItem('ev-url', 'c-1.1'), RECORD_EVIDENCE] }),
    );
    const list = within(await screen.findByTestId('par-item-evidence-1.1'));
    expect(list.getByTestId('par-evidence-ev-file')).toHaveTextContent('Kế hoạch CCHC 2024.pdf');
    expect(list.getByTestId('par-evidence-ev-file')).toHaveTextContent('(20 KB)');
    expect(list.getByRole('link', { name: 'Cổng thông tin điện tử' })).toHaveAttribute(
      'href',
      'https://sonoivu.gov.vn/ke-hoach',
    );
    expect(list.getByTestId('par-evidence-ev-rec')).toHaveTextContent('Nhiệm vụ3.34 Xây dựng kế hoạch CCHC');
    // With evidence, the item needs no reason.
    expect(screen.queryByTestId('par-evidence-missing-1.1')).not.toBeInTheDocument();
  });

  it('adds a link from the dialog after checking the address', async () => {
    const added = evidenceItem('ev-new', 'c-1.1', {
      label: 'Quyết định 12/QĐ',
      url: 'https://x.gov.vn/qd-12',
    });
    const harness = renderAssessment(Role.AGENCY_OFFICER, assessmentDetail(), [
      addLinkMock(
        {
          assessmentId: 'as-1',
          criterionId: 'c-1.1',
          url: 'https://x.gov.vn/qd-12',
          label: 'Quyết định 12/QĐ',
        },
        added,
      ),
    ]);
    expect(await screen.findByTestId('par-evidence-missing-1.1')).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-evidence-add-1.1'));
    await harness.fast.click(await screen.findByRole('tab', { name: 'Đường dẫn' }));
    // Pasted, not typed: each keystroke would re-render the dialog's form for nothing the test checks.
    await harness.fast.click(screen.getByTestId('par-evidence-link-url'));
    await harness.fast.paste('ftp://x.gov.vn/qd-12');
    await harness.fast.click(screen.getByTestId('par-evidence-link-submit'));
    expect(await screen.findByText('Địa chỉ phải bắt đầu bằng http:// hoặc https://.')).toBeInTheDocument();
    await harness.fast.clear(screen.getByTestId('par-evidence-link-url'));
    await harness.fast.paste('https://x.gov.vn/qd-12');
    await harness.fast.click(screen.getByTestId('par-evidence-link-label'));
    await harness.fast.paste('Quyết định 12/QĐ');
    await harness.fast.click(screen.getByTestId('par-evidence-link-submit'));
    expect(await screen.findByTestId('par-evidence-ev-new')).toHaveTextContent('Quyết định 12/QĐ');
    // The item has evidence now: the warning and the reason field go away.
    await waitFor(() => expect(screen.queryByTestId('par-evidence-missing-1.1')).not.toBeInTheDocument());
    expect(screen.queryByTestId('par-no-evidence-1.1')).not.toBeInTheDocument();
  });

  it('removes evidence after confirming', async () => {
    const harness = renderAssessment(Role.AGENCY_OFFICER, assessmentDetail({ evidence: [FILE_EVIDENCE] }), [
      removeEvidenceMock('ev-file'),
    ]);
    await harness.fast.click(await screen.findByTestId('par-evidence-remove-ev-file'));
    await harness.fast.click(await screen.findByTestId('par-evidence-remove-ok-ev-file'));
    await waitFor(() => expect(screen.queryByTestId('par-evidence-ev-file')).not.toBeInTheDocument());
    expect(screen.getByTestId('par-evidence-missing-1.1')).toBeInTheDocument();
  });

  const SCORED = {
    scores: [score('c-1.1', 1), score('c-2.1', 0.5)],
    selfSummary: { __typename: 'ParSelfSummary' as const, toScore: 2, scored: 2, selfPoints: 1.5 },
  };

  it('shows why sending is refused when evidence is missing', async () => {
    const harness = renderAssessment(Role.AGENCY_MANAGER, assessmentDetail(SCORED), [
      {
        request: { query: SubmitParSelfAssessmentDocument, variables: { input: { id: 'as-1', version: 3 } } },
        result: graphQLError('BAD_USER_INPUT', 'Dữ liệu nhập chưa hợp lệ.', {
          fields: [{ field: 'id', message: MISSING }],
        }),
      },
    ]);
    await harness.fast.click(await screen.findByTestId('par-assessment-submit'));
    await harness.fast.click(await screen.findByTestId('par-assessment-submit-ok'));
    expect(await screen.findByTestId('par-assessment-error')).toHaveTextContent(MISSING);
  });

  it('saves the reason for missing evidence with the item', async () => {
    const harness = renderAssessment(Role.AGENCY_OFFICER, assessmentDetail(SCORED), [
      saveScoresMock(
        {
          id: 'as-1',
          version: 3,
          scores: [{ criterionId: 'c-1.1', points: 1, note: null, noEvidenceReason: 'Văn bản mật' }],
        },
        assessmentDetail({
          ...SCORED,
          version: 4,
          scores: [score('c-1.1', 1, null, { noEvidenceReason: 'Văn bản mật' }), score('c-2.1', 0.5)],
        }),
      ),
    ]);
    await harness.fast.click(await screen.findByTestId('par-no-evidence-1.1'));
    await harness.fast.paste(' Văn bản mật ');
    expect(screen.getByTestId('par-assessment-save')).toHaveTextContent('Lưu (1 thay đổi)');
    await harness.fast.click(screen.getByTestId('par-assessment-save'));
    await waitFor(() => expect(screen.getByTestId('par-assessment-save')).toBeDisabled());
    expect(screen.getByTestId('par-no-evidence-1.1')).toHaveValue('Văn bản mật');
  });

  it('closes scores and evidence after the self-assessment deadline', async () => {
    renderAssessment(Role.AGENCY_OFFICER, assessmentDetail({ selfAssessmentDeadline: '2025-01-15' }));
    expect(await screen.findByTestId('par-assessment-self-closed')).toHaveTextContent('15/01/2025');
    expect(screen.queryByTestId('par-evidence-add-1.1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-select-1.1')).not.toBeInTheDocument();
  });
});
