import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession, useSessionStore } from '../../app/auth/session.context';
import { LanguageSwitch } from '../../app/i18n/language-switch.component';
import { HOME_PATH } from '../../app/router/app.routes';
import { LoginForm } from './login-form.component';

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    // Only same-app paths: an absolute URL here would make the login page an open redirect.
    if (state.from.startsWith('/') && !state.from.startsWith('//') && !state.from.startsWith('/login'))
      return state.from;
  }
  return HOME_PATH;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectTarget(location.state);

  if (session) return <Navigate to={target} replace />;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
        {store.getEndReason() === 'expired' && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
      </Card>
    </Flex>
  );
}
