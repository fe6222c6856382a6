import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EditOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundOutlined,
  KeyOutlined,
  LikeOutlined,
  MailOutlined,
  PartitionOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TableOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Permission } from '@partrack/shared';
import type { TFunction } from 'i18next';

type MenuItem = Required<MenuProps>['items'][number];

/** Menu keys are route paths, so the selected item follows the URL without a lookup table. */
export function buildNavItems(t: TFunction, can: (permission: Permission) => boolean): MenuItem[] {
  const agencyChildren: MenuItem[] = [
    { key: '/agencies', icon: <ApartmentOutlined />, label: t('nav.agencyTree') },
    { key: '/agency-groups', icon: <ClusterOutlined />, label: t('nav.agencyGroups') },
  ];
  if (can(Permission.AGENCY_IMPORT)) {
    agencyChildren.push({ key: '/agencies/import', icon: <UploadOutlined />, label: t('nav.agencyImport') });
  }
  if (can(Permission.AGENCY_MANAGE)) {
    agencyChildren.push({
      key: '/agencies/reorganisation',
      icon: <PartitionOutlined />,
      label: t('nav.agencyReorganisation'),
    });
  }

  const planChildren: MenuItem[] = [
    { key: '/plans', icon: <ScheduleOutlined />, label: t('nav.planList') },
    { key: '/tasks', icon: <UnorderedListOutlined />, label: t('nav.tasks') },
    { key: '/my-tasks', icon: <SolutionOutlined />, label: t('nav.myTasks') },
  ];
  if (can(Permission.PLAN_MANAGE)) {
    planChildren.push({ key: '/plans/import', icon: <UploadOutlined />, label: t('nav.planImport') });
  }

  const indicatorChildren: MenuItem[] = [
    { key: '/indicators', icon: <UnorderedListOutlined />, label: t('nav.indicatorList') },
    { key: '/indicators/scoreboard', icon: <TableOutlined />, label: t('nav.indicatorScoreboard') },
  ];
  if (can(Permission.MEASUREMENT_ENTER)) {
    indicatorChildren.push({
      key: '/indicators/entry',
      icon: <EditOutlined />,
      label: t('nav.measurementEntry'),
    });
  }
  if (can(Permission.MEASUREMENT_REVIEW)) {
    indicatorChildren.push({
      key: '/indicators/review',
      icon: <CheckSquareOutlined />,
      label: t('nav.measurementReview'),
    });
  }

  const reportChildren: MenuItem[] = [
    { key: '/reports', icon: <ScheduleOutlined />, label: t('nav.reportRounds') },
  ];
  if (can(Permission.REPORT_WRITE)) {
    reportChildren.push({ key: '/reports/mine', icon: <EditOutlined />, label: t('nav.myReports') });
  }
  if (can(Permission.REPORT_REVIEW)) {
    reportChildren.push({
      key: '/reports/rounds',
      icon: <DashboardOutlined />,
      label: t('nav.reportDashboard'),
    });
  }

  const adminChildren: MenuItem[] = [];
  if (can(Permission.USER_MANAGE))
    adminChildren.push({ key: '/users', icon: <TeamOutlined />, label: t('nav.users') });
  if (can(Permission.API_KEY_MANAGE))
    adminChildren.push({ key: '/api-keys', icon: <KeyOutlined />, label: t('nav.apiKeys') });
  if (can(Permission.AUDIT_READ))
    adminChildren.push({ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') });
  // The outbox is for whoever manages users (admins): in development it is where emails can be read.
  if (can(Permission.USER_MANAGE))
    adminChildren.push({ key: '/admin/emails', icon: <MailOutlined />, label: t('nav.emailOutbox') });

  const items: MenuItem[] = [
    {
      key: 'agencies-group',
      icon: <ApartmentOutlined />,
      label: t('nav.agencies'),
      children: agencyChildren,
    },
    ...(can(Permission.PLAN_READ)
      ? [{ key: 'plans-group', icon: <ScheduleOutlined />, label: t('nav.plans'), children: planChildren }]
      : []),
    ...(can(Permission.PLAN_READ)
      ? [
          {
            key: 'indicators-group',
            icon: <FundOutlined />,
            label: t('nav.indicators'),
            children: indicatorChildren,
          },
        ]
      : []),
    ...(can(Permission.REPORT_READ)
      ? [
          {
            key: 'reports-group',
            icon: <FileTextOutlined />,
            label: t('nav.reports'),
            children: reportChildren,
          },
        ]
      : []),
    ...(can(Permission.PAR_READ)
      ? [{ key: '/par-index', icon: <BarChartOutlined />, label: t('nav.parIndex') }]
      : []),
    ...(can(Permission.SURVEY_READ)
      ? [{ key: '/surveys', icon: <LikeOutlined />, label: t('nav.surveys') }]
      : []),
    ...(can(Permission.INSPECTION_READ)
      ? [{ key: '/kiem-tra', icon: <FileSearchOutlined />, label: t('nav.inspections') }]
      : []),
  ];
  if (adminChildren.length > 0) {
    items.push({
      key: 'admin-group',
      icon: <SettingOutlined />,
      label: t('nav.admin'),
      children: adminChildren,
    });
  }
  return items;
}

/** The longest menu key that prefixes the path, so /agencies/import does not also light up /agencies. */
export function selectedNavKey(pathname: string, keys: readonly string[]): string | undefined {
  return keys
    .filter((key) => pathname === key || pathname.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length)[0];
}
