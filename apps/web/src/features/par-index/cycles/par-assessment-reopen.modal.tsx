import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus } from '@partrack/shared';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { ParCycleAssessmentRowFragment } from '../../../gql/graphql';
import {
  ParCycleAssessmentDocument,
  ReopenParAssessmentDocument,
} from '../graphql/par-cycle-admin.operations';
import { PAR_REASON_MAX } from './par-cycle-deadlines.util';

interface Values {
  reason: string;
}

const FIELDS = ['reason'] as const;

/**
 * Takes an assessment one step back with a required reason (the audit log keeps it): the agency scores again,
 * the council appraises again, or the second appraisal reopens. The version is pinned when the dialog opens.
 */
export function ParAssessmentReopenModal({
  assessment,
  onClose,
  onDone,
}: {
  assessment: ParCycleAssessmentRowFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [row, setRow] = useState(assessment);
  const [reopen, { loading }] = useMutation(ReopenParAssessmentDocument);
  const agency = row.agency?.name ?? '—';

  const reload = async () => {
    clearError();
    try {
      const { data } = await client.query({
        query: ParCycleAssessmentDocument,
        variables: { id: row.id },
        fetchPolicy: 'network-only',
      });
      if (data) setRow(data.parAssessment);
    } catch (error) {
      handleError(error);
    }
  };

  const submit = async (values: Values) => {
    clearError();
    try {
      await reopen({
        variables: { input: { id: row.id, version: row.version, reason: values.reason.trim() } },
      });
      void message.success(t('parIndex.cycleAdmin.reopen.done', { agency }));
      onDone();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.cycleAdmin.reopen.title', { agency })}
      okText={t('parIndex.cycleAdmin.reopen.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-reopen-submit', danger: true }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} onReload={() => void reload()} />
        {row.status !== ParAssessmentStatus.DRAFT && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="par-reopen-effect"
            title={t(`parIndex.cycleAdmin.reopen.effect.${row.status}`)}
          />
        )}
        <Form.Item
          name="reason"
          label={t('parIndex.cycleAdmin.reason')}
          extra={t('parIndex.cycleAdmin.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.cycleAdmin.reasonRequired') }]}
        >
          <Input.TextArea data-testid="par-reopen-reason" rows={4} maxLength={PAR_REASON_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
