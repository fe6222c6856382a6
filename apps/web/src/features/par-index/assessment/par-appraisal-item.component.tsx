import { Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAppraised } from '@partrack/shared';
import { differsFromSelf, type AppraisalValue } from './par-appraisal.util';
import {
  ParCouncilItemCard,
  ParCouncilItemError,
  type ParCouncilItemProps,
} from './par-council-item.component';
import { ParField } from './par-item-card.component';
import { ParPointsValue, ParScoreField } from './par-score-field.component';
import { ParSelfSide } from './par-self-side.component';

/**
 * One item for the council: the agency's side and the council's points with a reason, side by side. `error`
 * is why the appraisal would be refused (the client's check or the API's); `pointsInvalid` marks the points.
 */
export function ParAppraisalItem({
  item,
  score,
  evidence,
  value,
  error,
  pointsInvalid,
  onChange,
}: ParCouncilItemProps<AppraisalValue>) {
  const { t } = useTranslation();
  const { criterion } = item;
  const differs = differsFromSelf(item, score?.selfPoints ?? null, value.points);
  return (
    <ParCouncilItemCard item={item} side={<ParSelfSide item={item} score={score} evidence={evidence} />}>
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
          <ParCouncilItemError error={error} testId={`par-appraisal-error-${criterion.code}`} />
        </Flex>
      ) : (
        <ParField label={t('parIndex.appraisal.points')} testId={`par-appraisal-${criterion.code}`}>
          <Flex vertical gap={2}>
            <ParPointsValue criterion={criterion} points={score?.appraisedPoints} empty="—" />
            <Typography.Text type="secondary">{t('parIndex.appraisal.fromSurvey')}</Typography.Text>
          </Flex>
        </ParField>
      )}
    </ParCouncilItemCard>
  );
}
