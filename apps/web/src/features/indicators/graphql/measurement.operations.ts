import { graphql } from '../../../gql/gql';

export const MeasurementFieldsFragment = graphql(`
  fragment MeasurementFields on Measurement {
    id
    indicatorId
    agencyId
    period
    value
    numerator
    denominator
    note
    status
    reviewComment
    reviewedAt
    submittedAt
    updatedAt
    updatedByLabel
    version
  }
`);

/** The agency's grid: active indicators its level reports for this kind of period, with any figure. */
export const MeasurementEntriesDocument = graphql(`
  query MeasurementEntries($planId: ID!, $agencyId: ID!, $period: String!) {
    measurementEntries(planId: $planId, agencyId: $agencyId, period: $period) {
      target
      indicator {
        id
        code
        nameVi
        nameEn
        unit
        aggregation
        frequency
        direction
      }
      measurement {
        ...MeasurementFields
      }
    }
  }
`);

export const RecordMeasurementDocument = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      ...MeasurementFields
    }
  }
`);

export const SubmitMeasurementsDocument = graphql(`
  mutation SubmitMeasurements($ids: [ID!]!) {
    submitMeasurements(ids: $ids) {
      ...MeasurementFields
    }
  }
`);

export const MeasurementRowFieldsFragment = graphql(`
  fragment MeasurementRowFields on Measurement {
    ...MeasurementFields
    agency {
      id
      code
      name
    }
    indicator {
      id
      code
      nameVi
      nameEn
      unit
      aggregation
    }
  }
`);

/** Review queue (SUBMITTED) and approved figures (APPROVED), oldest period first. */
export const MeasurementsDocument = graphql(`
  query Measurements($filter: MeasurementFilter, $first: Int, $after: String) {
    measurements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MeasurementRowFields
        }
      }
    }
  }
`);

export const MeasurementHistoryDocument = graphql(`
  query MeasurementHistory($id: ID!) {
    measurement(id: $id) {
      id
      history {
        id
        action
        status
        value
        numerator
        denominator
        note
        comment
        actorLabel
        createdAt
        measurementVersion
      }
    }
  }
`);

export const ReviewMeasurementDocument = graphql(`
  mutation ReviewMeasurement($input: ReviewMeasurementInput!) {
    reviewMeasurement(input: $input) {
      ...MeasurementFields
    }
  }
`);

export const ReopenMeasurementDocument = graphql(`
  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {
    reopenMeasurement(input: $input) {
      ...MeasurementFields
    }
  }
`);

/** Bulk entry workbook: one row per reporting agency under the root, for the period. */
export const MeasurementTemplateDocument = graphql(`
  query MeasurementTemplate($input: MeasurementTemplateInput!) {
    measurementTemplate(input: $input) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const ImportMeasurementsDocument = graphql(`
  mutation ImportMeasurements($input: ImportMeasurementsInput!) {
    importMeasurements(input: $input) {
      applied
      dryRun
      period
      created
      updated
      unchanged
      problems {
        line
        column
        field
        code
        message
      }
    }
  }
`);
