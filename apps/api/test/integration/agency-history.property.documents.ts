/** The GraphQL documents of agency-history.property.int-spec.ts, typed by codegen (npm run codegen). */
import { graphql } from '../gql';

export const CREATE = graphql(`
  mutation CreateAgencyForHistoryProperty($i: CreateAgencyInput!) {
    createAgency(input: $i) {
      id
    }
  }
`);

export const MOVE = graphql(`
  mutation MoveAgencyForHistoryProperty($i: MoveAgencyInput!) {
    moveAgency(input: $i) {
      id
    }
  }
`);

export const LOCK_VERSION = graphql(`
  query AgencyLockVersionForHistoryProperty($id: ID!) {
    agency(id: $id) {
      version
    }
  }
`);

export const RENAME = graphql(`
  mutation UpdateAgencyForHistoryProperty($i: UpdateAgencyInput!) {
    updateAgency(input: $i) {
      id
    }
  }
`);

export const MERGE = graphql(`
  mutation MergeAgenciesForHistoryProperty($i: MergeAgenciesInput!) {
    mergeAgencies(input: $i) {
      id
    }
  }
`);

export const DEACTIVATE = graphql(`
  mutation DeactivateAgencyForHistoryProperty($i: DeactivateAgencyInput!) {
    deactivateAgency(input: $i) {
      id
    }
  }
`);

export const TREE = graphql(`
  query AgencyTreeForHistoryProperty($r: ID!, $d: LocalDate!) {
    agencyTree(rootId: $r, asOf: $d, includeInactive: false) {
      id
      parentId
      name
    }
  }
`);

export const HISTORY = graphql(`
  query AgencyHistoryForHistoryProperty($id: ID!) {
    agency(id: $id) {
      history {
        agencyId
        effectiveFrom
        effectiveTo
        parentId
        name
      }
    }
  }
`);
