import { graphql } from '../../../gql/gql';

export const ApiKeyRowFieldsFragment = graphql(`
  fragment ApiKeyRowFields on ApiKey {
    id
    name
    prefix
    role
    agencyId
    agency {
      id
      name
    }
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
  }
`);

export const ApiKeysDocument = graphql(`
  query ApiKeys($first: Int, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ApiKeyRowFields
        }
      }
    }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyRowFields
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyRowFields
    }
  }
`);
