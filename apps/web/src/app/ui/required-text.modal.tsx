import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error-alert.component';

export interface RequiredTextModalProps {
  title: string;
  okText: string;
  /** Label of the text box (reason, comment…). */
  label: string;
  /** What happens next (the agency is notified, the figure is unlocked…). */
  hint: string;
  /** Shown when the box is left empty or blank. */
  requiredMessage: string;
  maxLength: number;
  /** Prefix of the test ids of the box (`-input`) and the OK button (`-submit`). */
  testId: string;
  /** Rejects with the API error, shown in the modal; resolves when done (the caller closes it). */
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}

interface Values {
  text: string;
}

/**
 * Asks for a required text before an action that sends something back (a reason, a reviewer's comment).
 * The other side acts on it, so it is required here as it is by the API, and sent trimmed.
 */
export function RequiredTextModal(props: RequiredTextModalProps) {
  const { title, okText, label, hint, requiredMessage, maxLength, testId, onSubmit, onClose } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ text }: Values) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(text.trim());
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
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={error} />
          </div>
        )}
        <Form.Item
          name="text"
          label={label}
          extra={hint}
          rules={[{ required: true, whitespace: true, message: requiredMessage }]}
        >
          <Input.TextArea
            data-testid={`${testId}-input`}
            rows={4}
            maxLength={maxLength}
            showCount
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
