import { graphql } from '../../../gql/gql';

export const ParCycleRowFragment = graphql(`
  fragment ParCycleRow on ParCycle {
    id
    year
    name
    status
    selfAssessmentDue
    frameworkIds
    version
  }
`);

export const ParCyclesDocument = graphql(`
  query ParCycles($year: Int, $first: Int, $after: String) {
    parCycles(year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ParCycleRow
          statusCounts {
            targetGroup
            status
            count
          }
        }
      }
    }
  }
`);

export const ParCycleDocument = graphql(`
  query ParCycle($id: ID!) {
    parCycle(id: $id) {
      ...ParCycleRow
    }
  }
`);

export const OpenParCycleDocument = graphql(`
  mutation OpenParCycle($input: OpenParCycleInput!) {
    openParCycle(input: $input) {
      ...ParCycleRow
    }
  }
`);

export const ParAssessmentRowFragment = graphql(`
  fragment ParAssessmentRow on ParAssessment {
    id
    cycleId
    version
    status
    late
    submittedAt
    submittedByLabel
    agency {
      id
      name
    }
    framework {
      id
      name
      targetGroup
    }
    selfSummary {
      toScore
      scored
      selfPoints
    }
  }
`);

export const ParAssessmentDetailFragment = graphql(`
  fragment ParAssessmentDetail on ParAssessment {
    ...ParAssessmentRow
    framework {
      id
      name
      targetGroup
      year
      criteria {
        ...ParCriterionFields
      }
    }
    selfAssessmentDeadline
    explanationDue
    closedByDeadline
    appraisedAt
    explainedAt
    finalisedAt
    finalisedByLabel
    cycle {
      id
      status
      councilUserIds
      council {
        id
        fullName
      }
    }
    scores {
      id
      criterionId
      selfPoints
      selfNote
      noEvidenceReason
      appraisedPoints
      appraisalReason
      explanation
      reappraisedPoints
      reappraisalAnswer
    }
    appraisalSummary {
      toAppraise
      appraised
      differences
      explained
      answered
      points
    }
    evidence {
      ...ParEvidenceFields
    }
  }
`);

export const ParAssessmentDocument = graphql(`
  query ParAssessment($id: ID!) {
    parAssessment(id: $id) {
      ...ParAssessmentDetail
    }
  }
`);

export const SaveParSelfScoresDocument = graphql(`
  mutation SaveParSelfScores($input: SaveParSelfScoresInput!) {
    saveParSelfScores(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);

export const SubmitParSelfAssessmentDocument = graphql(`
  mutation SubmitParSelfAssessment($input: SubmitParSelfAssessmentInput!) {
    submitParSelfAssessment(input: $input) {
      ...ParAssessmentDetail
    }
  }
`);
