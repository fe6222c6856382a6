import { Col, Flex, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAppraised } from '@partrack/shared';
import type { ParEvidenceRow, ParLeafItem, ParScoreRow } from './par-assessment-items.util';
import { differsFromSelf, type AppraisalValue } from './par-appraisal.util';
import { ParField, ParItemCard } from './par-item-card.component';
import { ParPointsValue, ParScoreField } from './par-score-field.component';
import { ParSelfSide } from './par-self-side.component';

interface ParAppraisalItemProps {
  item: ParLeafItem;
  score: ParScoreRow | undefined;
  evidence: readonly ParEvidenceRow[];
  value: AppraisalValue;
  /** Why the appraisal would be refused, from the client's check or the API. */
  error: string | undefined;
  /** The error is about the points (not the missing reason): the field is marked. */
  pointsInvalid: boolean;
  onChange: (patch: Partial<AppraisalValue>) => void;
}

/** One item for the council: the agency's side and the council's points with a reason, side by side. */
export function ParAppraisalItem({
  item,
  score,
  evidence,
  value,
  error,
  pointsInvalid,
  onChange,
}: ParAppraisalItemProps) {
  const { t } = useTranslation();
  const { criterion } = item;
  const differs = differsFromSelf(item, score?.selfPoints ?? null, value.points);
  return (
    <ParItemCard item={item}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={12}>
          <ParSelfSide item={item} score={score} evidence={evidence} />
        </Col>
        <Col xs={24} md={12}>
          {isAppraised(criterion.method) ? (
            <Flex vertical gap={8} data-testid={`par-appraisal-${criterion.code}`}>
              <ParField label={t('parIndex.appraisal.points')}>
                <ParScoreField
                  criterion={criterion}
                  points={value.points}
                  label={t('parIndex.appraisal.pointsOf', { code: criterion.code })}
                  testIdPrefix="par-appraisal"
                  invalid={pointsInvalid}
                  onChange={(points) => onChange({ points })}
                />
              </ParField>
              <ParField
                label={differs ? t('parIndex.appraisal.reasonRequiredLabel') : t('parIndex.appraisal.reason')}
              >
                <Input.TextArea
                  data-testid={`par-appraisal-reason-${criterion.code}`}
                  aria-label={t('parIndex.appraisal.reasonOf', { code: criterion.code })}
                  aria-required={differs}
                  status={differs && !value.reason.trim() ? 'warning' : undefined}
                  value={value.reason}
                  maxLength={4000}
                  autoSize={{ minRows: 1, maxRows: 5 }}
                  onChange={(event) => onChange({ reason: event.target.value })}
                />
              </ParField>
              {error && (
                <Typography.Text type="danger" data-testid={`par-appraisal-error-${criterion.code}`}>
                  {error}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            <ParField label={t('parIndex.appraisal.points')} testId={`par-appraisal-${criterion.code}`}>
              <Flex vertical gap={2}>
                <ParPointsValue criterion={criterion} points={score?.appraisedPoints} empty="—" />
                <Typography.Text type="secondary">{t('parIndex.appraisal.fromSurvey')}</Typography.Text>
              </Flex>
            </ParField>
          )}
        </Col>
      </Row>
    </ParItemCard>
  );
}
