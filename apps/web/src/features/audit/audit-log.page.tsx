import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ConnectionTable } from '../../app/ui/connection-table.component';
import { useCursorPagination } from '../../app/ui/use-cursor-pagination.hook';
import type { AuditLogFilter, AuditLogQuery } from '../../gql/graphql';
import { AuditFilters } from './audit-filters.component';
import { AuditLogDocument } from './graphql/audit.operations';
import { JsonDiff } from './json-diff.component';

type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

export function AuditLogPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const pagination = useCursorPagination();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const { data, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { filter, first: DEFAULT_PAGE_SIZE, after: pagination.after },
    // Audit entries are written by everyone all the time; a cached page would hide the latest actions.
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <AuditFilters
            onChange={(next) => {
              setFilter(next);
              pagination.reset();
            }}
          />
        </div>
        <ConnectionTable<AuditRow>
          data-testid="audit-table"
          connection={data?.auditLog}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={t('audit.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 900 }}
          expandable={{ expandedRowRender: (row) => <JsonDiff before={row.before} after={row.after} /> }}
          columns={[
            {
              key: 'createdAt',
              title: t('audit.fields.createdAt'),
              width: 160,
              render: (_v, row) => fmt.dateTime(row.createdAt),
            },
            {
              key: 'actor',
              title: t('audit.fields.actor'),
              render: (_v, row) => (
                <>
                  {row.actorLabel ?? row.actorId ?? t('audit.system')}
                  {row.actorKind === 'API_KEY' && (
                    <Tag style={{ marginInlineStart: 6 }}>{t('audit.apiKeyActor')}</Tag>
                  )}
                </>
              ),
            },
            {
              key: 'action',
              title: t('audit.fields.action'),
              render: (_v, row) => <Typography.Text code>{row.action}</Typography.Text>,
            },
            { key: 'entityType', title: t('audit.fields.entityType'), dataIndex: 'entityType' },
            {
              key: 'entityId',
              title: t('audit.fields.entityId'),
              render: (_v, row) => row.entityId ?? '—',
            },
            {
              key: 'requestId',
              title: t('audit.fields.requestId'),
              render: (_v, row) =>
                row.requestId ? (
                  <Typography.Text type="secondary" copyable>
                    {row.requestId}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
