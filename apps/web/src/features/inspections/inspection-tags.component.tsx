import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  InspectionFindingSeverity,
  InspectionFindingStatus,
  InspectionPlanStatus,
  InspectionStatus,
} from '@partrack/shared';

const PLAN_COLORS: Record<InspectionPlanStatus, string> = {
  [InspectionPlanStatus.DRAFT]: 'default',
  [InspectionPlanStatus.APPROVED]: 'green',
};

const STATUS_COLORS: Record<InspectionStatus, string> = {
  [InspectionStatus.PLANNED]: 'blue',
  [InspectionStatus.DONE]: 'green',
  [InspectionStatus.CANCELLED]: 'default',
};

const SEVERITY_COLORS: Record<InspectionFindingSeverity, string> = {
  [InspectionFindingSeverity.LOW]: 'default',
  [InspectionFindingSeverity.MEDIUM]: 'orange',
  [InspectionFindingSeverity.HIGH]: 'red',
};

export function InspectionPlanStatusTag({ status }: { status: InspectionPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PLAN_COLORS[status]} data-testid="inspection-plan-status">
      {t(`inspection.planStatus.${status}`)}
    </Tag>
  );
}

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`inspection.status.${status}`)}</Tag>;
}

export function FindingSeverityTag({ severity }: { severity: InspectionFindingSeverity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`inspection.severity.${severity}`)}</Tag>;
}

export function FindingStatusTag({ status }: { status: InspectionFindingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === InspectionFindingStatus.OPEN ? 'orange' : 'green'}>
      {t(`inspection.findingStatus.${status}`)}
    </Tag>
  );
}
