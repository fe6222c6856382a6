import { graphql } from '../../../gql/gql';

export const AgencyTreeDocument = graphql(`
  query AgencyTree($rootId: ID, $asOf: LocalDate, $includeInactive: Boolean) {
    agencyTree(rootId: $rootId, asOf: $asOf, includeInactive: $includeInactive) {
      id
      code
      name
      shortName
      aliases
      kind
      level
      parentId
      depth
      active
      validFrom
      validTo
      successorId
      childCount
    }
  }
`);

export const AgencyDetailFieldsFragment = graphql(`
  fragment AgencyDetailFields on Agency {
    id
    code
    name
    shortName
    aliases
    kind
    level
    parentId
    validFrom
    validTo
    successorId
    active
    descendantCount
    createdAt
    updatedAt
    version
  }
`);

export const AgencyDetailDocument = graphql(`
  query AgencyDetail($id: ID!) {
    agency(id: $id) {
      ...AgencyDetailFields
      parent {
        id
        code
        name
      }
      successor {
        id
        code
        name
      }
      ancestors {
        id
        name
      }
      children(includeInactive: true) {
        id
        active
      }
    }
  }
`);
