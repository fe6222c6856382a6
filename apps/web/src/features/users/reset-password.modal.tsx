import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordHint, passwordRules } from '../../app/ui/password-rules';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import { ResetUserPasswordDocument } from './graphql/user.operations';

const FIELDS = ['newPassword'] as const;

export function ResetPasswordModal({
  user,
  onClose,
}: {
  user: { id: string; fullName: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const newPassword = Form.useWatch('newPassword', form);
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [resetPassword, { loading }] = useMutation(ResetUserPasswordDocument);

  const submit = async ({ newPassword: password }: { newPassword: string }) => {
    clearError();
    try {
      await resetPassword({ variables: { input: { id: user.id, newPassword: password } } });
      void message.success(t('user.resetPassword.done', { name: user.fullName }));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('user.resetPassword.title', { name: user.fullName })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={loading}>
        <FormErrorAlert state={formError} />
        <Alert type="info" showIcon title={t('user.resetPassword.help')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="newPassword"
          label={t('user.resetPassword.newPassword')}
          rules={passwordRules(t)}
          extra={passwordHint(t, newPassword)}
        >
          <Input.Password data-testid="reset-password-input" autoComplete="new-password" />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="reset-password-submit" type="primary" htmlType="submit" loading={loading}>
            {t('user.resetPassword.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
