import { graphql } from '../../../gql/gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    readAt
    createdAt
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const MyNotificationSettingsDocument = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      kind
      muted
    }
  }
`);

export const SetNotificationMutedDocument = graphql(`
  mutation SetNotificationMuted($kind: NotificationKind!, $muted: Boolean!) {
    setNotificationMuted(kind: $kind, muted: $muted) {
      kind
      muted
    }
  }
`);

export const EmailOutboxDocument = graphql(`
  query EmailOutbox($first: Int!, $after: String, $status: EmailStatus) {
    emailOutbox(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          to
          subject
          text
          status
          attempts
          error
          createdAt
          sentAt
        }
      }
    }
  }
`);
