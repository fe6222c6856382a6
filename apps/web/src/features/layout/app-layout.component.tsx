import { Suspense, useState } from 'react';
import { Flex, Grid, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../app/i18n/language-switch.component';
import { PageSpinner } from '../../app/ui/page-spinner.component';
import { useCurrentUserSync } from '../auth/use-current-user-sync.hook';
import { NotificationBell } from '../notifications/notification-bell.component';
import { EndedAgencyBanner } from './ended-agency-banner.component';
import { SideNav } from './side-nav.component';
import { UserMenu } from './user-menu.component';

export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone (390 px) the header keeps only what acts: the tagline goes and the margins narrow, so that no
  // page is wider than the screen.
  const screens = Grid.useBreakpoint();
  const gutter = screens.sm === false ? 12 : 24;
  useCurrentUserSync();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={240}>
        <Link to="/" aria-label={t('app.name')}>
          <Typography.Title
            level={4}
            style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}
          >
            {collapsed ? t('app.shortName') : t('app.name')}
          </Typography.Title>
        </Link>
        <SideNav />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: gutter }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            {screens.md === false ? (
              <span />
            ) : (
              <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            )}
            <Flex align="center" gap={8}>
              <LanguageSwitch />
              <NotificationBell />
              <UserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <EndedAgencyBanner />
        <Layout.Content style={{ margin: gutter }}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
