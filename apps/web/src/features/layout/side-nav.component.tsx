import { useMemo } from 'react';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePermissionCheck } from '../../app/permissions/use-can.hook';
import { buildNavItems, selectedNavKey } from './nav-items';

const ROUTE_KEYS = [
  '/agencies',
  '/agencies/import',
  '/agency-groups',
  '/plans',
  '/plans/import',
  '/tasks',
  '/my-tasks',
  '/indicators',
  '/indicators/scoreboard',
  '/indicators/entry',
  '/indicators/review',
  '/reports',
  '/reports/mine',
  '/reports/rounds',
  '/par-index',
  '/users',
  '/api-keys',
  '/audit',
  '/admin/emails',
];

export function SideNav() {
  const { t } = useTranslation();
  const can = usePermissionCheck();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useMemo(() => buildNavItems(t, can), [t, can]);
  const selected = selectedNavKey(pathname, ROUTE_KEYS);

  return (
    <Menu
      mode="inline"
      theme="dark"
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={['agencies-group', 'plans-group', 'indicators-group', 'reports-group', 'admin-group']}
      onClick={({ key }) => void navigate(key)}
    />
  );
}
