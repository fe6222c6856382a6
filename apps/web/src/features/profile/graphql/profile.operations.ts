import { graphql } from '../../../gql/gql';

export const ProfileDocument = graphql(`
  query Profile {
    me {
      id
      email
      fullName
      role
      lastLoginAt
      createdAt
      agency {
        id
        name
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      refreshToken
      expiresIn
      user {
        ...SessionUserFields
      }
    }
  }
`);
