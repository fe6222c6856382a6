import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanStatus } from '@partrack/shared';

const COLORS: Readonly<Record<PlanStatus, string>> = {
  [PlanStatus.DRAFT]: 'default',
  [PlanStatus.ACTIVE]: 'processing',
  [PlanStatus.CLOSED]: 'success',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="plan-status">
      {t(`plan.status.${status}`)}
    </Tag>
  );
}
