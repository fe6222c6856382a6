import { graphql } from '../../../gql/gql';

export const ParEvidenceFieldsFragment = graphql(`
  fragment ParEvidenceFields on ParEvidence {
    id
    assessmentId
    criterionId
    kind
    label
    url
    recordType
    recordId
    downloadUrl
    mimeType
    size
    addedBy
    createdAt
  }
`);

export const AddParEvidenceLinkDocument = graphql(`
  mutation AddParEvidenceLink($input: AddParEvidenceLinkInput!) {
    addParEvidenceLink(input: $input) {
      ...ParEvidenceFields
    }
  }
`);

export const AddParEvidenceRecordDocument = graphql(`
  mutation AddParEvidenceRecord($input: AddParEvidenceRecordInput!) {
    addParEvidenceRecord(input: $input) {
      ...ParEvidenceFields
    }
  }
`);

export const RemoveParEvidenceDocument = graphql(`
  mutation RemoveParEvidence($id: ID!) {
    removeParEvidence(id: $id)
  }
`);

export const ParEvidenceCandidatesDocument = graphql(`
  query ParEvidenceCandidates(
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
      recordId
      recordType
      label
      date
    }
  }
`);
