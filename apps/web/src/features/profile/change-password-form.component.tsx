import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@partrack/shared';
import { sessionFromTokens } from '../../app/apollo/token-refresh.service';
import { useSessionStore } from '../../app/auth/session.context';
import { passwordHint, passwordRules } from '../../app/ui/password-rules';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import { ChangePasswordDocument } from './graphql/profile.operations';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const newPassword = Form.useWatch('newPassword', form);
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const store = useSessionStore();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);

  const submit = async ({ currentPassword, newPassword: next }: ChangePasswordValues) => {
    clearError();
    try {
      const { data } = await changePassword({ variables: { input: { currentPassword, newPassword: next } } });
      // The API signs out every other session and hands this one fresh tokens; the old refresh token is dead.
      if (data) store.set(sessionFromTokens(data.changePassword));
      form.resetFields();
      void message.success(t('profile.password.changed'));
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Form<ChangePasswordValues>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      disabled={loading}
      style={{ maxWidth: 420 }}
    >
      <FormErrorAlert state={formError} />
      <Alert
        type="info"
        showIcon
        title={t('profile.password.policy', { min: PASSWORD_MIN_LENGTH })}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="currentPassword"
        label={t('profile.password.current')}
        rules={[{ required: true, message: t('password.required') }]}
      >
        <Input.Password data-testid="profile-current-password" autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('profile.password.new')}
        dependencies={['currentPassword']}
        rules={[
          ...passwordRules(t),
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('profile.password.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
        extra={passwordHint(t, newPassword)}
      >
        <Input.Password data-testid="profile-new-password" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('profile.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('profile.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password data-testid="profile-confirm-password" autoComplete="new-password" />
      </Form.Item>
      <Button data-testid="profile-password-submit" type="primary" htmlType="submit" loading={loading}>
        {t('profile.password.submit')}
      </Button>
    </Form>
  );
}
