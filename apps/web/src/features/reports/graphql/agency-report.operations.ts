import { graphql } from '../../../gql/gql';

export const ReportNarrativeFieldsFragment = graphql(`
  fragment ReportNarrativeFields on ReportNarrative {
    direction
    areas {
      areaCode
      text
    }
    assessment
    nextTasks
    proposals
  }
`);

export const ReportDataFieldsFragment = graphql(`
  fragment ReportDataFields on ReportData {
    period
    asOf
    generatedAt
    areas {
      areaCode
      areaName
      total
      done
      doneLate
      inProgress
      notStarted
      overdue
      cancelled
      tasks {
        id
        code
        title
        status
        progress
        dueDate
        completedOn
        overdue
      }
    }
    indicators {
      indicatorId
      code
      name
      unit
      period
      value
      numerator
      denominator
      target
      status
      reportedCount
    }
    contributions {
      itemId
      code
      title
      notes
    }
  }
`);

export const AgencyReportSummaryFragment = graphql(`
  fragment AgencyReportSummary on AgencyReport {
    id
    agencyId
    roundId
    status
    dueDate
    late
    frozen
    submittedAt
    acceptedAt
    updatedAt
    version
  }
`);

/** "Báo cáo của tôi": one agency's reports across rounds, with each round's title and period. */
export const MyAgencyReportsDocument = graphql(`
  query MyAgencyReports($agencyId: ID!, $first: Int!, $after: String) {
    agencyReports(filter: { agencyId: $agencyId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AgencyReportSummary
          round {
            id
            kind
            title
            period
            year
          }
        }
      }
    }
  }
`);

export const AgencyReportDocument = graphql(`
  query AgencyReport($id: ID!) {
    agencyReport(id: $id) {
      ...AgencyReportSummary
      documentNumber
      signerName
      signerTitle
      agency {
        id
        name
        shortName
      }
      round {
        id
        kind
        title
        period
        year
        dataFrom
        dataTo
      }
      narrative {
        ...ReportNarrativeFields
      }
      data {
        ...ReportDataFields
      }
      events {
        id
        action
        status
        comment
        actorLabel
        createdAt
      }
      attachments {
        id
        filename
        size
        url
        uploadedBy
        createdAt
      }
    }
  }
`);

export const DeleteReportAttachmentDocument = graphql(`
  mutation DeleteReportAttachment($id: ID!) {
    deleteReportAttachment(id: $id)
  }
`);

export const UpdateAgencyReportDocument = graphql(`
  mutation UpdateAgencyReport($input: UpdateAgencyReportInput!) {
    updateAgencyReport(input: $input) {
      ...AgencyReportSummary
      documentNumber
      signerName
      signerTitle
      narrative {
        ...ReportNarrativeFields
      }
    }
  }
`);

export const SubmitAgencyReportDocument = graphql(`
  mutation SubmitAgencyReport($id: ID!, $version: Int!) {
    submitAgencyReport(id: $id, version: $version) {
      ...AgencyReportSummary
    }
  }
`);

export const ReviewAgencyReportDocument = graphql(`
  mutation ReviewAgencyReport($input: ReviewAgencyReportInput!) {
    reviewAgencyReport(input: $input) {
      ...AgencyReportSummary
    }
  }
`);

export const ReopenAgencyReportDocument = graphql(`
  mutation ReopenAgencyReport($id: ID!, $version: Int!, $comment: String!) {
    reopenAgencyReport(id: $id, version: $version, comment: $comment) {
      ...AgencyReportSummary
    }
  }
`);

export const ExportAgencyReportDocument = graphql(`
  query ExportAgencyReport($id: ID!, $format: ReportFileFormat!) {
    exportAgencyReport(id: $id, format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`);
