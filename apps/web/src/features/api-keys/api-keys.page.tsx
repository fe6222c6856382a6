import { useState } from 'react';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ConnectionTable } from '../../app/ui/connection-table.component';
import { useCursorPagination } from '../../app/ui/use-cursor-pagination.hook';
import { useErrorMessage } from '../../app/ui/use-error-message.hook';
import type { ApiKeyRowFieldsFragment } from '../../gql/graphql';
import { ApiKeyFormModal } from './api-key-form.modal';
import { ApiKeySecretModal } from './api-key-secret.modal';
import { ApiKeysDocument, RevokeApiKeyDocument } from './graphql/api-key.operations';

function statusOf(key: ApiKeyRowFieldsFragment): 'revoked' | 'expired' | 'active' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && dayjs(key.expiresAt).isBefore(dayjs())) return 'expired';
  return 'active';
}

const STATUS_COLOR = { active: 'green', expired: 'orange', revoked: 'default' } as const;

export function ApiKeysPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const pagination = useCursorPagination();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument, {
    variables: { first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const [revoke] = useMutation(RevokeApiKeyDocument);

  const revokeKey = async (key: ApiKeyRowFieldsFragment) => {
    try {
      await revoke({ variables: { id: key.id } });
      void message.success(t('apiKey.revoked', { name: key.name }));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Typography.Title level={3}>{t('apiKey.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('apiKey.intro')}</Typography.Paragraph>
      <Card>
        <Flex justify="flex-end" style={{ marginBottom: 16 }}>
          <Button
            data-testid="api-key-create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
          >
            {t('apiKey.create')}
          </Button>
        </Flex>
        <ConnectionTable<ApiKeyRowFieldsFragment>
          connection={data?.apiKeys}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={t('apiKey.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 900 }}
          columns={[
            { key: 'name', title: t('apiKey.fields.name'), dataIndex: 'name' },
            {
              key: 'prefix',
              title: t('apiKey.fields.prefix'),
              render: (_v, key) => <Typography.Text code>{key.prefix}…</Typography.Text>,
            },
            { key: 'role', title: t('apiKey.fields.role'), render: (_v, key) => t(`roles.${key.role}`) },
            {
              key: 'agency',
              title: t('apiKey.fields.agency'),
              render: (_v, key) => key.agency?.name ?? '—',
            },
            {
              key: 'expiresAt',
              title: t('apiKey.fields.expiresAt'),
              render: (_v, key) => (key.expiresAt ? fmt.date(key.expiresAt) : t('apiKey.never')),
            },
            {
              key: 'lastUsedAt',
              title: t('apiKey.fields.lastUsedAt'),
              render: (_v, key) => fmt.dateTime(key.lastUsedAt),
            },
            {
              key: 'status',
              title: t('apiKey.fields.status'),
              render: (_v, key) => {
                const status = statusOf(key);
                return <Tag color={STATUS_COLOR[status]}>{t(`apiKey.status.${status}`)}</Tag>;
              },
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: 'right',
              render: (_v, key) =>
                key.revokedAt ? null : (
                  <Popconfirm
                    title={t('apiKey.confirmRevoke', { name: key.name })}
                    onConfirm={() => void revokeKey(key)}
                    okButtonProps={{ danger: true }}
                  >
                    <Button size="small" danger icon={<StopOutlined />}>
                      {t('apiKey.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      {creating && (
        <ApiKeyFormModal
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      )}
      {created && (
        <ApiKeySecretModal name={created.name} secret={created.secret} onClose={() => setCreated(null)} />
      )}
    </>
  );
}
