import { graphql } from '../../../gql/gql';

export const PlanRowFieldsFragment = graphql(`
  fragment PlanRowFields on Plan {
    id
    code
    title
    year
    status
    decisionNumber
    decisionDate
    ownerAgencyId
    ownerAgency {
      id
      name
    }
    parentPlanId
    version
  }
`);

export const PlansDocument = graphql(`
  query Plans($filter: PlanFilter, $first: Int, $after: String) {
    plans(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PlanRowFields
        }
      }
    }
  }
`);

export const PlanOptionsDocument = graphql(`
  query PlanOptions($filter: PlanFilter) {
    plans(filter: $filter, first: 100) {
      edges {
        node {
          id
          code
          title
          year
        }
      }
    }
  }
`);

export const PlanOverviewDocument = graphql(`
  query PlanOverview($id: ID!) {
    plan(id: $id) {
      ...PlanRowFields
      signerAgency {
        id
        name
      }
      parentPlan {
        id
        code
        title
      }
      items {
        id
        code
        title
        kind
        parentId
        areaCode
        status
        progress
        dueDate
        dueLabel
        overdue
        doneLate
        daysLate
        leads {
          id
          agency {
            id
            name
            shortName
          }
          group {
            id
            name
          }
        }
      }
    }
  }
`);

export const PlanStatsDocument = graphql(`
  query PlanStats($planId: ID!) {
    areas: taskStats(planId: $planId, groupBy: AREA) {
      ...TaskStatsFields
    }
    leads: taskStats(planId: $planId, groupBy: LEAD_AGENCY) {
      ...TaskStatsFields
    }
    leadsOnTime: taskStats(planId: $planId, groupBy: LEAD_AGENCY, filter: { overdue: false }) {
      ...TaskStatsFields
    }
  }
`);

export const TaskStatsFieldsFragment = graphql(`
  fragment TaskStatsFields on TaskStatsRow {
    key
    label
    total
    done
    inProgress
    notStarted
    cancelled
    overdue
    averageProgress
  }
`);

export const CopyPlanToYearDocument = graphql(`
  mutation CopyPlanToYear($planId: ID!, $year: Int!, $code: String) {
    copyPlanToYear(planId: $planId, year: $year, code: $code) {
      ...PlanRowFields
    }
  }
`);

export const DeriveAgencyPlanDocument = graphql(`
  mutation DeriveAgencyPlan($planId: ID!, $agencyId: ID!) {
    deriveAgencyPlan(planId: $planId, agencyId: $agencyId) {
      ...PlanRowFields
    }
  }
`);

/** The user's agency with its ancestors: the province root is the default owner of an imported plan. */
export const MyAgencyDocument = graphql(`
  query MyAgency {
    me {
      id
      agencyId
      agency {
        id
        name
        ancestors {
          id
          name
        }
      }
    }
  }
`);

/** The plan in the XLSX import template: edit it in Excel and import it again. */
export const ExportPlanXlsxDocument = graphql(`
  query ExportPlanXlsx($planId: ID!) {
    exportPlanXlsx(planId: $planId) {
      filename
      mimeType
      contentBase64
    }
  }
`);
