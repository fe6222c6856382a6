/** The GraphQL documents of agency-groups.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const CREATE = graphql(`
  mutation CreateAgencyGroupForGroups($i: CreateAgencyGroupInput!) {
    createAgencyGroup(input: $i) {
      id
      code
      name
      version
      provinceId
      memberIds
      members {
        code
      }
    }
  }
`);

export const UPDATE = graphql(`
  mutation UpdateAgencyGroupForGroups($i: UpdateAgencyGroupInput!) {
    updateAgencyGroup(input: $i) {
      id
      code
      name
      version
      provinceId
      memberIds
      members {
        code
      }
    }
  }
`);

export const BY_ID = graphql(`
  query AgencyGroupForGroups($id: ID!) {
    agencyGroup(id: $id) {
      id
      code
      name
      version
      provinceId
      memberIds
      members {
        code
      }
    }
  }
`);

export const CODES = graphql(`
  query AgencyGroupCodesForGroups {
    agencyGroups(first: 100) {
      totalCount
      edges {
        node {
          code
        }
      }
    }
  }
`);

export const CREATE_ID = graphql(`
  mutation CreateAgencyGroupIdForGroups($i: CreateAgencyGroupInput!) {
    createAgencyGroup(input: $i) {
      id
    }
  }
`);

export const UPDATE_ID = graphql(`
  mutation UpdateAgencyGroupIdForGroups($i: UpdateAgencyGroupInput!) {
    updateAgencyGroup(input: $i) {
      id
    }
  }
`);

export const SEARCH = graphql(`
  query SearchAgencyGroupsForGroups {
    agencyGroups(search: "ubnd cap huyen") {
      edges {
        node {
          code
        }
      }
    }
  }
`);

export const COUNT = graphql(`
  query CountAgencyGroupsForGroups {
    agencyGroups {
      totalCount
    }
  }
`);

export const DELETE = graphql(`
  mutation DeleteAgencyGroupForGroups($id: ID!) {
    deleteAgencyGroup(id: $id)
  }
`);

export const RESOLVE_NAMES = graphql(`
  query ResolveAgencyNamesForGroups {
    resolveAgencyNames(text: "Sở Nội vụ, UBND các huyện") {
      matches {
        group {
          code
        }
        agency {
          code
        }
      }
    }
  }
`);

export const CREATE_PLAN = graphql(`
  mutation CreatePlanForGroups($i: CreatePlanInput!) {
    createPlan(input: $i) {
      id
    }
  }
`);

export const CREATE_PLAN_ITEM = graphql(`
  mutation CreatePlanItemForGroups($i: CreatePlanItemInput!) {
    createPlanItem(input: $i) {
      id
    }
  }
`);

export const ASSIGNMENTS = graphql(`
  query PlanItemAssignmentsForGroups($id: ID!) {
    planItem(id: $id) {
      assignments {
        group {
          code
        }
        agency {
          code
        }
      }
    }
  }
`);

export const MOVE_AGENCY = graphql(`
  mutation MoveAgencyForGroups($i: MoveAgencyInput!) {
    moveAgency(input: $i) {
      id
    }
  }
`);
