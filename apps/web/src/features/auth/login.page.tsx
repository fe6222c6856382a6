import { Alert, Flex, theme } from 'antd';
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
  const { token } = theme.useToken();

  if (session) return <Navigate to={target} replace />;

  // Plain elements styled with the theme's tokens rather than Card and Typography: those two bring tabs,
  // dropdown, menu, skeleton and tooltip code (~40 KB brotli) that the first screen of every visit does not use.
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <main
        style={{
          width: '100%',
          maxWidth: 420,
          padding: token.paddingLG,
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <h1
          style={{
            margin: '0 0 0.5em',
            fontSize: token.fontSizeHeading3,
            lineHeight: token.lineHeightHeading3,
            fontWeight: token.fontWeightStrong,
            color: token.colorTextHeading,
          }}
        >
          {t('app.name')}
        </h1>
        <p style={{ margin: '0 0 1em', color: token.colorTextSecondary }}>{t('auth.intro')}</p>
        {store.getEndReason() === 'expired' && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
      </main>
    </Flex>
  );
}
