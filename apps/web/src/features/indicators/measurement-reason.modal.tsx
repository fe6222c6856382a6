import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';

interface MeasurementReasonModalProps {
  title: string;
  okText: string;
  /** Explains what happens to the figure (returned to the agency, unlocked…). */
  hint: string;
  /** Rejects with the API error, which the modal shows; resolves when done (the caller closes it). */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

interface Values {
  reason: string;
}

/**
 * Asks for the reason of a return or a reopening. The agency reads it next to its figure, so it is
 * required here as it is by the API.
 */
export function MeasurementReasonModal({
  title,
  okText,
  hint,
  onSubmit,
  onClose,
}: MeasurementReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ reason }: Values) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'reason-submit' }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={error} />
          </div>
        )}
        <Form.Item
          name="reason"
          label={t('indicator.review.reason')}
          extra={hint}
          rules={[{ required: true, whitespace: true, message: t('indicator.review.reasonRequired') }]}
        >
          <Input.TextArea data-testid="reason-input" rows={4} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
