import { graphql } from '../../../gql/gql';

export const SessionUserFieldsFragment = graphql(`
  fragment SessionUserFields on User {
    id
    email
    fullName
    role
    agencyId
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      expiresIn
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const RefreshTokenDocument = graphql(`
  mutation RefreshToken($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresIn
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUserFields
      # For the layout's banner when the user's agency has ended (until an admin moves the user on).
      agency {
        id
        name
        active
        validTo
        successor {
          id
          name
        }
      }
    }
  }
`);
