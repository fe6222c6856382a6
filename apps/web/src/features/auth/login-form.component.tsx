import { useState } from 'react';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form } from 'antd';
// The two inputs themselves, not antd's Input namespace: that one also carries TextArea, Search and OTP
// (~5 KB brotli), and this form is on the first screen of every visit.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { AuthErrorReason } from '@partrack/shared';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../app/apollo/api-error';
import { sessionFromTokens } from '../../app/apollo/token-refresh.service';
import { useSessionStore } from '../../app/auth/session.context';
import { applyFieldErrors } from '../../app/ui/form-errors';
import { LoginDocument } from './graphql/auth.operations';

interface LoginValues {
  email: string;
  password: string;
}

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const store = useSessionStore();
  const [form] = Form.useForm<LoginValues>();
  const [login, { loading }] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null);

  const describe = (error: ApiError): { title: string; detail: string } => {
    switch (error.code) {
      case 'NETWORK':
        return { title: t('auth.errors.networkTitle'), detail: t('errors.code.NETWORK') };
      case 'UNAUTHENTICATED':
        // The API refuses every login with UNAUTHENTICATED; the reason says why, the message until when.
        if (error.reason === AuthErrorReason.RATE_LIMITED) {
          return {
            title: t('auth.errors.rateLimitedTitle'),
            detail: error.message || t('errors.code.TOO_MANY_REQUESTS'),
          };
        }
        if (error.reason === AuthErrorReason.ACCOUNT_LOCKED) {
          return { title: t('auth.errors.blockedTitle'), detail: error.message };
        }
        return {
          title: t('auth.errors.invalidTitle'),
          detail: error.message || t('auth.errors.invalidDetail'),
        };
      case 'FORBIDDEN':
      case 'SERVICE_UNAVAILABLE':
      case 'BAD_USER_INPUT':
      case 'NOT_FOUND':
      case 'CONFLICT':
      case 'INTERNAL_SERVER_ERROR':
      case 'UNKNOWN':
        return {
          title: t('auth.errors.failedTitle'),
          detail: error.message || t(`errors.code.${error.code}`),
        };
    }
  };

  const submit = async ({ email, password }: LoginValues) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      const { accessToken, refreshToken, expiresIn, user } = data.login;
      store.set(sessionFromTokens({ accessToken, refreshToken, expiresIn, user }));
      onSuccess();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = apiError.code === 'BAD_USER_INPUT' ? applyFieldErrors(form, apiError, FIELDS) : [];
      if (apiError.code !== 'BAD_USER_INPUT' || unplaced.length > 0 || apiError.fieldErrors.length === 0) {
        const described = describe(apiError);
        setFailure(unplaced.length > 0 ? { ...described, detail: unplaced.join(' ') } : described);
      }
    }
  };

  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => setFailure(null)}
      disabled={loading}
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="login-error"
          title={failure.title}
          description={failure.detail}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="email"
        label={t('auth.email')}
        rules={[
          { required: true, whitespace: true, message: t('auth.validation.emailRequired') },
          { type: 'email', message: t('auth.validation.emailInvalid') },
        ]}
      >
        <Input
          data-testid="login-email"
          prefix={<MailOutlined />}
          autoComplete="username"
          inputMode="email"
          placeholder={t('auth.emailPlaceholder')}
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.validation.passwordRequired') }]}
      >
        <Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={loading}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
