import { EditOutlined, KeyOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/auth/session.context';
import { useErrorMessage } from '../../app/ui/use-error-message.hook';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { DeactivateUserDocument, ReactivateUserDocument } from './graphql/user.operations';

interface UserRowActionsProps {
  user: UserRowFieldsFragment;
  onEdit: () => void;
  onResetPassword: () => void;
}

export function UserRowActions({ user, onEdit, onResetPassword }: UserRowActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const session = useSession();
  const [deactivate, deactivateState] = useMutation(DeactivateUserDocument, { refetchQueries: ['Users'] });
  const [reactivate, reactivateState] = useMutation(ReactivateUserDocument, { refetchQueries: ['Users'] });
  // Locking yourself out is never what an admin means to do.
  const isSelf = session?.user.id === user.id;

  const toggleActive = async () => {
    try {
      if (user.active) await deactivate({ variables: { id: user.id } });
      else await reactivate({ variables: { id: user.id } });
      void message.success(
        user.active
          ? t('user.deactivated', { name: user.fullName })
          : t('user.reactivated', { name: user.fullName }),
      );
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Space>
      <Tooltip title={t('common.edit')}>
        <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={onEdit} />
      </Tooltip>
      <Tooltip title={t('user.resetPassword.action')}>
        <Button
          size="small"
          icon={<KeyOutlined />}
          aria-label={t('user.resetPassword.action')}
          onClick={onResetPassword}
        />
      </Tooltip>
      <Popconfirm
        title={
          user.active
            ? t('user.confirmDeactivate', { name: user.fullName })
            : t('user.confirmReactivate', { name: user.fullName })
        }
        onConfirm={() => void toggleActive()}
        disabled={isSelf}
      >
        <Tooltip title={user.active ? t('user.deactivate') : t('user.reactivate')}>
          <Button
            size="small"
            danger={user.active}
            disabled={isSelf}
            loading={deactivateState.loading || reactivateState.loading}
            icon={user.active ? <StopOutlined /> : <UndoOutlined />}
            aria-label={user.active ? t('user.deactivate') : t('user.reactivate')}
          />
        </Tooltip>
      </Popconfirm>
    </Space>
  );
}
