import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import {
  ParAssessmentStatus,
  ParCycleStatus,
  ParEvidenceKind,
  ParEvidenceRecordType,
  type Role,
} from '@partrack/shared';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import {
  FinaliseParAssessmentDocument,
  SaveParAppraisalDocument,
  SaveParReappraisalDocument,
  SendParAppraisalDocument,
  SubmitParExplanationsDocument,
} from '../graphql/par-appraisal.operations';
import { AddParEvidenceLinkDocument, RemoveParEvidenceDocument } from '../graphql/par-evidence.operations';
import { assessmentDetail, assessmentMock } from '../par-cycle.fixtures';
import { ParAssessmentPage } from './par-assessment.page';

type Evidence = ParAssessmentDetailFragment['evidence'][number];

export function evidenceItem(id: string, criterionId: string, extra: Partial<Evidence> = {}): Evidence {
  return {
    __typename: 'ParEvidence',
    id,
    assessmentId: 'as-1',
    criterionId,
    kind: ParEvidenceKind.URL,
    label: 'Cổng thông tin điện tử',
    url: 'https://sonoivu.gov.vn/ke-hoach',
    recordType: null,
    recordId: null,
    downloadUrl: null,
    mimeType: null,
    size: null,
    addedBy: 'Nguyễn Văn An',
    createdAt: '2025-01-05T03:00:00.000Z',
    ...extra,
  };
}

export const FILE_EVIDENCE = evidenceItem('ev-file', 'c-1.1', {
  kind: ParEvidenceKind.FILE,
  label: 'Kế hoạch CCHC 2024.pdf',
  url: null,
  downloadUrl: '/files/par-evidence/ev-file',
  mimeType: 'application/pdf',
  size: 20480,
});

export const RECORD_EVIDENCE = evidenceItem('ev-rec', 'c-1.1', {
  kind: ParEvidenceKind.RECORD,
  label: '3.34 Xây dựng kế hoạch CCHC',
  url: null,
  recordType: ParEvidenceRecordType.TASK,
  recordId: 'task-1',
});

/** The caller of every test (fakeSession's user, "u-1"), named in the council. */
export const COUNCIL_CYCLE: NonNullable<ParAssessmentDetailFragment['cycle']> = {
  __typename: 'ParCycle',
  id: 'cy-1',
  status: ParCycleStatus.OPEN,
  councilUserIds: ['u-1'],
  council: [{ __typename: 'ParCouncilMember', id: 'u-1', fullName: 'Nguyễn Văn An' }],
};

/** A submitted assessment in front of the council: 1.1 and 2.1 self-scored, nothing appraised yet. */
export function submittedForCouncil(
  extra: Partial<ParAssessmentDetailFragment> = {},
): ParAssessmentDetailFragment {
  return assessmentDetail({
    status: ParAssessmentStatus.SUBMITTED,
    submittedAt: '2025-01-10T03:00:00.000Z',
    submittedByLabel: 'Trần Thị Bình',
    selfSummary: { __typename: 'ParSelfSummary', toScore: 2, scored: 2, selfPoints: 1.5 },
    cycle: COUNCIL_CYCLE,
    ...extra,
  });
}

export function addLinkMock(
  input: { assessmentId: string; criterionId: string; url: string; label: string | null },
  result: Evidence,
) {
  return {
    request: { query: AddParEvidenceLinkDocument, variables: { input } },
    result: { data: { addParEvidenceLink: result } },
  };
}

export function removeEvidenceMock(id: string) {
  return {
    request: { query: RemoveParEvidenceDocument, variables: { id } },
    result: { data: { removeParEvidence: true } },
  };
}

interface Versioned {
  id: string;
  version: number;
}

export function saveAppraisalMock(
  input: Versioned & { scores: { criterionId: string; points: number | null; reason: string | null }[] },
  result: ParAssessmentDetailFragment,
) {
  return {
    request: { query: SaveParAppraisalDocument, variables: { input } },
    result: { data: { saveParAppraisal: result } },
  };
}

export function sendAppraisalMock(
  input: Versioned & { acceptSelfScores: boolean },
  result: ParAssessmentDetailFragment,
) {
  return {
    request: { query: SendParAppraisalDocument, variables: { input } },
    result: { data: { sendParAppraisal: result } },
  };
}

export function explainMock(
  input: Versioned & { explanations: { criterionId: string; text: string }[] },
  result: ParAssessmentDetailFragment,
) {
  return {
    request: { query: SubmitParExplanationsDocument, variables: { input } },
    result: { data: { submitParExplanations: result } },
  };
}

export function saveReappraisalMock(
  input: Versioned & { answers: { criterionId: string; points: number; answer: string }[] },
  result: ParAssessmentDetailFragment,
) {
  return {
    request: { query: SaveParReappraisalDocument, variables: { input } },
    result: { data: { saveParReappraisal: result } },
  };
}

export function finaliseMock(input: Versioned, result: ParAssessmentDetailFragment) {
  return {
    request: { query: FinaliseParAssessmentDocument, variables: { input } },
    result: { data: { finaliseParAssessment: result } },
  };
}

/** The assessment page at its route, the assessment's query mocked first. */
export function renderAssessment(
  role: Role,
  assessment: ParAssessmentDetailFragment,
  extraMocks: NonNullable<HarnessOptions['mocks']> = [],
): FastHarness {
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

/** Picks an antd Select option by its text. */
export async function chooseOption(harness: FastHarness, testId: string, label: string): Promise<void> {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}
