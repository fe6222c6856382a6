import { graphql } from '../../../gql/gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          actorId
          actorKind
          actorLabel
          action
          entityType
          entityId
          before
          after
          requestId
          createdAt
        }
      }
    }
  }
`);
