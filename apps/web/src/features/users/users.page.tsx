import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ConnectionTable } from '../../app/ui/connection-table.component';
import { useCursorPagination } from '../../app/ui/use-cursor-pagination.hook';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { UsersDocument } from './graphql/user.operations';
import { ResetPasswordModal } from './reset-password.modal';
import { UserFilters, EMPTY_USER_FILTER, type UserFilterValues } from './user-filters.component';
import { UserFormModal } from './user-form.modal';
import { UserRowActions } from './user-row-actions.component';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserRowFieldsFragment }
  | { kind: 'reset'; user: UserRowFieldsFragment };

export function UsersPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const pagination = useCursorPagination();
  const [filter, setFilter] = useState<UserFilterValues>(EMPTY_USER_FILTER);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { data, loading, error, refetch } = useQuery(UsersDocument, {
    variables: {
      filter: {
        search: filter.search || null,
        role: filter.role,
        agencyId: filter.agencyId,
        includeInactive: filter.includeInactive,
      },
      first: DEFAULT_PAGE_SIZE,
      after: pagination.after,
    },
  });
  const filtered = filter.search !== '' || filter.role !== null || filter.agencyId !== null;

  const changeFilter = (next: UserFilterValues) => {
    setFilter(next);
    // Cursors belong to one filter; keeping them would skip rows of the new result.
    pagination.reset();
  };

  return (
    <>
      <Typography.Title level={3}>{t('user.title')}</Typography.Title>
      <Card>
        <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 16 }}>
          <UserFilters value={filter} onChange={changeFilter} />
          <Button
            data-testid="user-create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('user.create')}
          </Button>
        </Flex>
        <ConnectionTable<UserRowFieldsFragment>
          data-testid="users-table"
          connection={data?.users}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={filtered ? t('common.noMatch') : t('user.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 900 }}
          columns={[
            { key: 'fullName', title: t('user.fields.fullName'), dataIndex: 'fullName' },
            { key: 'email', title: t('user.fields.email'), dataIndex: 'email' },
            { key: 'role', title: t('user.fields.role'), render: (_v, user) => t(`roles.${user.role}`) },
            {
              key: 'agency',
              title: t('user.fields.agency'),
              render: (_v, user) => user.agency?.name ?? '—',
            },
            {
              key: 'status',
              title: t('user.fields.status'),
              render: (_v, user) =>
                user.active ? <Tag color="green">{t('user.active')}</Tag> : <Tag>{t('user.inactive')}</Tag>,
            },
            {
              key: 'lastLoginAt',
              title: t('user.fields.lastLoginAt'),
              render: (_v, user) => fmt.dateTime(user.lastLoginAt),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: 'right',
              render: (_v, user) => (
                <UserRowActions
                  user={user}
                  onEdit={() => setDialog({ kind: 'edit', user })}
                  onResetPassword={() => setDialog({ kind: 'reset', user })}
                />
              ),
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'create' && <UserFormModal user={null} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
