import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Popconfirm, Progress, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { ParAssessmentStatusTag } from '../cycles/par-cycle-tags.component';
import { parCyclePath } from '../par-framework.util';

interface ParAssessmentHeaderProps {
  assessment: ParAssessmentDetailFragment;
  /** The caller may change the scores (PAR_SELF_ASSESS on a DRAFT). */
  editable: boolean;
  /** The caller may send it (PAR_SELF_SUBMIT on a DRAFT). */
  submittable: boolean;
  changes: number;
  /** Some changed score would be refused: fix it first. */
  invalid: boolean;
  saving: boolean;
  submitting: boolean;
  onSave: () => void;
  onSubmit: () => void;
}

/** Whose assessment, against which framework, how far it is, and the save and send buttons. */
export function ParAssessmentHeader({
  assessment,
  editable,
  submittable,
  changes,
  invalid,
  saving,
  submitting,
  onSave,
  onSubmit,
}: ParAssessmentHeaderProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { toScore, scored, selfPoints } = assessment.selfSummary;
  const complete = scored === toScore;
  const submitHint = !complete
    ? t('parIndex.assessment.submitIncomplete', { n: toScore - scored })
    : changes > 0
      ? t('parIndex.assessment.submitUnsaved')
      : null;

  return (
    <div>
      <Link to={parCyclePath(assessment.cycleId)}>
        <ArrowLeftOutlined /> {t('parIndex.assessment.backToCycle')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ margin: '8px 0 12px' }}>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="par-assessment-title">
            {assessment.agency?.name ?? '—'}
          </Typography.Title>
          <Space size={[6, 4]} wrap>
            <ParAssessmentStatusTag status={assessment.status} late={assessment.late} />
          </Space>
        </Flex>
        <Flex gap={8} wrap align="start">
          {editable && (
            <Button
              data-testid="par-assessment-save"
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              disabled={changes === 0 || invalid || submitting}
              onClick={onSave}
            >
              {changes > 0 ? t('parIndex.assessment.saveN', { n: changes }) : t('common.save')}
            </Button>
          )}
          {submittable && (
            <Popconfirm
              title={t('parIndex.assessment.submitConfirm')}
              description={t('parIndex.assessment.submitExplain')}
              okText={t('parIndex.assessment.submit')}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'par-assessment-submit-ok' }}
              onConfirm={onSubmit}
              disabled={submitHint !== null}
            >
              <Tooltip title={submitHint}>
                <Button
                  data-testid="par-assessment-submit"
                  icon={<SendOutlined />}
                  loading={submitting}
                  disabled={submitHint !== null || saving}
                >
                  {t('parIndex.assessment.submit')}
                </Button>
              </Tooltip>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('parIndex.assessment.framework')}>
            {assessment.framework?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.fields.targetGroup')}>
            {assessment.framework ? t(`parIndex.targetGroup.${assessment.framework.targetGroup}`) : '—'}
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
          {assessment.submittedAt && (
            <Descriptions.Item label={t('parIndex.assessment.submittedAt')}>
              {fmt.dateTime(assessment.submittedAt)}
              {assessment.submittedByLabel ? ` · ${assessment.submittedByLabel}` : ''}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    </div>
  );
}
