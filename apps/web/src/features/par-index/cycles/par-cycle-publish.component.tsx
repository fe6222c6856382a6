import { NotificationOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCycleStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import type { FormErrorState } from '../../../app/ui/use-form-error.hook';
import type { ParCycleDetailFragment } from '../../../gql/graphql';
import { PublishParCycleDocument } from '../graphql/par-cycle-admin.operations';
import { invalidateParCycleLists } from '../par-index-cache';
import { allFinalised, type ParStatusCounts } from './use-par-cycle-statuses.hook';

/** A refused publication as the page shows it: the API's reason (not "id: …"), or the error as it is. */
export function publishErrorState(error: unknown): FormErrorState {
  const apiError = toApiError(error);
  return {
    error,
    unplaced: apiError.code === 'BAD_USER_INPUT' ? apiError.fieldErrors.map((f) => f.message) : [],
  };
}

/**
 * "Công bố kết quả" for coordinators while the cycle is open. It waits for every assessment to be finalised
 * (the counts cover the whole cycle); when they cannot be loaded the API decides, and its refusal names
 * what is missing.
 */
export function ParCyclePublish({
  cycle,
  counts,
  countsLoading,
  onError,
}: {
  cycle: ParCycleDetailFragment;
  counts: ParStatusCounts | null;
  countsLoading: boolean;
  /** A refused publication (null clears it); the page shows it above the cycle. */
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const canManage = useCan(Permission.PAR_CYCLE_MANAGE);
  const [publish, { loading }] = useMutation(PublishParCycleDocument, { update: invalidateParCycleLists });
  if (!canManage || cycle.status !== ParCycleStatus.OPEN) return null;

  const done = counts?.awaited.finalised ?? 0;
  const ready = counts ? allFinalised(counts) : !countsLoading;
  let blockedReason: string | undefined;
  if (counts && !ready)
    blockedReason =
      counts.awaited.total === 0
        ? t('parIndex.cycleAdmin.publish.noAssessments')
        : t('parIndex.cycleAdmin.publish.blocked', { n: fmt.number(counts.awaited.total - done) });

  const run = async () => {
    onError(null);
    try {
      await publish({ variables: { input: { id: cycle.id, version: cycle.version } } });
      void message.success(t('parIndex.cycleAdmin.publish.done'));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Flex gap={8} align="center" wrap justify="end">
      {counts && (
        <Typography.Text type="secondary" data-testid="par-cycle-finalised-count">
          {t('parIndex.cycleAdmin.publish.progress', {
            done: fmt.number(done),
            total: fmt.number(counts.awaited.total),
          })}
        </Typography.Text>
      )}
      <Popconfirm
        title={t('parIndex.cycleAdmin.publish.confirm')}
        description={t('parIndex.cycleAdmin.publish.explain')}
        okText={t('parIndex.cycleAdmin.publish.action')}
        cancelText={t('common.cancel')}
        onConfirm={() => void run()}
        okButtonProps={{ 'data-testid': 'par-cycle-publish-ok' }}
        disabled={!ready}
      >
        <Tooltip title={blockedReason}>
          <Button
            type="primary"
            icon={<NotificationOutlined />}
            data-testid="par-cycle-publish"
            disabled={!ready}
            loading={loading}
          >
            {t('parIndex.cycleAdmin.publish.action')}
          </Button>
        </Tooltip>
      </Popconfirm>
    </Flex>
  );
}
