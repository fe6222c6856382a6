import type { ReactNode } from 'react';
import { Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { PAR_REASON_MAX } from './par-cycle-deadlines.util';
import type { ParAssessmentAction } from './use-par-assessment-action.hook';

/**
 * The frame of a coordinator's dialog on one assessment: the API's refusal (with a reload on a conflict), the
 * dialog's own fields, then the required reason the audit log keeps. Disabled while sending or reloading.
 */
export function ParAssessmentActionModal<V extends { reason: string }>({
  action,
  sending,
  title,
  okText,
  okButtonProps,
  initialValues,
  reasonTestId,
  reasonRows,
  onFinish,
  onClose,
  children,
}: {
  action: ParAssessmentAction<V>;
  sending: boolean;
  title: string;
  okText: string;
  okButtonProps: ButtonProps & { 'data-testid': string };
  initialValues?: Partial<V>;
  reasonTestId: string;
  reasonRows: number;
  onFinish: (values: V) => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const busy = sending || action.reloading;
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => action.form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={okButtonProps}
    >
      <Form<V>
        form={action.form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        <FormErrorAlert
          state={action.formError}
          onReload={() => void action.reload()}
          reloading={action.reloading}
        />
        {children}
        <Form.Item
          name="reason"
          label={t('parIndex.cycleAdmin.reason')}
          extra={t('parIndex.cycleAdmin.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.cycleAdmin.reasonRequired') }]}
        >
          <Input.TextArea data-testid={reasonTestId} rows={reasonRows} maxLength={PAR_REASON_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
