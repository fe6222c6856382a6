import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParEvidenceRow, ParLeafItem, ParScoreRow } from './par-assessment-items.util';
import { ParEvidenceList } from './par-evidence-list.component';
import { ParField } from './par-item-card.component';
import { ParPointsValue } from './par-score-field.component';

/** What the agency gave itself on an item, read-only: points, note, evidence or why there is none. */
export function ParSelfSide({
  item,
  score,
  evidence,
}: {
  item: ParLeafItem;
  score: ParScoreRow | undefined;
  evidence: readonly ParEvidenceRow[];
}) {
  const { t } = useTranslation();
  const { criterion } = item;
  return (
    <Flex vertical gap={8}>
      <ParField label={t('parIndex.assessment.selfScore')}>
        <ParPointsValue
          criterion={criterion}
          points={score?.selfPoints}
          testId={`par-self-${criterion.code}`}
        />
      </ParField>
      {score?.selfNote && <ParField label={t('parIndex.assessment.note')}>{score.selfNote}</ParField>}
      {evidence.length > 0 && (
        <ParField label={t('parIndex.evidence.title')}>
          <ParEvidenceList items={evidence} removable={false} />
        </ParField>
      )}
      {evidence.length === 0 && criterion.evidenceRequired && (
        <ParField label={t('parIndex.evidence.title')}>
          <Typography.Text type="warning">
            {score?.noEvidenceReason
              ? t('parIndex.evidence.noneBecause', { reason: score.noEvidenceReason })
              : t('parIndex.evidence.none')}
          </Typography.Text>
        </ParField>
      )}
    </Flex>
  );
}
