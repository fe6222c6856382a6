import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';

interface ReportCommentModalProps {
  title: string;
  okText: string;
  /** What happens next (the agency is notified, the data drafts itself again…). */
  hint: string;
  /** Rejects with the API error, shown in the modal; resolves when done (the caller closes it). */
  onSubmit: (comment: string) => Promise<void>;
  onClose: () => void;
}

interface Values {
  comment: string;
}

/**
 * The coordinator's comment when returning or reopening a report. The agency acts on it (it arrives in the
 * notification and on the report), so it is required here as it is by the API.
 */
export function ReportCommentModal({ title, okText, hint, onSubmit, onClose }: ReportCommentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ comment }: Values) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(comment.trim());
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
      okButtonProps={{ 'data-testid': 'report-comment-submit' }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={error} />
          </div>
        )}
        <Form.Item
          name="comment"
          label={t('report.review.comment')}
          extra={hint}
          rules={[{ required: true, whitespace: true, message: t('report.review.commentRequired') }]}
        >
          <Input.TextArea data-testid="report-comment-input" rows={4} maxLength={5000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
