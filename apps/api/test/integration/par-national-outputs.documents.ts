/** The GraphQL documents of par-national-outputs.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const NATIONAL_REPORT_DOCX = graphql(`
  query ParNationalReportDocxForTest($assessmentId: ID!) {
    parNationalReportDocx(assessmentId: $assessmentId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const NATIONAL_TEMPLATE = graphql(`
  query ParNationalTemplateForTest($assessmentId: ID!) {
    parNationalTemplate(assessmentId: $assessmentId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const IMPORT_NATIONAL = graphql(`
  mutation ImportParNationalPointsForTest($i: ImportParNationalPointsInput!) {
    importParNationalPoints(input: $i) {
      dryRun
      applied
      rows {
        line
        code
        title
        maxPoints
        selfPoints
        points
        reason
      }
      problems {
        line
        column
        code
        message
      }
      assessment {
        id
        status
        version
      }
    }
  }
`);
