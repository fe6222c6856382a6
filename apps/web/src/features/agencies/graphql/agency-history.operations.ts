import { graphql } from '../../../gql/gql';

// One selection for every read of `history`: its versions have no id, so Apollo stores them inside the agency,
// and two queries asking for different fields of them would keep overwriting each other.
export const AgencyVersionFieldsFragment = graphql(`
  fragment AgencyVersionFields on AgencyVersion {
    agencyId
    effectiveFrom
    effectiveTo
    parentId
    name
    shortName
    kind
    level
  }
`);

/**
 * An agency's dated facts. Asked for the agency shown in the detail panel and for each parent its versions name
 * (a version only carries parentId), so the parent is shown by the name it had in that period.
 */
export const AgencyHistoryDocument = graphql(`
  query AgencyHistory($id: ID!) {
    agency(id: $id) {
      id
      name
      validTo
      successor {
        id
        name
      }
      history {
        ...AgencyVersionFields
      }
    }
  }
`);
