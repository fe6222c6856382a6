import { Route, Routes, useLocation } from 'react-router';
import { ParTargetGroup, Role, type ParAssessmentStatus } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import type {
  ParCouncilMemberFieldsFragment,
  ParCycleAssessmentRowFragment,
  ParCycleDetailFragment,
} from '../../../gql/graphql';
import {
  ParCouncilCandidatesDocument,
  ParCycleAssessmentsDocument,
  ParCycleDetailDocument,
  ParCycleStatusesDocument,
} from '../graphql/par-cycle-admin.operations';
import { assessmentRow, cycleRow } from '../par-cycle.fixtures';
import { PAR_CYCLE_ASSESSMENTS_PAGE } from './par-cycle-assessments.component';
import { ParCyclePage } from './par-cycle.page';
import { PAR_ASSESSMENT_STATUSES } from './use-par-cycle-statuses.hook';

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

/** The cycle page at `route`, with a probe where an assessment's link leads. */
export function renderCyclePage(
  mocks: NonNullable<HarnessOptions['mocks']>,
  role: Role = Role.VIEWER,
  route = '/par-index/cycles/cy-1',
) {
  return renderFast(
    <Routes>
      <Route path="/par-index/cycles/:id" element={<ParCyclePage />} />
      <Route path="/par-index/assessments/:id" element={<LocationProbe />} />
    </Routes>,
    { role, route, mocks },
  );
}

export function member(
  id: string,
  fullName: string,
  extra: Partial<ParCouncilMemberFieldsFragment> = {},
): ParCouncilMemberFieldsFragment {
  return { __typename: 'ParCouncilMember', id, fullName, agencyId: 'a-1', active: true, ...extra };
}

export function cycleDetail(id: string, extra: Partial<ParCycleDetailFragment> = {}): ParCycleDetailFragment {
  const council = extra.council ?? [member('u-lead', 'Trần Thị Bình'), member('u-2', 'Lê Văn Cường')];
  return {
    ...cycleRow(id),
    appraisalDue: '2025-02-14',
    explanationDays: 5,
    publicationDue: '2025-03-16',
    surveyHeld: true,
    publishedAt: null,
    publishedByLabel: null,
    councilUserIds: council.map((m) => m.id),
    council,
    ...extra,
  };
}

export function cycleDetailMock(cycle: ParCycleDetailFragment) {
  return {
    request: { query: ParCycleDetailDocument, variables: { id: cycle.id } },
    result: { data: { parCycle: cycle } },
  };
}

export function adminRow(
  id: string,
  extra: Partial<ParCycleAssessmentRowFragment> = {},
): ParCycleAssessmentRowFragment {
  return {
    ...assessmentRow(id, { agency: { __typename: 'Agency', id: `a-${id}`, name: `Sở ${id}` } }),
    closedByDeadline: null,
    selfAssessmentDue: null,
    selfAssessmentDeadline: '2025-01-15',
    explanationDue: null,
    ...extra,
  };
}

/** The first page of the cycle's assessments, of the steps `status` names (null: all), as the API filters. */
export function cycleAssessmentsMock(
  cycleId: string,
  rows: ParCycleAssessmentRowFragment[],
  status: ParAssessmentStatus[] | null = null,
) {
  return {
    request: {
      query: ParCycleAssessmentsDocument,
      variables: { cycleId, status, first: PAR_CYCLE_ASSESSMENTS_PAGE, after: null },
    },
    result: {
      data: {
        parAssessments: {
          __typename: 'ParAssessmentConnection',
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: rows.map((node) => ({ __typename: 'ParAssessmentEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

/** The cycle's status counts as the API gives them: every step, zeros included. */
/** The counts of a cycle's departments at `statuses`, and of the province's national assessment at `national`. */
export function statusesMock(
  cycleId: string,
  statuses: ParAssessmentStatus[],
  national: ParAssessmentStatus[] = [],
) {
  const group = (targetGroup: ParTargetGroup, of: ParAssessmentStatus[]) =>
    PAR_ASSESSMENT_STATUSES.map((status) => ({
      __typename: 'ParStatusCount' as const,
      targetGroup,
      status,
      count: of.filter((s) => s === status).length,
    }));
  return {
    request: { query: ParCycleStatusesDocument, variables: { cycleId } },
    result: {
      data: {
        parCycle: {
          __typename: 'ParCycle',
          id: cycleId,
          statusCounts: [
            ...group(ParTargetGroup.DEPARTMENT, statuses),
            ...(national.length ? group(ParTargetGroup.PROVINCE, national) : []),
          ],
        },
      },
    },
  };
}

export function candidatesMock(
  cycleId: string,
  search: string | null,
  rows: ParCouncilMemberFieldsFragment[],
) {
  return {
    request: { query: ParCouncilCandidatesDocument, variables: { cycleId, search } },
    result: { data: { parCouncilCandidates: rows } },
  };
}
