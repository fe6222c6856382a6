import { graphql } from '../../../gql/gql';

export const ReportCountsFragment = graphql(`
  fragment ReportCounts on ReportCompleteness {
    expected
    submitted
    accepted
    returned
    missing
    onTime
    late
  }
`);

export const ReportingRoundFieldsFragment = graphql(`
  fragment ReportingRoundFields on ReportingRound {
    id
    kind
    year
    title
    period
    dataFrom
    dataTo
    dueDate
    dueProvince
    dueDistrict
    dueCommune
    levels
    version
  }
`);

/**
 * The year's calendar and the rounds opened for it. Completeness without the per-agency lines: the list
 * needs the counters only, and the lines would multiply the query's cost by the number of rounds.
 */
export const ReportingCalendarDocument = graphql(`
  query ReportingCalendar($year: Int!) {
    reportingPeriods(year: $year) {
      kind
      period
      year
      dataFrom
      dataTo
      dueDate
      dueProvince
      dueDistrict
      dueCommune
    }
    reportingRounds(year: $year) {
      ...ReportingRoundFields
      completeness {
        ...ReportCounts
      }
    }
  }
`);

/** Every round of the province, latest due date first: the entry point of the round dashboard. */
export const LatestRoundsDocument = graphql(`
  query LatestRounds {
    reportingRounds {
      id
      dueDate
    }
  }
`);

export const ReportingRoundDocument = graphql(`
  query ReportingRound($id: ID!) {
    reportingRound(id: $id) {
      ...ReportingRoundFields
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
  }
`);

export const OpenReportingRoundDocument = graphql(`
  mutation OpenReportingRound($input: OpenReportingRoundInput!) {
    openReportingRound(input: $input) {
      ...ReportingRoundFields
    }
  }
`);
