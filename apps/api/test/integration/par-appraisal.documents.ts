/** The GraphQL documents of par-appraisal.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const APPRAISAL_VIEW = graphql(`
  query ParAppraisalViewForTest($id: ID!) {
    parAssessment(id: $id) {
      id
      version
      status
      explanationDue
      closedByDeadline
      selfAssessmentDeadline
      finalisedByLabel
      cycle {
        id
        status
        council {
          fullName
        }
      }
      scores {
        criterionId
        selfPoints
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
    }
  }
`);

export const SAVE_APPRAISAL = graphql(`
  mutation SaveParAppraisalForTest($i: SaveParAppraisalInput!) {
    saveParAppraisal(input: $i) {
      id
      version
    }
  }
`);

export const SEND_APPRAISAL = graphql(`
  mutation SendParAppraisalForTest($i: SendParAppraisalInput!) {
    sendParAppraisal(input: $i) {
      id
      version
      status
      explanationDue
    }
  }
`);

export const SUBMIT_EXPLANATIONS = graphql(`
  mutation SubmitParExplanationsForTest($i: SubmitParExplanationsInput!) {
    submitParExplanations(input: $i) {
      id
      version
      status
    }
  }
`);

export const SAVE_REAPPRAISAL = graphql(`
  mutation SaveParReappraisalForTest($i: SaveParReappraisalInput!) {
    saveParReappraisal(input: $i) {
      id
      version
    }
  }
`);

export const FINALISE = graphql(`
  mutation FinaliseParAssessmentForTest($i: FinaliseParAssessmentInput!) {
    finaliseParAssessment(input: $i) {
      id
      version
      status
    }
  }
`);

export const REOPEN = graphql(`
  mutation ReopenParAssessmentForTest($i: ReopenParAssessmentInput!) {
    reopenParAssessment(input: $i) {
      id
      version
      status
    }
  }
`);

export const EXTEND = graphql(`
  mutation ExtendParDeadlineForTest($i: ExtendParDeadlineInput!) {
    extendParDeadline(input: $i) {
      id
      version
      status
      selfAssessmentDue
      explanationDue
      closedByDeadline
    }
  }
`);

export const SET_COUNCIL = graphql(`
  mutation SetParCouncilForTest($i: SetParCouncilInput!) {
    setParCouncil(input: $i) {
      id
      version
      councilUserIds
    }
  }
`);

export const PUBLISH = graphql(`
  mutation PublishParCycleForTest($i: PublishParCycleInput!) {
    publishParCycle(input: $i) {
      id
      version
      status
      publishedAt
    }
  }
`);

export const CYCLE_VERSION = graphql(`
  query ParCycleVersionForTest($id: ID!) {
    parCycle(id: $id) {
      id
      version
      status
      appraisalDue
      publicationDue
      explanationDays
    }
  }
`);
