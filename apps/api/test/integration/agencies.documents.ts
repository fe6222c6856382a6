/** The GraphQL documents of agencies.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const CREATE_AGENCY = graphql(`
  mutation CreateAgencyForAgencies($i: CreateAgencyInput!) {
    createAgency(input: $i) {
      id
      code
      name
      version
      parentId
    }
  }
`);

export const CREATE_AGENCY_ID = graphql(`
  mutation CreateAgencyIdForAgencies($i: CreateAgencyInput!) {
    createAgency(input: $i) {
      id
    }
  }
`);

export const SEARCH_AGENCIES = graphql(`
  query SearchAgenciesForAgencies {
    agencies(filter: { search: "so noi vu" }) {
      totalCount
      edges {
        node {
          code
        }
      }
    }
  }
`);

export const MOVE_AGENCY_PARENT = graphql(`
  mutation MoveAgencyParentForAgencies($i: MoveAgencyInput!) {
    moveAgency(input: $i) {
      parentId
    }
  }
`);

export const MOVE_AGENCY = graphql(`
  mutation MoveAgencyForAgencies($i: MoveAgencyInput!) {
    moveAgency(input: $i) {
      id
    }
  }
`);

export const UPDATE_AGENCY = graphql(`
  mutation UpdateAgencyForAgencies($i: UpdateAgencyInput!) {
    updateAgency(input: $i) {
      name
      version
    }
  }
`);

export const MERGE_AGENCIES_CODE = graphql(`
  mutation MergeAgenciesCodeForAgencies($i: MergeAgenciesInput!) {
    mergeAgencies(input: $i) {
      code
    }
  }
`);

export const MERGE_AGENCIES = graphql(`
  mutation MergeAgenciesForAgencies($i: MergeAgenciesInput!) {
    mergeAgencies(input: $i) {
      id
    }
  }
`);

export const TREE_AS_OF = graphql(`
  query AgencyTreeAsOfForAgencies($r: ID!, $d: LocalDate) {
    agencyTree(rootId: $r, asOf: $d) {
      code
      parentId
    }
  }
`);

export const MERGED_SOURCE = graphql(`
  query MergedSourceForAgencies($id: ID!) {
    agency(id: $id) {
      active
      validTo
      successor {
        code
      }
    }
  }
`);

export const DEACTIVATE_AGENCY = graphql(`
  mutation DeactivateAgencyForAgencies($i: DeactivateAgencyInput!) {
    deactivateAgency(input: $i) {
      id
    }
  }
`);

export const DEACTIVATE_AGENCY_VALID_TO = graphql(`
  mutation DeactivateAgencyValidToForAgencies($i: DeactivateAgencyInput!) {
    deactivateAgency(input: $i) {
      validTo
    }
  }
`);

export const TREE_DEPTHS = graphql(`
  query AgencyTreeDepthsForAgencies($r: ID!) {
    agencyTree(rootId: $r) {
      code
      depth
      childCount
    }
  }
`);

export const AGENCY_DETAIL = graphql(`
  query AgencyDetailForAgencies($id: ID!) {
    agency(id: $id) {
      ancestors {
        code
      }
      descendantCount
      children {
        code
      }
    }
  }
`);

export const AGENCY_CODE = graphql(`
  query AgencyCodeForAgencies($id: ID!) {
    agency(id: $id) {
      code
    }
  }
`);

export const SEARCH_HB = graphql(`
  query SearchOtherProvinceForAgencies {
    agencies(first: 100, filter: { search: "HB" }) {
      edges {
        node {
          code
        }
      }
    }
  }
`);

export const TREE_CODES = graphql(`
  query AgencyTreeCodesForAgencies {
    agencyTree {
      code
    }
  }
`);

export const FIRST_PAGE = graphql(`
  query FirstAgencyPageForAgencies {
    agencies(first: 3) {
      totalCount
      edges {
        node {
          code
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const NEXT_PAGE = graphql(`
  query NextAgencyPageForAgencies($a: String) {
    agencies(first: 3, after: $a) {
      edges {
        node {
          code
        }
      }
    }
  }
`);

export const GARBAGE_CURSOR = graphql(`
  query GarbageCursorForAgencies {
    agencies(first: 3, after: "garbage") {
      totalCount
    }
  }
`);
