import { Col, Divider, Flex, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParEvidenceRow, ParLeafItem, ParScoreRow } from './par-assessment-items.util';
import { ParField, ParItemCard } from './par-item-card.component';
import type { ReappraisalValue } from './par-reappraisal.util';
import { ParPointsValue, ParScoreField } from './par-score-field.component';
import { ParSelfSide } from './par-self-side.component';

interface ParReappraisalItemProps {
  item: ParLeafItem;
  score: ParScoreRow | undefined;
  evidence: readonly ParEvidenceRow[];
  value: ReappraisalValue;
  error: string | undefined;
  /** The error is about the points: the field is marked. */
  pointsInvalid: boolean;
  onChange: (patch: Partial<ReappraisalValue>) => void;
}

/** An explained item: the agency's score, the first appraisal and the explanation, then the council's answer. */
export function ParReappraisalItem({
  item,
  score,
  evidence,
  value,
  error,
  pointsInvalid,
  onChange,
}: ParReappraisalItemProps) {
  const { t } = useTranslation();
  const { criterion } = item;
  return (
    <ParItemCard item={item}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={12}>
          <ParSelfSide item={item} score={score} evidence={evidence} />
          <Divider style={{ margin: '8px 0' }} />
          <Flex vertical gap={8}>
            <ParField label={t('parIndex.appraisal.points')}>
              <ParPointsValue criterion={criterion} points={score?.appraisedPoints} />
            </ParField>
            <ParField label={t('parIndex.appraisal.councilReason')}>{score?.appraisalReason ?? '—'}</ParField>
            <ParField
              label={t('parIndex.appraisal.explanation')}
              testId={`par-explanation-text-${criterion.code}`}
            >
              {score?.explanation ?? '—'}
            </ParField>
          </Flex>
        </Col>
        <Col xs={24} md={12}>
          <Flex vertical gap={8} data-testid={`par-reappraisal-${criterion.code}`}>
            <ParField label={t('parIndex.appraisal.reappraisedPoints')}>
              <ParScoreField
                criterion={criterion}
                points={value.points}
                label={t('parIndex.appraisal.reappraisedPointsOf', { code: criterion.code })}
                testIdPrefix="par-reappraisal"
                invalid={pointsInvalid}
                allowClear={false}
                onChange={(points) => onChange({ points })}
              />
            </ParField>
            <ParField label={t('parIndex.appraisal.answerRequiredLabel')}>
              <Input.TextArea
                data-testid={`par-reappraisal-answer-${criterion.code}`}
                aria-label={t('parIndex.appraisal.answerOf', { code: criterion.code })}
                aria-required
                value={value.answer}
                maxLength={4000}
                autoSize={{ minRows: 2, maxRows: 8 }}
                onChange={(event) => onChange({ answer: event.target.value })}
              />
            </ParField>
            {error && (
              <Typography.Text type="danger" data-testid={`par-reappraisal-error-${criterion.code}`}>
                {error}
              </Typography.Text>
            )}
          </Flex>
        </Col>
      </Row>
    </ParItemCard>
  );
}
