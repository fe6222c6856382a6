/** The GraphQL documents of par-evidence.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const ADD_LINK = graphql(`
  mutation AddParEvidenceLinkForTest($i: AddParEvidenceLinkInput!) {
    addParEvidenceLink(input: $i) {
      id
      kind
      label
      url
      downloadUrl
      addedBy
    }
  }
`);

export const ADD_RECORD = graphql(`
  mutation AddParEvidenceRecordForTest($i: AddParEvidenceRecordInput!) {
    addParEvidenceRecord(input: $i) {
      id
      kind
      label
      recordType
      recordId
      downloadUrl
    }
  }
`);

export const REMOVE_EVIDENCE = graphql(`
  mutation RemoveParEvidenceForTest($id: ID!) {
    removeParEvidence(id: $id)
  }
`);

export const CANDIDATES = graphql(`
  query ParEvidenceCandidatesForTest(
    $assessmentId: ID!
    $search: String
    $recordType: ParEvidenceRecordType
    $first: Int
  ) {
    parEvidenceCandidates(
      assessmentId: $assessmentId
      search: $search
      recordType: $recordType
      first: $first
    ) {
      recordType
      recordId
      label
      date
    }
  }
`);

export const ASSESSMENT_EVIDENCE = graphql(`
  query ParAssessmentEvidenceForTest($id: ID!) {
    parAssessment(id: $id) {
      id
      evidence {
        id
        criterionId
        kind
        label
        url
        recordType
        recordId
        mimeType
        size
        downloadUrl
      }
    }
  }
`);

export const CYCLE_EVIDENCE = graphql(`
  query ParCycleEvidenceForTest($cycleId: ID!, $first: Int) {
    parAssessments(cycleId: $cycleId, first: $first) {
      edges {
        node {
          id
          evidence {
            id
            label
          }
        }
      }
    }
  }
`);
