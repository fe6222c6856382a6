import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { SurveyStatus } from '@partrack/shared';

const TAG = { marginInlineEnd: 0 };

const STATUS_COLORS: Record<SurveyStatus, string> = {
  [SurveyStatus.DRAFT]: 'default',
  [SurveyStatus.OPEN]: 'processing',
  [SurveyStatus.CLOSED]: 'success',
};

export function SurveyStatusTag({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={TAG} data-testid="survey-status" data-status={status}>
      {t(`survey.status.${status}`)}
    </Tag>
  );
}

/** "Mẫu": the demo survey shipped with partrack. */
export function SurveySampleTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('survey.sampleHint')}>
      <Tag color="purple" style={TAG} data-testid="survey-sample">
        {t('survey.sample')}
      </Tag>
    </Tooltip>
  );
}
