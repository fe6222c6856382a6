/** The GraphQL documents of par-outputs.int-spec.ts, typed by codegen. */
import { graphql } from '../gql';

export const PAR_RANKING_XLSX = graphql(`
  query ParRankingXlsxForTest($cycleId: ID!) {
    parRankingXlsx(cycleId: $cycleId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const PAR_DECISION_DOCX = graphql(`
  query ParPublicationDecisionDocxForTest($cycleId: ID!) {
    parPublicationDecisionDocx(cycleId: $cycleId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const PAR_SCORECARD_XLSX = graphql(`
  query ParScorecardXlsxForTest($assessmentId: ID!) {
    parScorecardXlsx(assessmentId: $assessmentId) {
      filename
      mimeType
      contentBase64
    }
  }
`);
