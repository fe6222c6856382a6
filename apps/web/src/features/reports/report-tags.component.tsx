import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConsolidatedReportStatus, ReportStatus } from '@partrack/shared';
import type { RoundState } from './report-completeness.util';

/** Same colours as the figures' review (grey draft, blue waiting, green accepted, orange returned). */
const STATUS_COLOR: Readonly<Record<ReportStatus, string>> = {
  [ReportStatus.DRAFT]: 'default',
  [ReportStatus.SUBMITTED]: 'processing',
  [ReportStatus.ACCEPTED]: 'success',
  [ReportStatus.RETURNED]: 'warning',
};

const ROUND_STATE_COLOR: Readonly<Record<RoundState, string>> = {
  NOT_OPENED: 'default',
  COLLECTING: 'processing',
  REVIEWING: 'cyan',
  COMPLETE: 'success',
  OVERDUE: 'error',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      data-testid="report-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`report.status.${status}`)}
    </Tag>
  );
}

/** Handed in after the due date (decided at submission). */
export function LateTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="report-late" style={{ marginInlineEnd: 0 }}>
      {t('report.late')}
    </Tag>
  );
}

/** Still with the agency after its due date. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" data-testid="report-overdue" style={{ marginInlineEnd: 0 }}>
      {t('report.overdue')}
    </Tag>
  );
}

export function RoundStateTag({ state }: { state: RoundState }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROUND_STATE_COLOR[state]} data-testid="round-state" data-state={state}>
      {t(`report.roundState.${state}`)}
    </Tag>
  );
}

export function ConsolidatedStatusTag({ status }: { status: ConsolidatedReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={status === ConsolidatedReportStatus.FINAL ? 'success' : 'gold'}
      data-testid="consolidated-status"
      style={{ marginInlineEnd: 0 }}
    >
      {t(`report.consolidatedStatus.${status}`)}
    </Tag>
  );
}
