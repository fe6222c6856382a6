import { graphql } from '../../../gql/gql';

export const ConsolidatedReportFieldsFragment = graphql(`
  fragment ConsolidatedReportFields on ConsolidatedReport {
    id
    roundId
    status
    documentNumber
    signerName
    signerTitle
    finalisedAt
    updatedAt
    version
    narrative {
      ...ReportNarrativeFields
    }
    data {
      ...ReportDataFields
    }
    completeness {
      ...ReportCounts
      agencies {
        agencyId
        agencyName
        reportId
        status
        dueDate
        submittedAt
        late
      }
    }
  }
`);

/** The round (always) and its consolidated report (null until a coordinator generates it). */
export const ConsolidatedReportDocument = graphql(`
  query ConsolidatedReport($roundId: ID!) {
    reportingRound(id: $roundId) {
      id
      title
      period
      kind
      year
      dueDate
    }
    consolidatedReport(roundId: $roundId) {
      ...ConsolidatedReportFields
    }
  }
`);

export const GenerateConsolidatedReportDocument = graphql(`
  mutation GenerateConsolidatedReport($roundId: ID!, $redraw: Boolean!) {
    generateConsolidatedReport(roundId: $roundId, redraw: $redraw) {
      ...ConsolidatedReportFields
    }
  }
`);

export const UpdateConsolidatedReportDocument = graphql(`
  mutation UpdateConsolidatedReport($input: UpdateConsolidatedReportInput!) {
    updateConsolidatedReport(input: $input) {
      id
      status
      documentNumber
      signerName
      signerTitle
      updatedAt
      version
      narrative {
        ...ReportNarrativeFields
      }
    }
  }
`);

export const FinaliseConsolidatedReportDocument = graphql(`
  mutation FinaliseConsolidatedReport($id: ID!, $version: Int!) {
    finaliseConsolidatedReport(id: $id, version: $version) {
      ...ConsolidatedReportFields
    }
  }
`);

export const ExportConsolidatedReportDocument = graphql(`
  query ExportConsolidatedReport($id: ID!, $format: ReportFileFormat!) {
    exportConsolidatedReport(id: $id, format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`);
