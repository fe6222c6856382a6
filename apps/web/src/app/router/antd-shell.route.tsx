import { Outlet } from 'react-router';
import { AntdLocaleProvider } from '../i18n/antd-locale.provider';

/**
 * antd's runtime (CSS-in-JS, ConfigProvider, locales) is about 100 KB gzip. Loading it as the root route's
 * lazy module keeps it out of the entry chunk; it downloads in parallel with the first screen's own chunk.
 */
export function AntdShell() {
  return (
    <AntdLocaleProvider>
      <Outlet />
    </AntdLocaleProvider>
  );
}
