import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { MarkNotificationsReadDocument } from './graphql/notification.operations';
import { markReadInCache } from './notification-cache';
import { internalPath } from './notification-kind.util';

/**
 * Opening a notification marks it read and goes to what it is about. Navigation does not wait for the
 * mutation: a failed mark-read only leaves it bold, which the next poll corrects.
 */
export function useOpenNotification(): (notification: NotificationFieldsFragment) => void {
  const navigate = useNavigate();
  const [markRead] = useMutation(MarkNotificationsReadDocument);
  return useCallback(
    (notification: NotificationFieldsFragment) => {
      if (!notification.readAt) {
        void markRead({
          variables: { ids: [notification.id] },
          update: (cache, result) =>
            markReadInCache(cache, [notification.id], result.data?.markNotificationsRead ?? 0),
        }).catch(() => undefined);
      }
      const path = internalPath(notification.link);
      if (path) void navigate(path);
    },
    [markRead, navigate],
  );
}
