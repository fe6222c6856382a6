/** The GraphQL documents of par-assessments.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const OPEN_CYCLE = graphql(`
  mutation OpenParCycleForTest($i: OpenParCycleInput!) {
    openParCycle(input: $i) {
      id
      year
      status
      selfAssessmentDue
      frameworkIds
    }
  }
`);

export const ASSESSMENTS = graphql(`
  query ParAssessmentsForTest($cycleId: ID!, $first: Int) {
    parAssessments(cycleId: $cycleId, first: $first) {
      totalCount
      edges {
        node {
          id
          version
          status
          agency {
            code
          }
          framework {
            targetGroup
            status
          }
          selfSummary {
            toScore
            scored
            selfPoints
          }
        }
      }
    }
  }
`);

export const ASSESSMENT = graphql(`
  query ParAssessmentForTest($id: ID!) {
    parAssessment(id: $id) {
      id
      version
      status
      late
      submittedByLabel
      scores {
        criterionId
        selfPoints
        selfNote
      }
      selfSummary {
        toScore
        scored
        selfPoints
      }
    }
  }
`);

export const SAVE_SELF_SCORES = graphql(`
  mutation SaveParSelfScoresForTest($i: SaveParSelfScoresInput!) {
    saveParSelfScores(input: $i) {
      id
      version
      selfSummary {
        scored
        selfPoints
      }
    }
  }
`);

export const SUBMIT_SELF_ASSESSMENT = graphql(`
  mutation SubmitParSelfAssessmentForTest($i: SubmitParSelfAssessmentInput!) {
    submitParSelfAssessment(input: $i) {
      status
      version
      late
      submittedAt
    }
  }
`);
