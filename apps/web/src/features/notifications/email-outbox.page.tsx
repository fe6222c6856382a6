import { useQuery } from '@apollo/client/react';
import { Alert, Card, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ConnectionTable } from '../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../app/ui/use-keyed-cursor-pagination.hook';
import { EmailStatus, type EmailOutboxQuery } from '../../gql/graphql';
import { enumParam, patchParams } from '../indicators/indicator-url.util';
import { EmailOutboxDocument } from './graphql/notification.operations';

type Email = EmailOutboxQuery['emailOutbox']['edges'][number]['node'];

const PAGE_SIZE = 50;
const STATUSES = [EmailStatus.Stored, EmailStatus.Sent, EmailStatus.Failed] as const;
const STATUS_FILTERS = ['ALL', ...STATUSES] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];
const STATUS_COLOR: Readonly<Record<EmailStatus, string>> = {
  [EmailStatus.Stored]: 'gold',
  [EmailStatus.Sent]: 'green',
  [EmailStatus.Failed]: 'red',
};

/**
 * `/admin/emails` (admins): the outbox, newest first, `?status=` in the URL. Without an SMTP server (development,
 * tests) nothing is sent and every email stays here to be read; a row expands to the plain-text body.
 */
export function EmailOutboxPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [params, setParams] = useSearchParams();
  const filter = enumParam<StatusFilter>(params, 'status', STATUS_FILTERS, 'ALL');
  const status = filter === 'ALL' ? null : filter;
  const pagination = useKeyedCursorPagination(filter);
  const query = useQuery(EmailOutboxDocument, {
    variables: { first: PAGE_SIZE, after: pagination.after, status },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (query.data ?? query.previousData)?.emailOutbox;

  return (
    <Flex vertical gap={16} data-testid="email-outbox">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('emailOutbox.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('emailOutbox.devNote')} />
      <Card>
        <Select<StatusFilter>
          data-testid="email-status-filter"
          aria-label={t('emailOutbox.status')}
          value={filter}
          onChange={(value) => setParams(patchParams(params, { status: value }, { status: 'ALL' }))}
          options={STATUS_FILTERS.map((value) => ({
            value,
            label: value === 'ALL' ? t('emailOutbox.allStatuses') : t(`emailOutbox.statusLabel.${value}`),
          }))}
          style={{ minWidth: 200, marginBottom: 12 }}
        />
        <ConnectionTable<Email>
          connection={connection}
          loading={query.loading && !connection}
          error={query.error}
          onRetry={() => void query.refetch()}
          emptyText={t('emailOutbox.empty')}
          paging={{ pagination, pageSize: PAGE_SIZE, hideOnSinglePage: true }}
          size="middle"
          scroll={{ x: 900 }}
          expandable={{
            expandedRowRender: (email) => (
              <Flex vertical gap={8}>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="email-text">
                  {email.text}
                </Typography.Paragraph>
                {email.error && (
                  <Typography.Text type="danger">
                    {t('emailOutbox.error', { error: email.error })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          }}
          columns={[
            { key: 'to', title: t('emailOutbox.to'), width: 240, render: (_v, email) => email.to },
            { key: 'subject', title: t('emailOutbox.subject'), render: (_v, email) => email.subject },
            {
              key: 'status',
              title: t('emailOutbox.status'),
              width: 160,
              render: (_v, email) => (
                <Tag color={STATUS_COLOR[email.status]}>{t(`emailOutbox.statusLabel.${email.status}`)}</Tag>
              ),
            },
            {
              key: 'created',
              title: t('emailOutbox.createdAt'),
              width: 150,
              render: (_v, email) => fmt.dateTime(email.createdAt),
            },
            {
              key: 'sent',
              title: t('emailOutbox.sentAt'),
              width: 150,
              render: (_v, email) => fmt.dateTime(email.sentAt),
            },
            {
              key: 'attempts',
              title: t('emailOutbox.attempts'),
              width: 100,
              align: 'right',
              render: (_v, email) => fmt.number(email.attempts),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
