import { Divider, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ParCouncilItemCard,
  ParCouncilItemError,
  type ParCouncilItemProps,
} from './par-council-item.component';
import { ParField } from './par-item-card.component';
import type { ReappraisalValue } from './par-reappraisal.util';
import { ParPointsValue, ParScoreField } from './par-score-field.component';
import { ParSelfSide } from './par-self-side.component';

/** An explained item: the agency's score, the first appraisal and the explanation, then the council's answer. */
export function ParReappraisalItem({
  item,
  score,
  evidence,
  value,
  error,
  pointsInvalid,
  onChange,
}: ParCouncilItemProps<ReappraisalValue>) {
  const { t } = useTranslation();
  const { criterion } = item;
  const side = (
    <>
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
    </>
  );
  return (
    <ParCouncilItemCard item={item} side={side}>
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
        <ParCouncilItemError error={error} testId={`par-reappraisal-error-${criterion.code}`} />
      </Flex>
    </ParCouncilItemCard>
  );
}
