import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { CursorPager } from '../../app/ui/cursor-pager.component';
import { useErrorMessage } from '../../app/ui/use-error-message.hook';
import { useKeyedCursorPagination } from '../../app/ui/use-keyed-cursor-pagination.hook';
import { patchParams } from '../indicators/indicator-url.util';
import {
  MarkAllNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from './graphql/notification.operations';
import { clearUnreadCount } from './notification-cache';
import { NotificationItems } from './notification-items.component';
import { useOpenNotification } from './use-open-notification.hook';

const PAGE_SIZE = 20;

/** `/notifications`: every notification, newest first, in pages; `?unread=1` shows only unread ones. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const pagination = useKeyedCursorPagination(String(unreadOnly));
  const query = useQuery(MyNotificationsDocument, {
    variables: { first: PAGE_SIZE, after: pagination.after, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const count = useQuery(UnreadNotificationCountDocument);
  const [markAll, marking] = useMutation(MarkAllNotificationsReadDocument, {
    update: clearUnreadCount,
    refetchQueries: [MyNotificationsDocument],
  });
  const openNotification = useOpenNotification();
  const connection = (query.data ?? query.previousData)?.myNotifications;
  const unread = count.data?.unreadNotificationCount ?? 0;

  const onMarkAll = async () => {
    try {
      const result = await markAll();
      void message.success(t('notification.markedAll', { n: result.data?.markAllNotificationsRead ?? 0 }));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  let body;
  if (query.error && !connection)
    body = <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (!connection) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else
    body = (
      <NotificationItems
        items={connection.edges.map((edge) => edge.node)}
        emptyText={unreadOnly ? t('notification.emptyUnread') : t('notification.empty')}
        onOpen={openNotification}
      />
    );

  return (
    <Flex vertical gap={16} data-testid="notifications-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('notification.pageTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button
            icon={<CheckOutlined />}
            disabled={unread === 0}
            loading={marking.loading}
            data-testid="notifications-mark-all"
            onClick={() => void onMarkAll()}
          >
            {t('notification.markAllRead')}
          </Button>
          <Button icon={<SettingOutlined />} onClick={() => void navigate('/notifications/settings')}>
            {t('notification.settings')}
          </Button>
        </Flex>
      </Flex>
      <Card>
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <Switch
            data-testid="notifications-unread-only"
            checked={unreadOnly}
            onChange={(checked) => setParams(patchParams(params, { unread: checked ? '1' : null }))}
          />
          <Typography.Text>{t('notification.unreadOnly')}</Typography.Text>
        </Flex>
        {body}
        {connection && connection.totalCount > PAGE_SIZE && (
          <CursorPager
            page={pagination.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            onPrevious={pagination.previous}
            onNext={() => pagination.next(connection.pageInfo.endCursor)}
          />
        )}
      </Card>
    </Flex>
  );
}
