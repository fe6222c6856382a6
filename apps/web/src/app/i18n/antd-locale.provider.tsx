import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './language';

const THEME = { token: { colorPrimary: '#1d4e89', borderRadius: 6 } };

/** Keeps antd's built-in texts (pagination, pickers, empty states) in the same language as ours. */
export function AntdConfigProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}

/**
 * With antd's App, whose message, notification and modal hooks (`App.useApp()`) the screens behind the
 * login use. The router adds App only there (router/antd-app.route.tsx): the login page does not download it.
 */
export function AntdLocaleProvider({ children }: { children: ReactNode }) {
  return (
    <AntdConfigProvider>
      <AntdApp>{children}</AntdApp>
    </AntdConfigProvider>
  );
}
