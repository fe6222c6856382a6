import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface ParSelfAssessmentActionsProps {
  /** The caller may change the scores (PAR_SELF_ASSESS on a DRAFT before its deadline). */
  editable: boolean;
  /** The caller may send it (PAR_SELF_SUBMIT on a DRAFT). */
  submittable: boolean;
  changes: number;
  /** Scored items out of those to score. */
  scored: number;
  toScore: number;
  /** Some changed score would be refused: fix it first. */
  invalid: boolean;
  saving: boolean;
  submitting: boolean;
  onSave: () => void;
  onSubmit: () => void;
}

/** Save the changed scores; send the self-assessment once complete and saved (after a confirmation). */
export function ParSelfAssessmentActions({
  editable,
  submittable,
  changes,
  scored,
  toScore,
  invalid,
  saving,
  submitting,
  onSave,
  onSubmit,
}: ParSelfAssessmentActionsProps) {
  const { t } = useTranslation();
  const submitHint =
    scored < toScore
      ? t('parIndex.assessment.submitIncomplete', { n: toScore - scored })
      : changes > 0
        ? t('parIndex.assessment.submitUnsaved')
        : null;
  return (
    <>
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
    </>
  );
}
