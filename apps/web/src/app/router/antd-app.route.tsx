import { App as AntdApp } from 'antd';
import { Outlet } from 'react-router';

/**
 * antd's App provides the message, notification and modal hooks (`App.useApp()`) of the signed-in screens.
 * A lazy route of its own, so the login page, which uses none of them, does not download them (~20 KB).
 */
export function AntdAppShell() {
  return (
    <AntdApp>
      <Outlet />
    </AntdApp>
  );
}
