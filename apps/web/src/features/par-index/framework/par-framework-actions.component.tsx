import { CopyOutlined, DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ParFrameworkStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useCan } from '../../../app/permissions/use-can.hook';
import type { ParFrameworkDetailFragment } from '../../../gql/graphql';
import { DeleteParFrameworkDocument, LockParFrameworkDocument } from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { PAR_INDEX_PATH } from '../par-framework.util';

interface ParFrameworkActionsProps {
  framework: ParFrameworkDetailFragment;
  onAddArea: () => void;
  onEdit: () => void;
  onCopy: () => void;
  /** A refused lock or delete (null clears it); the page shows it above the framework. */
  onError: (error: unknown) => void;
  onRefetch: () => void;
}

/** What a coordinator does with the framework: write a DRAFT, lock it once it adds up, copy any. */
export function ParFrameworkActions({
  framework,
  onAddArea,
  onEdit,
  onCopy,
  onError,
  onRefetch,
}: ParFrameworkActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = useCan(Permission.PAR_FRAMEWORK_MANAGE);
  const [lock, lockState] = useMutation(LockParFrameworkDocument, { update: invalidateParFrameworkLists });
  // The framework's own cache entry stays until the page is left: evicting it would refetch a deleted record.
  const [remove, removeState] = useMutation(DeleteParFrameworkDocument, {
    update: invalidateParFrameworkLists,
  });
  if (!canManage) return null;
  const draft = framework.status === ParFrameworkStatus.DRAFT;
  const blocked = framework.problems.length > 0;

  const runLock = async () => {
    onError(null);
    try {
      await lock({ variables: { input: { id: framework.id, version: framework.version } } });
      void message.success(t('parIndex.actions.locked'));
    } catch (error) {
      onError(error);
      if (toApiError(error).code === 'CONFLICT') onRefetch();
    }
  };
  const runDelete = async () => {
    onError(null);
    try {
      await remove({ variables: { id: framework.id } });
      void message.success(t('parIndex.actions.deleted', { name: framework.name }));
      void navigate(PAR_INDEX_PATH);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Flex gap={8} wrap>
      {draft && (
        <>
          <Button data-testid="par-add-area" icon={<PlusOutlined />} onClick={onAddArea}>
            {t('parIndex.criteria.add.AREA')}
          </Button>
          <Button data-testid="par-edit" icon={<EditOutlined />} onClick={onEdit}>
            {t('parIndex.actions.edit')}
          </Button>
          <Popconfirm
            title={t('parIndex.actions.lockConfirm')}
            description={t('parIndex.actions.lockExplain')}
            okText={t('parIndex.actions.lock')}
            cancelText={t('common.cancel')}
            onConfirm={() => void runLock()}
            disabled={blocked}
          >
            <Tooltip title={blocked ? t('parIndex.actions.lockBlocked') : undefined}>
              <Button
                data-testid="par-lock"
                type="primary"
                icon={<LockOutlined />}
                disabled={blocked}
                loading={lockState.loading}
              >
                {t('parIndex.actions.lock')}
              </Button>
            </Tooltip>
          </Popconfirm>
        </>
      )}
      <Button data-testid="par-copy" icon={<CopyOutlined />} onClick={onCopy}>
        {t('parIndex.copy.action')}
      </Button>
      {draft && (
        <Popconfirm
          title={t('parIndex.actions.deleteConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => void runDelete()}
        >
          <Button data-testid="par-delete" danger icon={<DeleteOutlined />} loading={removeState.loading}>
            {t('parIndex.actions.delete')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
