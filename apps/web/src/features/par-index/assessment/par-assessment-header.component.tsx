import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Progress, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ParAssessmentStatus } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { ParAssessmentStatusTag } from '../cycles/par-cycle-tags.component';
import { parCyclePath } from '../par-framework.util';

interface ParAssessmentHeaderProps {
  assessment: ParAssessmentDetailFragment;
  /** The buttons of the step the caller acts on (save, send, finalise…). */
  actions?: ReactNode;
}

const APPRAISED_STATUSES: readonly ParAssessmentStatus[] = [
  ParAssessmentStatus.APPRAISED,
  ParAssessmentStatus.REAPPRAISAL,
  ParAssessmentStatus.FINALISED,
];

/** Whose assessment, against which framework, its status, deadlines, points so far and the step's buttons. */
export function ParAssessmentHeader({ assessment, actions }: ParAssessmentHeaderProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { toScore, scored, selfPoints } = assessment.selfSummary;
  const summary = assessment.appraisalSummary;
  const appraised = APPRAISED_STATUSES.includes(assessment.status);
  const council = assessment.cycle?.council ?? [];

  return (
    <div>
      <Link to={parCyclePath(assessment.cycleId)}>
        <ArrowLeftOutlined /> {t('parIndex.assessment.backToCycle')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ margin: '8px 0 12px' }}>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="par-assessment-title">
            {assessment.agency?.name ?? '—'}
          </Typography.Title>
          <Space size={[6, 4]} wrap>
            <ParAssessmentStatusTag status={assessment.status} late={assessment.late} />
            {assessment.closedByDeadline && (
              <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="par-assessment-closed">
                {t(`parIndex.appraisal.closedByDeadline.${assessment.closedByDeadline}`)}
              </Tag>
            )}
          </Space>
        </Flex>
        {actions && (
          <Flex gap={8} wrap align="start">
            {actions}
          </Flex>
        )}
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('parIndex.assessment.framework')}>
            {assessment.framework?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.fields.targetGroup')}>
            {assessment.framework ? t(`parIndex.targetGroup.${assessment.framework.targetGroup}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.appraisal.selfDeadline')}>
            <span data-testid="par-assessment-self-deadline">
              {fmt.date(assessment.selfAssessmentDeadline)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.assessment.progress')}>
            <Flex gap={8} align="center" style={{ minWidth: 160 }} data-testid="par-assessment-progress">
              <Progress
                percent={toScore > 0 ? Math.round((scored / toScore) * 100) : 100}
                showInfo={false}
                size="small"
                style={{ width: 100, margin: 0 }}
              />
              {t('parIndex.assessment.progressValue', {
                scored: fmt.number(scored),
                toScore: fmt.number(toScore),
              })}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.assessment.selfPoints')}>
            <span data-testid="par-assessment-points">{fmt.number(selfPoints)}</span>
          </Descriptions.Item>
          {assessment.status === ParAssessmentStatus.SUBMITTED && (
            <Descriptions.Item label={t('parIndex.appraisal.progress')}>
              <span data-testid="par-appraisal-progress">
                {t('parIndex.assessment.progressValue', {
                  scored: fmt.number(summary.appraised),
                  toScore: fmt.number(summary.toAppraise),
                })}
              </span>
            </Descriptions.Item>
          )}
          {appraised && (
            <Descriptions.Item label={t('parIndex.appraisal.finalPoints')}>
              <Typography.Text strong data-testid="par-assessment-final-points">
                {fmt.number(summary.points)}
              </Typography.Text>
            </Descriptions.Item>
          )}
          {assessment.explanationDue && (
            <Descriptions.Item label={t('parIndex.appraisal.explanationDue')}>
              <span data-testid="par-assessment-explanation-due">{fmt.date(assessment.explanationDue)}</span>
            </Descriptions.Item>
          )}
          {assessment.submittedAt && (
            <Descriptions.Item label={t('parIndex.assessment.submittedAt')}>
              {fmt.dateTime(assessment.submittedAt)}
              {assessment.submittedByLabel ? ` · ${assessment.submittedByLabel}` : ''}
            </Descriptions.Item>
          )}
          {assessment.finalisedAt && (
            <Descriptions.Item label={t('parIndex.appraisal.finalisedAt')}>
              {fmt.dateTime(assessment.finalisedAt)}
              {assessment.finalisedByLabel ? ` · ${assessment.finalisedByLabel}` : ''}
            </Descriptions.Item>
          )}
          {assessment.status !== ParAssessmentStatus.DRAFT && council.length > 0 && (
            <Descriptions.Item label={t('parIndex.appraisal.council')}>
              <span data-testid="par-assessment-council">
                {council.map((member) => member.fullName).join(', ')}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    </div>
  );
}
