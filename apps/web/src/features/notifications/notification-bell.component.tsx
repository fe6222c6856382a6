import { useEffect, useState } from 'react';
import { BellOutlined, CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Flex, Popover, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { useFormatters } from '../../app/format/use-formatters.hook';
import {
  MarkAllNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from './graphql/notification.operations';
import { clearUnreadCount } from './notification-cache';
import { NotificationItems } from './notification-items.component';
import { useOpenNotification } from './use-open-notification.hook';

/** How often the badge asks for the unread count: reminders arrive once a day, reviews a few times a day. */
export const UNREAD_POLL_MS = 60_000;
const PANEL_SIZE = 10;

/**
 * The header's bell: the unread count (polled every minute and refetched when the window regains focus; no
 * websocket), and a panel with the latest notifications, "mark all read" and links to the full list and the
 * settings. The list is fetched each time the panel opens, so it is never older than the badge.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const count = useQuery(UnreadNotificationCountDocument, { pollInterval: UNREAD_POLL_MS });
  const list = useQuery(MyNotificationsDocument, {
    variables: { first: PANEL_SIZE, after: null, unreadOnly: false },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const [markAll, marking] = useMutation(MarkAllNotificationsReadDocument, {
    update: clearUnreadCount,
    refetchQueries: [MyNotificationsDocument],
  });
  const openNotification = useOpenNotification();
  const { refetch } = count;

  useEffect(() => {
    // Coming back to the tab after a while should not show a count up to a minute old.
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);

  const unread = (count.data ?? count.previousData)?.unreadNotificationCount ?? 0;
  const items = (list.data ?? list.previousData)?.myNotifications.edges.map((edge) => edge.node) ?? [];
  const go = (path: string) => {
    setOpen(false);
    void navigate(path);
  };

  let body;
  if (list.error && !list.data)
    body = <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.loading && !list.data)
    body = <Skeleton active paragraph={{ rows: 4 }} style={{ padding: 12 }} />;
  else
    body = (
      <NotificationItems
        items={items}
        compact
        emptyText={t('notification.empty')}
        onOpen={(notification) => {
          setOpen(false);
          openNotification(notification);
        }}
      />
    );

  const panel = (
    <div data-testid="notification-panel" style={{ width: 380, maxWidth: '90vw' }}>
      <Flex justify="space-between" align="center" style={{ padding: '4px 12px 8px' }}>
        <Typography.Text strong>{t('notification.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={marking.loading}
          data-testid="notification-mark-all"
          onClick={() => void markAll().catch(() => undefined)}
        >
          {t('notification.markAllRead')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto', borderTop: '1px solid #f0f0f0' }}>{body}</div>
      <Flex justify="space-between" style={{ padding: '8px 12px 0' }}>
        <Button
          type="link"
          size="small"
          data-testid="notification-view-all"
          onClick={() => go('/notifications')}
        >
          {t('notification.viewAll')}
        </Button>
        <Button
          type="link"
          size="small"
          icon={<SettingOutlined />}
          data-testid="notification-settings-link"
          onClick={() => go('/notifications/settings')}
        >
          {t('notification.settings')}
        </Button>
      </Flex>
    </div>
  );

  return (
    <Popover
      content={panel}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      styles={{ container: { padding: '8px 0' } }}
    >
      <Button
        type="text"
        data-testid="notification-bell"
        data-count={unread}
        aria-label={
          unread > 0 ? t('notification.unreadCount', { n: number(unread) }) : t('notification.bell')
        }
      >
        <Badge count={unread} overflowCount={99} size="small" data-testid="notification-count">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
