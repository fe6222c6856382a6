import { graphql } from '../../../gql/gql';

export const AgencyGroupsDocument = graphql(`
  query AgencyGroups($search: String, $first: Int, $after: String) {
    agencyGroups(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          aliases
          memberIds
          version
          members {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateAgencyGroupDocument = graphql(`
  mutation CreateAgencyGroup($input: CreateAgencyGroupInput!) {
    createAgencyGroup(input: $input) {
      id
      code
      name
      aliases
      memberIds
      version
    }
  }
`);

export const UpdateAgencyGroupDocument = graphql(`
  mutation UpdateAgencyGroup($input: UpdateAgencyGroupInput!) {
    updateAgencyGroup(input: $input) {
      id
      code
      name
      aliases
      memberIds
      version
    }
  }
`);

export const DeleteAgencyGroupDocument = graphql(`
  mutation DeleteAgencyGroup($id: ID!) {
    deleteAgencyGroup(id: $id)
  }
`);

export const AgencyGroupDocument = graphql(`
  query AgencyGroup($id: ID!) {
    agencyGroup(id: $id) {
      id
      code
      name
      aliases
      memberIds
      version
      members {
        id
        name
      }
    }
  }
`);
