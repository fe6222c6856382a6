import { DEFAULT_PAGE_SIZE, ParAssessmentStatus, ParCycleStatus, ParTargetGroup } from '@partrack/shared';
import type {
  ParAssessmentDetailFragment,
  ParAssessmentRowFragment,
  ParCycleRowFragment,
  ParCyclesQuery,
} from '../../gql/graphql';
import {
  ParAssessmentDocument,
  ParCyclesDocument,
  SaveParSelfScoresDocument,
} from './graphql/par-assessment.operations';
import { SAMPLE_CRITERIA } from './par-index.fixtures';

export function cycleRow(id: string, extra: Partial<ParCycleRowFragment> = {}): ParCycleRowFragment {
  return {
    __typename: 'ParCycle',
    id,
    year: 2024,
    name: 'Chỉ số CCHC năm 2024',
    status: ParCycleStatus.OPEN,
    selfAssessmentDue: '2025-01-15',
    frameworkIds: ['fw-1'],
    version: 1,
    ...extra,
  };
}

function connection<T extends { id: string }>(typename: string, rows: T[]) {
  return {
    __typename: `${typename}Connection`,
    totalCount: rows.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges: rows.map((node) => ({ __typename: `${typename}Edge`, cursor: node.id, node })),
  };
}

type StatusCount = ParCyclesQuery['parCycles']['edges'][number]['node']['statusCounts'][number];

/** The list of cycles; each row's counts default to none. */
export function cyclesMock(rows: (ParCycleRowFragment & { statusCounts?: StatusCount[] })[]) {
  const nodes = rows.map((row) => ({ ...row, statusCounts: row.statusCounts ?? [] }));
  return {
    request: { query: ParCyclesDocument, variables: { first: DEFAULT_PAGE_SIZE, after: null } },
    result: { data: { parCycles: connection('ParCycle', nodes) } },
  };
}

export function assessmentRow(
  id: string,
  extra: Partial<ParAssessmentRowFragment> = {},
): ParAssessmentRowFragment {
  return {
    __typename: 'ParAssessment',
    id,
    cycleId: 'cy-1',
    version: 3,
    status: ParAssessmentStatus.DRAFT,
    late: false,
    submittedAt: null,
    submittedByLabel: null,
    agency: { __typename: 'Agency', id: `a-${id}`, name: 'Sở Nội vụ' },
    framework: {
      __typename: 'ParFramework',
      id: 'fw-1',
      name: 'Bộ tiêu chí các sở, ban, ngành năm 2024',
      targetGroup: ParTargetGroup.DEPARTMENT,
    },
    selfSummary: { __typename: 'ParSelfSummary', toScore: 2, scored: 0, selfPoints: 0 },
    ...extra,
  };
}

type Score = ParAssessmentDetailFragment['scores'][number];

export function score(
  criterionId: string,
  selfPoints: number | null,
  selfNote: string | null = null,
  extra: Partial<Score> = {},
): Score {
  return {
    __typename: 'ParScore',
    id: `s-${criterionId}`,
    criterionId,
    selfPoints,
    selfNote,
    noEvidenceReason: null,
    appraisedPoints: null,
    appraisalReason: null,
    explanation: null,
    reappraisedPoints: null,
    reappraisalAnswer: null,
    ...extra,
  };
}

/** The sample framework's assessment: 1.1 (MANUAL) and 2.1 (BONUS) to score, 1.2.x computed or surveyed. */
export function assessmentDetail(
  extra: Partial<ParAssessmentDetailFragment> = {},
): ParAssessmentDetailFragment {
  const row = assessmentRow('as-1');
  return {
    ...row,
    framework: {
      __typename: 'ParFramework',
      id: 'fw-1',
      name: 'Bộ tiêu chí các sở, ban, ngành năm 2024',
      targetGroup: ParTargetGroup.DEPARTMENT,
      year: 2024,
      criteria: SAMPLE_CRITERIA,
    },
    // Far ahead, so a DRAFT is open for scoring; tests of a closed one pass a past date.
    selfAssessmentDeadline: '2099-12-31',
    explanationDue: null,
    closedByDeadline: null,
    appraisedAt: null,
    explainedAt: null,
    finalisedAt: null,
    finalisedByLabel: null,
    cycle: {
      __typename: 'ParCycle',
      id: 'cy-1',
      status: ParCycleStatus.OPEN,
      councilUserIds: [],
      council: [],
    },
    scores: [],
    appraisalSummary: {
      __typename: 'ParAppraisalSummary',
      toAppraise: 3,
      appraised: 0,
      differences: 0,
      explained: 0,
      answered: 0,
      points: 0,
    },
    evidence: [],
    ...extra,
  };
}

export function assessmentMock(assessment: ParAssessmentDetailFragment) {
  return {
    request: { query: ParAssessmentDocument, variables: { id: assessment.id } },
    result: { data: { parAssessment: assessment } },
  };
}

export function saveScoresMock(
  input: {
    id: string;
    version: number;
    scores: {
      criterionId: string;
      points: number | null;
      note: string | null;
      noEvidenceReason: string | null;
    }[];
  },
  result: ParAssessmentDetailFragment,
) {
  return {
    request: { query: SaveParSelfScoresDocument, variables: { input } },
    result: { data: { saveParSelfScores: result } },
  };
}
