import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import type { ParEvidenceRow } from './par-assessment-items.util';
import { ParEvidenceAddModal } from './par-evidence-add.modal';
import { ParEvidenceList } from './par-evidence-list.component';

interface ParItemEvidenceProps {
  assessmentId: string;
  criterion: ParCriterionItem;
  evidence: readonly ParEvidenceRow[];
  /** Evidence may be added and removed (a DRAFT before its deadline, for those who score). */
  editable: boolean;
  /** The item is scored by the agency: only then does missing evidence need a reason. */
  selfScored: boolean;
  /** The no-evidence reason as edited (saved with the item's score). */
  reason: string;
  onReasonChange: (reason: string) => void;
  onFileUploaded: () => void;
}

/**
 * Under an item of the self-assessment: its evidence, "add evidence", and, where evidence is required and
 * missing, the warning with the written reason the API accepts instead.
 */
export function ParItemEvidence({
  assessmentId,
  criterion,
  evidence,
  editable,
  selfScored,
  reason,
  onReasonChange,
  onFileUploaded,
}: ParItemEvidenceProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const missing = selfScored && criterion.evidenceRequired && evidence.length === 0;
  if (!editable && evidence.length === 0 && !missing) return null;

  return (
    <Flex vertical gap={4} style={{ marginTop: 4 }} data-testid={`par-item-evidence-${criterion.code}`}>
      <ParEvidenceList items={evidence} removable={editable} />
      {missing && (
        <Typography.Text type="warning" data-testid={`par-evidence-missing-${criterion.code}`}>
          <WarningOutlined /> {t('parIndex.evidence.required')}
        </Typography.Text>
      )}
      {missing && editable && (
        <Input.TextArea
          data-testid={`par-no-evidence-${criterion.code}`}
          aria-label={t('parIndex.evidence.noEvidenceReasonOf', { code: criterion.code })}
          placeholder={t('parIndex.evidence.noEvidenceReason')}
          value={reason}
          maxLength={4000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(event) => onReasonChange(event.target.value)}
        />
      )}
      {missing && !editable && reason && (
        <Typography.Text type="secondary">
          {t('parIndex.evidence.noEvidenceReason')}: {reason}
        </Typography.Text>
      )}
      {editable && (
        <div>
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid={`par-evidence-add-${criterion.code}`}
          >
            {t('parIndex.evidence.add')}
          </Button>
        </div>
      )}
      {adding && (
        <ParEvidenceAddModal
          assessmentId={assessmentId}
          criterion={criterion}
          evidence={evidence}
          onFileUploaded={onFileUploaded}
          onClose={() => setAdding(false)}
        />
      )}
    </Flex>
  );
}
