import { graphql } from '../../../gql/gql';

export const ParLostRecordFieldsFragment = graphql(`
  fragment ParLostRecordFields on ParLostRecord {
    recordId
    recordType
    label
    dueDate
    doneOn
    gain
  }
`);

export const ParProvisionalScoreDocument = graphql(`
  query ParProvisionalScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {
    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {
      asOf
      index
      points
      maxPoints
      pointsAtRisk
      items {
        criterionId
        code
        title
        method
        source
        maxPoints
        points
        atRisk
        share
        due
        onTime
        records {
          ...ParLostRecordFields
        }
        indicator {
          indicatorId
          code
          name
          unit
          period
          value
          target
          expected
        }
      }
    }
  }
`);

// The what-if answer needs only the totals: the records of the assumed tasks drop out of it, so the panel keeps
// showing the first answer's list and asks for this smaller one on every change of the selection.
export const ParWhatIfScoreDocument = graphql(`
  query ParWhatIfScore($assessmentId: ID!, $doneTaskIds: [ID!]!) {
    parProvisionalScore(assessmentId: $assessmentId, doneTaskIds: $doneTaskIds) {
      index
      points
      pointsAtRisk
    }
  }
`);

export const ParPointsAtRiskDocument = graphql(`
  query ParPointsAtRisk($cycleId: ID!) {
    parPointsAtRisk(cycleId: $cycleId) {
      assessmentId
      agencyId
      agency {
        id
        name
      }
      index
      pointsAtRisk
      lateTasks
      lateReports
    }
  }
`);
