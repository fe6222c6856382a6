import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import {
  ParAssessmentStatus,
  ParCriterionLevel,
  ParCycleStatus,
  ParScoringMethod,
  ParTargetGroup,
  type Role,
} from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { AgencyTreeDocument } from '../../agencies/graphql/agency-tree.operations';
import { PROVINCE_ROWS } from '../../agencies/agency-tree.fixtures';
import { PlanOptionsDocument } from '../../plans/graphql/plan.operations';
import {
  AssignParResponsibilitiesDocument,
  CreateParImprovementTasksDocument,
  ParNationalAssessmentDocument,
  RecordParNationalAppraisalDocument,
} from '../graphql/par-national.operations';
import { criterion, SAMPLE_CRITERIA } from '../par-index.fixtures';
import { ParNationalPage } from './par-national.page';

type Score = ParNationalAssessmentFragment['scores'][number];
type Responsibility = ParNationalAssessmentFragment['responsibilities'][number];

/** The sample framework plus a penalty: leaves 1.1 (MANUAL 1), 1.2.1 (DATA 0,5), 1.2.2 (SURVEY 0,5), 2.1, 3.1. */
export const NATIONAL_CRITERIA = [
  ...SAMPLE_CRITERIA,
  criterion('c-3', '3', ParCriterionLevel.AREA, null, { title: 'Điểm trừ', position: 2 }),
  criterion('c-3.1', '3.1', ParCriterionLevel.CRITERION, 'c-3', {
    title: 'Vi phạm kỷ luật hành chính',
    method: ParScoringMethod.PENALTY,
  }),
];

const AGENCY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  PROVINCE_ROWS.map((row) => [row.id, row.name]),
);

export function responsibility(criterionId: string, agencyId: string): Responsibility {
  return {
    __typename: 'ParResponsibility',
    criterionId,
    agencyId,
    agency: { __typename: 'Agency', id: agencyId, name: AGENCY_NAMES[agencyId] ?? agencyId },
  };
}

export function nationalScore(criterionId: string, extra: Partial<Score> = {}): Score {
  return {
    __typename: 'ParScore',
    id: `s-${criterionId}`,
    criterionId,
    selfPoints: null,
    appraisedPoints: null,
    appraisalReason: null,
    reappraisedPoints: null,
    ...extra,
  };
}

/** The province's own assessment (agency "p", the root of PROVINCE_ROWS) in the 2024 cycle. */
export function nationalAssessment(
  extra: Partial<ParNationalAssessmentFragment> = {},
): ParNationalAssessmentFragment {
  return {
    __typename: 'ParAssessment',
    id: 'as-p',
    version: 3,
    status: ParAssessmentStatus.DRAFT,
    late: false,
    cycleId: 'cy-1',
    agencyId: 'p',
    finalisedAt: null,
    finalisedByLabel: null,
    agency: { __typename: 'Agency', id: 'p', name: 'Ủy ban nhân dân tỉnh Hà Giang' },
    cycle: {
      __typename: 'ParCycle',
      id: 'cy-1',
      year: 2024,
      name: 'Chỉ số CCHC năm 2024',
      status: ParCycleStatus.PUBLISHED,
    },
    framework: {
      __typename: 'ParFramework',
      id: 'fw-p',
      name: 'Bộ chỉ số CCHC cấp tỉnh năm 2024',
      year: 2024,
      targetGroup: ParTargetGroup.PROVINCE,
      criteria: NATIONAL_CRITERIA,
    },
    scores: [],
    responsibilities: [],
    ...extra,
  };
}

export function nationalMock(assessment: ParNationalAssessmentFragment) {
  return {
    request: { query: ParNationalAssessmentDocument, variables: { id: assessment.id } },
    result: { data: { parAssessment: assessment } },
  };
}

/** The pickers' agency tree, limited to the province (rootId "p"). */
export const agencyTreeMock = {
  request: {
    query: AgencyTreeDocument,
    variables: { asOf: null, includeInactive: false, rootId: 'p' },
  },
  result: { data: { agencyTree: PROVINCE_ROWS } },
  maxUsageCount: 20,
};

export function assignMock(
  input: { id: string; version: number; assignments: { criterionId: string; agencyId: string | null }[] },
  result: ParNationalAssessmentFragment,
) {
  return {
    request: { query: AssignParResponsibilitiesDocument, variables: { input } },
    result: { data: { assignParResponsibilities: result } },
  };
}

export function recordMock(
  input: {
    id: string;
    version: number;
    scores: { criterionId: string; points: number; reason: string | null }[];
  },
  result: ParNationalAssessmentFragment,
) {
  return {
    request: { query: RecordParNationalAppraisalDocument, variables: { input } },
    result: { data: { recordParNationalAppraisal: result } },
  };
}

export function improvementRequest(input: { assessmentId: string; planId: string; dueDate: string | null }) {
  return { query: CreateParImprovementTasksDocument, variables: { input } };
}

/** Plans of 2025 offered for the tasks of the 2024 cycle (refetched after the tasks are made). */
export const plans2025Mock = {
  request: { query: PlanOptionsDocument, variables: { filter: { year: 2025 } } },
  result: {
    data: {
      plans: {
        __typename: 'PlanConnection',
        edges: [
          {
            __typename: 'PlanEdge',
            node: {
              __typename: 'Plan',
              id: 'plan-25',
              code: 'KH-2025',
              title: 'Kế hoạch CCHC năm 2025',
              year: 2025,
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

/** The national page at its route, the assessment's query mocked first. */
export function renderNational(
  role: Role,
  assessment: ParNationalAssessmentFragment,
  extraMocks: NonNullable<HarnessOptions['mocks']> = [],
  search = '',
): FastHarness {
  return renderFast(
    <Routes>
      <Route path="/par-index/assessments/:id/national" element={<ParNationalPage />} />
    </Routes>,
    {
      role,
      route: `/par-index/assessments/${assessment.id}/national${search}`,
      mocks: [nationalMock(assessment), ...extraMocks],
    },
  );
}

/** Types into an antd picker's search box and clicks the matching tree node or option. */
export async function pick(harness: FastHarness, testId: string, search: string, label: string) {
  const picker = screen.getByTestId(testId);
  const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') ?? picker);
  await harness.fast.click(input);
  await harness.fast.type(input, search);
  const matches = await screen.findAllByText(label, {}, { timeout: 10000 });
  const node = matches.find((el) => el.closest('.ant-select-tree-treenode, .ant-select-item-option'));
  if (!node) throw new Error(`no option "${label}"`);
  await harness.fast.click(node);
}
