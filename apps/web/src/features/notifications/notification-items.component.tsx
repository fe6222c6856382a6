import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { KIND_COLOR } from './notification-kind.util';

interface NotificationItemsProps {
  items: readonly NotificationFieldsFragment[];
  emptyText: string;
  onOpen: (notification: NotificationFieldsFragment) => void;
  /** The bell's panel shortens bodies to two lines; the page shows them whole. */
  compact?: boolean;
}

/** Newest first (the API's order); unread ones bold on a tinted background. Each is a button. */
export function NotificationItems({ items, emptyText, onOpen, compact = false }: NotificationItemsProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Flex vertical data-testid="notification-items">
      {items.map((item) => {
        const unread = !item.readAt;
        return (
          <button
            key={item.id}
            type="button"
            data-testid={`notification-item-${item.id}`}
            data-unread={unread ? 'true' : 'false'}
            data-kind={item.kind}
            onClick={() => onOpen(item)}
            style={{
              // A real button (keyboard, focus ring) that looks like a list row.
              display: 'block',
              width: '100%',
              textAlign: 'left',
              font: 'inherit',
              color: 'inherit',
              cursor: 'pointer',
              padding: '10px 12px',
              border: 0,
              borderBottom: '1px solid #f0f0f0',
              background: unread ? '#e6f4ff' : 'transparent',
            }}
          >
            <Flex vertical gap={2}>
              <Typography.Text strong={unread}>{item.title}</Typography.Text>
              <Typography.Paragraph
                type="secondary"
                style={{ margin: 0, whiteSpace: compact ? undefined : 'pre-wrap' }}
                ellipsis={compact ? { rows: 2 } : false}
              >
                {item.body}
              </Typography.Paragraph>
              <Flex gap={8} align="center" wrap>
                <Tag color={KIND_COLOR[item.kind]} style={{ marginInlineEnd: 0 }}>
                  {t(`notification.kind.${item.kind}`)}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fmt.dateTime(item.createdAt)}
                </Typography.Text>
                {unread && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    · {t('notification.unread')}
                  </Typography.Text>
                )}
              </Flex>
            </Flex>
          </button>
        );
      })}
    </Flex>
  );
}
