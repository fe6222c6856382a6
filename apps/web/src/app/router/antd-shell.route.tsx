import { Outlet } from 'react-router';
import { AntdConfigProvider } from '../i18n/antd-locale.provider';

/**
 * antd's runtime (CSS-in-JS, ConfigProvider, locales) is about 100 KB gzip. Loading it as the root route's
 * lazy module keeps it out of the entry chunk; it downloads in parallel with the first screen's own chunk.
 * antd's App (message, notification, modal) is added behind the login only, by antd-app.route.tsx.
 */
export function AntdShell() {
  return (
    <AntdConfigProvider>
      <Outlet />
    </AntdConfigProvider>
  );
}
