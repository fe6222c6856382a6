import type { ReactNode } from 'react';
import type { Permission } from '@partrack/shared';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from './use-can.hook';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const allowed = useCan(permission);
  const { t } = useTranslation();
  if (!allowed) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('errors.forbiddenPage')} />;
  }
  return children;
}
