import { graphql } from '../../../gql/gql';

export const UserRowFieldsFragment = graphql(`
  fragment UserRowFields on User {
    id
    email
    fullName
    role
    agencyId
    agency {
      id
      name
    }
    active
    lastLoginAt
    createdAt
    version
  }
`);

export const UsersDocument = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserRowFields
        }
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserRowFields
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserRowFields
    }
  }
`);

export const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      id
      version
    }
  }
`);

export const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserRowFields
    }
  }
`);
