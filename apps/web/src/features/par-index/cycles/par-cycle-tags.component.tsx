import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus, ParCycleStatus } from '@partrack/shared';

const TAG = { marginInlineEnd: 0 } as const;

/** "Tự đánh giá": the phase a cycle is in. */
export function ParCycleStatusTag({ status }: { status: ParCycleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color="processing" style={TAG} data-testid="par-cycle-status">
      {t(`parIndex.cycleStatus.${status}`)}
    </Tag>
  );
}

/** "Đang tự chấm" or "Đã gửi", with "Gửi muộn" beside it when sent after the due date. */
export function ParAssessmentStatusTag({ status, late }: { status: ParAssessmentStatus; late: boolean }) {
  const { t } = useTranslation();
  const submitted = status === ParAssessmentStatus.SUBMITTED;
  return (
    <>
      <Tag
        color={submitted ? 'success' : 'default'}
        icon={submitted ? <CheckCircleOutlined /> : <ClockCircleOutlined />}
        style={TAG}
        data-testid="par-assessment-status"
      >
        {t(`parIndex.assessmentStatus.${status}`)}
      </Tag>
      {submitted && late && (
        <Tag color="warning" style={TAG} data-testid="par-assessment-late">
          {t('parIndex.assessment.late')}
        </Tag>
      )}
    </>
  );
}
