import { graphql } from '../../../gql/gql';

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    planId
    code
    nameVi
    nameEn
    description
    areaCode
    unit
    direction
    aggregation
    frequency
    reportingLevels
    cumulative
    target
    state
    sortOrder
    sourceText
    sourceLine
    draftNotes
    version
  }
`);

export const IndicatorValueFieldsFragment = graphql(`
  fragment IndicatorValueFields on IndicatorValue {
    indicatorId
    agencyId
    period
    value
    numerator
    denominator
    reportedCount
    target
    targetSource
    status
  }
`);

/** Plans to pick from; the API lists the newest year first, so the first ACTIVE one is the default. */
export const IndicatorPlansDocument = graphql(`
  query IndicatorPlans {
    plans(first: 100) {
      edges {
        node {
          id
          code
          title
          year
          status
          ownerAgencyId
          ownerAgency {
            id
            name
          }
        }
      }
    }
  }
`);

export const IndicatorsDocument = graphql(`
  query Indicators($filter: IndicatorFilter, $first: Int, $after: String, $period: String!) {
    indicators(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...IndicatorFields
          value(period: $period) {
            ...IndicatorValueFields
          }
        }
      }
    }
  }
`);

export const IndicatorTargetFieldsFragment = graphql(`
  fragment IndicatorTargetFields on IndicatorTarget {
    id
    indicatorId
    level
    agencyId
    period
    value
  }
`);

export const IndicatorDetailDocument = graphql(`
  query IndicatorDetail($id: ID!) {
    indicator(id: $id) {
      ...IndicatorFields
      createdAt
      updatedAt
      plan {
        id
        code
        title
        year
        ownerAgencyId
        ownerAgency {
          id
          name
        }
      }
      targets {
        ...IndicatorTargetFields
      }
      linkedItems {
        id
        code
        title
      }
    }
  }
`);

export const IndicatorSeriesDocument = graphql(`
  query IndicatorSeries($indicatorId: ID!, $agencyId: ID!, $from: String!, $to: String!) {
    indicatorSeries(indicatorId: $indicatorId, agencyId: $agencyId, from: $from, to: $to) {
      ...IndicatorValueFields
    }
  }
`);

export const IndicatorBreakdownDocument = graphql(`
  query IndicatorBreakdown($indicatorId: ID!, $agencyId: ID!, $period: String!) {
    indicatorBreakdown(indicatorId: $indicatorId, agencyId: $agencyId, period: $period) {
      ...IndicatorValueFields
      agency {
        id
        code
        name
        level
        descendantCount
      }
    }
  }
`);

export const ReportingCoverageDocument = graphql(`
  query ReportingCoverage($indicatorId: ID!, $period: String!, $rootAgencyId: ID) {
    reportingCoverage(indicatorId: $indicatorId, period: $period, rootAgencyId: $rootAgencyId) {
      indicatorId
      period
      expected
      reported
      approved
      inProgress
      missing {
        id
        code
        name
      }
    }
  }
`);

export const CreateIndicatorDocument = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const UpdateIndicatorDocument = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const SetIndicatorStateDocument = graphql(`
  mutation SetIndicatorState($input: SetIndicatorStateInput!) {
    setIndicatorState(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const SetIndicatorTargetsDocument = graphql(`
  mutation SetIndicatorTargets($input: SetIndicatorTargetsInput!) {
    setIndicatorTargets(input: $input) {
      ...IndicatorFields
      targets {
        ...IndicatorTargetFields
      }
    }
  }
`);

export const IndicatorScoreboardDocument = graphql(`
  query IndicatorScoreboard($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {
    indicatorScoreboard(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {
      period
      level
      asOf
      indicators {
        id
        code
        nameVi
        nameEn
        unit
      }
      rows {
        agency {
          id
          code
          name
        }
        values
        targets
        statuses
      }
      statusCounts {
        status
        count
      }
    }
  }
`);

export const IndicatorScoreboardXlsxDocument = graphql(`
  query IndicatorScoreboardXlsx($planId: ID!, $period: String!, $level: AgencyLevel!, $rootAgencyId: ID) {
    indicatorScoreboardXlsx(planId: $planId, period: $period, level: $level, rootAgencyId: $rootAgencyId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

/** Plan items an indicator can be linked to (the form's multi-select). */
export const IndicatorPlanItemsDocument = graphql(`
  query IndicatorPlanItems($planId: ID!) {
    plan(id: $planId) {
      id
      year
      items {
        id
        code
        title
        kind
      }
    }
  }
`);
