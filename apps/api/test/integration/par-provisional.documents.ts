/** The GraphQL documents of par-provisional.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const PROVISIONAL = graphql(`
  query ParProvisionalForTest($assessmentId: ID!, $doneTaskIds: [ID!]) {
    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {
      asOf
      index
      points
      maxPoints
      pointsAtRisk
      items {
        code
        points
        source
        share
        due
        onTime
        atRisk
        records {
          recordType
          recordId
          label
          dueDate
          doneOn
          gain
        }
      }
    }
  }
`);

export const AT_RISK = graphql(`
  query ParPointsAtRiskForTest($cycleId: ID!) {
    parPointsAtRisk(cycleId: $cycleId) {
      agency {
        code
      }
      index
      pointsAtRisk
      lateTasks
      lateReports
    }
  }
`);
