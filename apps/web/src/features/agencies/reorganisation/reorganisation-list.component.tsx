import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Permission } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ReorganisationStatus, type ReorganisationFieldsFragment } from '../../../gql/graphql';
import {
  AgencyReorganisationsDocument,
  UndoReorganisationDocument,
} from './graphql/reorganisation.operations';
import { invalidateAfterReorganisation } from './reorganisation-cache';

type Batch = ReorganisationFieldsFragment;

function UndoAction({ batch, onUndone }: { batch: Batch; onUndone: (batch: Batch) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [undo, { loading, error }] = useMutation(UndoReorganisationDocument, {
    update: invalidateAfterReorganisation,
  });
  if (batch.status === ReorganisationStatus.Undone) return null;
  const blocked = batch.undoBlockedBy;
  if (blocked)
    return (
      <Flex vertical gap={4} style={{ maxWidth: 280 }}>
        <Tooltip title={blocked}>
          {/* A disabled button swallows pointer events: the span carries the tooltip. */}
          <span style={{ display: 'inline-block', width: 'fit-content' }}>
            <Button size="small" disabled data-testid="reorg-undo">
              {t('agencyReorg.list.undo')}
            </Button>
          </span>
        </Tooltip>
        <Typography.Text type="secondary" data-testid="reorg-undo-blocked">
          {t('agencyReorg.list.undoBlocked', { reason: blocked })}
        </Typography.Text>
      </Flex>
    );
  return (
    <Flex vertical gap={4}>
      <Popconfirm
        title={t('agencyReorg.list.confirmUndo', {
          title: batch.title,
          date: format.date(batch.effectiveDate),
        })}
        okText={t('agencyReorg.list.undo')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => {
          // A refusal (e.g. blocked meanwhile) is shown from the mutation's `error`.
          void undo({ variables: { id: batch.id } }).then(
            (result) => result.data && onUndone(result.data.undoReorganisation),
            () => undefined,
          );
        }}
      >
        <Button size="small" danger loading={loading} data-testid="reorg-undo">
          {t('agencyReorg.list.undo')}
        </Button>
      </Popconfirm>
      {error && <ApiErrorAlert error={error} />}
    </Flex>
  );
}

/** The province's batches, newest first; an applied one can be undone while nothing later depends on it. */
export function ReorganisationList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const canManage = useCan(Permission.AGENCY_MANAGE);
  const [undone, setUndone] = useState<Batch | null>(null);
  const { data, loading, error, refetch } = useQuery(AgencyReorganisationsDocument, {
    variables: { first: 50 },
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={12}>
      {undone && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setUndone(null) }}
          title={t('agencyReorg.list.undone', { title: undone.title })}
        />
      )}
      <Table<Batch>
        data-testid="reorg-list"
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.agencyReorganisations ?? []}
        locale={{ emptyText: t('agencyReorg.list.empty') }}
        columns={[
          {
            key: 'title',
            title: t('agencyReorg.list.title'),
            render: (_value: unknown, batch: Batch) => (
              <Flex vertical>
                <Typography.Text strong>{batch.title}</Typography.Text>
                {batch.decision && <Typography.Text type="secondary">{batch.decision}</Typography.Text>}
              </Flex>
            ),
          },
          {
            key: 'effectiveDate',
            title: t('agencyReorg.list.effectiveDate'),
            render: (_value: unknown, batch: Batch) => format.date(batch.effectiveDate),
          },
          {
            key: 'appliedBy',
            title: t('agencyReorg.list.appliedBy'),
            render: (_value: unknown, batch: Batch) => (
              <Flex vertical>
                <span>{batch.appliedBy ?? '—'}</span>
                <Typography.Text type="secondary">{format.dateTime(batch.appliedAt)}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('agencyReorg.list.status'),
            render: (_value: unknown, batch: Batch) =>
              batch.status === ReorganisationStatus.Applied ? (
                <Tag color="green">{t('agencyReorg.status.APPLIED')}</Tag>
              ) : (
                <Tooltip
                  title={t('agencyReorg.list.undoneBy', {
                    name: batch.undoneBy ?? '—',
                    date: format.dateTime(batch.undoneAt),
                  })}
                >
                  <Tag>{t('agencyReorg.status.UNDONE')}</Tag>
                </Tooltip>
              ),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_value: unknown, batch: Batch) => (
                    <UndoAction batch={batch} onUndone={setUndone} />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
