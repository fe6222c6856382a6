import { graphql } from '../../../gql/gql';

// The coordinator's view of a cycle: every deadline, the council by name, publication, and what each agency's
// row needs to be extended or reopened. Kept apart from par-assessment.operations.ts, which the agency's
// self-assessment screens share.

export const ParCouncilMemberFieldsFragment = graphql(`
  fragment ParCouncilMemberFields on ParCouncilMember {
    id
    fullName
    agencyId
    active
  }
`);

export const ParCycleDetailFragment = graphql(`
  fragment ParCycleDetail on ParCycle {
    ...ParCycleRow
    appraisalDue
    explanationDays
    publicationDue
    surveyHeld
    publishedAt
    publishedByLabel
    councilUserIds
    council {
      ...ParCouncilMemberFields
    }
  }
`);

export const ParCycleDetailDocument = graphql(`
  query ParCycleDetail($id: ID!) {
    parCycle(id: $id) {
      ...ParCycleDetail
    }
  }
`);

export const ParCycleAssessmentRowFragment = graphql(`
  fragment ParCycleAssessmentRow on ParAssessment {
    ...ParAssessmentRow
    closedByDeadline
    selfAssessmentDue
    selfAssessmentDeadline
    explanationDue
  }
`);

export const ParCycleAssessmentsDocument = graphql(`
  query ParCycleAssessments($cycleId: ID!, $status: [ParAssessmentStatus!], $first: Int, $after: String) {
    parAssessments(cycleId: $cycleId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ParCycleAssessmentRow
        }
      }
    }
  }
`);

/** One row again, when a version conflict asks for the latest before extending or reopening. */
export const ParCycleAssessmentDocument = graphql(`
  query ParCycleAssessment($id: ID!) {
    parAssessment(id: $id) {
      ...ParCycleAssessmentRow
    }
  }
`);

/** How many assessments are at each step over the whole cycle, for the filter counts and publishing. */
export const ParCycleStatusesDocument = graphql(`
  query ParCycleStatuses($cycleId: ID!) {
    parCycle(id: $cycleId) {
      id
      statusCounts {
        targetGroup
        status
        count
      }
    }
  }
`);

export const ParCouncilCandidatesDocument = graphql(`
  query ParCouncilCandidates($cycleId: ID!, $search: String) {
    parCouncilCandidates(cycleId: $cycleId, search: $search) {
      ...ParCouncilMemberFields
    }
  }
`);

export const SetParCouncilDocument = graphql(`
  mutation SetParCouncil($input: SetParCouncilInput!) {
    setParCouncil(input: $input) {
      ...ParCycleDetail
    }
  }
`);

export const SetParSurveyHeldDocument = graphql(`
  mutation SetParSurveyHeld($input: SetParSurveyHeldInput!) {
    setParSurveyHeld(input: $input) {
      ...ParCycleDetail
    }
  }
`);

export const ExtendParDeadlineDocument = graphql(`
  mutation ExtendParDeadline($input: ExtendParDeadlineInput!) {
    extendParDeadline(input: $input) {
      ...ParCycleAssessmentRow
    }
  }
`);

export const ReopenParAssessmentDocument = graphql(`
  mutation ReopenParAssessment($input: ReopenParAssessmentInput!) {
    reopenParAssessment(input: $input) {
      ...ParCycleAssessmentRow
    }
  }
`);

export const PublishParCycleDocument = graphql(`
  mutation PublishParCycle($input: PublishParCycleInput!) {
    publishParCycle(input: $input) {
      ...ParCycleDetail
    }
  }
`);
