import type { ReactNode } from 'react';
import {
  AuditOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  SendOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus, ParCycleStatus } from '@partrack/shared';

const TAG = { marginInlineEnd: 0 } as const;

const CYCLE_COLOR: Record<ParCycleStatus, string> = {
  [ParCycleStatus.OPEN]: 'processing',
  [ParCycleStatus.PUBLISHED]: 'success',
};

/** "Đang diễn ra" while agencies and the council work, "Đã công bố" once the results are frozen. */
export function ParCycleStatusTag({ status }: { status: ParCycleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={CYCLE_COLOR[status]}
      icon={status === ParCycleStatus.PUBLISHED ? <CheckCircleOutlined /> : <SyncOutlined />}
      style={TAG}
      data-testid="par-cycle-status"
      data-status={status}
    >
      {t(`parIndex.cycleStatus.${status}`)}
    </Tag>
  );
}

/** Colour and icon say whose turn it is: the agency (grey, gold), the council (blue, purple), nobody (green). */
const ASSESSMENT_LOOK: Record<ParAssessmentStatus, { color: string; icon: ReactNode }> = {
  [ParAssessmentStatus.DRAFT]: { color: 'default', icon: <EditOutlined /> },
  [ParAssessmentStatus.SUBMITTED]: { color: 'processing', icon: <SendOutlined /> },
  [ParAssessmentStatus.APPRAISED]: { color: 'gold', icon: <AuditOutlined /> },
  [ParAssessmentStatus.REAPPRAISAL]: { color: 'purple', icon: <ClockCircleOutlined /> },
  [ParAssessmentStatus.FINALISED]: { color: 'success', icon: <CheckCircleOutlined /> },
};

/**
 * The assessment's step in Vietnamese, with "Gửi muộn" beside it once it was sent after the due date (the
 * flag stays true through appraisal: lateness is part of the result).
 */
export function ParAssessmentStatusTag({ status, late }: { status: ParAssessmentStatus; late: boolean }) {
  const { t } = useTranslation();
  const look = ASSESSMENT_LOOK[status];
  return (
    <>
      <Tag
        color={look.color}
        icon={look.icon}
        style={TAG}
        data-testid="par-assessment-status"
        data-status={status}
      >
        {t(`parIndex.assessmentStatus.${status}`)}
      </Tag>
      {status !== ParAssessmentStatus.DRAFT && late && (
        <Tag color="warning" style={TAG} data-testid="par-assessment-late">
          {t('parIndex.assessment.late')}
        </Tag>
      )}
    </>
  );
}
