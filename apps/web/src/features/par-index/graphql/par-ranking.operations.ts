import { graphql } from '../../../gql/gql';

// The ranking screen's own cycle header: only what it shows (name, year, whether the results are published),
// so it does not depend on the coordinator's cycle fragments.
export const ParRankingCycleDocument = graphql(`
  query ParRankingCycle($id: ID!) {
    parCycle(id: $id) {
      id
      year
      name
      status
      publishedAt
    }
  }
`);

export const ParRankingRowFieldsFragment = graphql(`
  fragment ParRankingRowFields on ParRankingRow {
    assessmentId
    agencyId
    agency {
      id
      name
    }
    targetGroup
    rank
    index
    points
    bonus
    penalty
    maxPoints
    band {
      code
      label
      minIndex
    }
    areas {
      code
      name
      points
      maxPoints
      index
    }
    previousIndex
    status
    finalised
  }
`);

export const ParRankingDocument = graphql(`
  query ParRanking($cycleId: ID!, $targetGroup: ParTargetGroup) {
    parRanking(cycleId: $cycleId, targetGroup: $targetGroup) {
      ...ParRankingRowFields
    }
  }
`);

export const ParRankingXlsxDocument = graphql(`
  query ParRankingXlsx($cycleId: ID!) {
    parRankingXlsx(cycleId: $cycleId) {
      filename
      mimeType
      contentBase64
    }
  }
`);
