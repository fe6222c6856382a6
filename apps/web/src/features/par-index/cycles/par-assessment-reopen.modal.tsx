import { useMutation } from '@apollo/client/react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus } from '@partrack/shared';
import { ReopenParAssessmentDocument } from '../graphql/par-cycle-admin.operations';
import { ParAssessmentActionModal } from './par-assessment-action.modal';
import { useParAssessmentAction, type ParAssessmentActionProps } from './use-par-assessment-action.hook';

interface Values {
  reason: string;
}

const FIELDS = ['reason'] as const;

/**
 * Takes an assessment one step back with a required reason (the audit log keeps it): the agency scores again,
 * the council appraises again, or the second appraisal reopens. The version is pinned when the dialog opens.
 */
export function ParAssessmentReopenModal({ assessment, onClose, onDone }: ParAssessmentActionProps) {
  const { t } = useTranslation();
  const action = useParAssessmentAction<Values>(assessment, FIELDS);
  const { row, agency } = action;
  const [reopen, { loading }] = useMutation(ReopenParAssessmentDocument);

  const submit = (values: Values) =>
    action.run(
      () =>
        reopen({ variables: { input: { id: row.id, version: row.version, reason: values.reason.trim() } } }),
      t('parIndex.cycleAdmin.reopen.done', { agency }),
      onDone,
    );

  return (
    <ParAssessmentActionModal<Values>
      action={action}
      sending={loading}
      title={t('parIndex.cycleAdmin.reopen.title', { agency })}
      okText={t('parIndex.cycleAdmin.reopen.submit')}
      okButtonProps={{ 'data-testid': 'par-reopen-submit', danger: true }}
      reasonTestId="par-reopen-reason"
      reasonRows={4}
      onFinish={submit}
      onClose={onClose}
    >
      {row.status !== ParAssessmentStatus.DRAFT && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="par-reopen-effect"
          title={t(`parIndex.cycleAdmin.reopen.effect.${row.status}`)}
        />
      )}
    </ParAssessmentActionModal>
  );
}
