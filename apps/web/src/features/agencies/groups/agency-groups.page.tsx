import { useState } from 'react';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useCursorPagination } from '../../../app/ui/use-cursor-pagination.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { AgencyGroupsDocument, DeleteAgencyGroupDocument } from '../graphql/agency-group.operations';
import { AgencyGroupFormModal, type AgencyGroupRow } from './agency-group-form.modal';

const MAX_MEMBER_TAGS = 5;

export function AgencyGroupsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const canManage = useCan(Permission.AGENCY_GROUP_MANAGE);
  const pagination = useCursorPagination();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<AgencyGroupRow | 'new' | null>(null);
  const { data, loading, error, refetch } = useQuery(AgencyGroupsDocument, {
    variables: { search: search || null, first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const [deleteGroup] = useMutation(DeleteAgencyGroupDocument, { refetchQueries: ['AgencyGroups'] });

  const remove = async (group: AgencyGroupRow) => {
    try {
      await deleteGroup({ variables: { id: group.id } });
      void message.success(t('agencyGroup.deleted', { name: group.name }));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Typography.Title level={3}>{t('agencyGroup.title')}</Typography.Title>
      <Card>
        <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('agencyGroup.searchPlaceholder')}
            onSearch={(value) => {
              setSearch(value.trim());
              pagination.reset();
            }}
            style={{ maxWidth: 360 }}
          />
          {canManage && (
            <Button
              data-testid="group-create"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
            >
              {t('agencyGroup.create')}
            </Button>
          )}
        </Flex>
        <ConnectionTable<AgencyGroupRow>
          connection={data?.agencyGroups}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={search ? t('common.noMatch') : t('agencyGroup.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          columns={[
            { key: 'code', title: t('agencyGroup.fields.code'), dataIndex: 'code', width: 140 },
            { key: 'name', title: t('agencyGroup.fields.name'), dataIndex: 'name' },
            {
              key: 'members',
              title: t('agencyGroup.fields.members'),
              render: (_value, group) => (
                <Space size={[4, 4]} wrap>
                  {group.members.slice(0, MAX_MEMBER_TAGS).map((member) => (
                    <Tag key={member.id}>{member.name}</Tag>
                  ))}
                  {group.members.length > MAX_MEMBER_TAGS && (
                    <Tag>{t('agencyGroup.moreMembers', { n: group.members.length - MAX_MEMBER_TAGS })}</Tag>
                  )}
                </Space>
              ),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 120,
                    render: (_value: unknown, group: AgencyGroupRow) => (
                      <Space>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('common.edit')}
                          onClick={() => setEditing(group)}
                        />
                        <Popconfirm
                          title={t('agencyGroup.confirmDelete', { name: group.name })}
                          onConfirm={() => void remove(group)}
                          okButtonProps={{ danger: true }}
                        >
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('common.delete')}
                          />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <AgencyGroupFormModal group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
