import type { ApolloCache } from '@apollo/client';
import { UnreadNotificationCountDocument } from './graphql/notification.operations';

/**
 * After marking read: the notifications (normalised by id) get a read time in place and the badge's count
 * drops by what the API says changed, so the bell and any open list agree without a refetch.
 */
export function markReadInCache(cache: ApolloCache, ids: readonly string[], changed: number): void {
  const readAt = new Date().toISOString();
  for (const id of ids) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: (current: string | null) => current ?? readAt },
    });
  }
  cache.updateQuery({ query: UnreadNotificationCountDocument }, (data) =>
    data ? { unreadNotificationCount: Math.max(0, data.unreadNotificationCount - changed) } : data,
  );
}

/** Marking all read: the count is zero; lists are refetched by the caller (read times are the API's). */
export function clearUnreadCount(cache: ApolloCache): void {
  cache.writeQuery({ query: UnreadNotificationCountDocument, data: { unreadNotificationCount: 0 } });
}
