import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import {
  BuildInspectionChecklistDocument,
  ChecklistFrameworksDocument,
} from './graphql/inspection-checklist.operations';

interface BuildValues {
  source: 'FRAMEWORK' | 'CUSTOM';
  fromFrameworkId?: string;
  lines?: string;
}

// Server fields are mapped onto the form's: the written lines answer as `items`.
const FIELDS = ['fromFrameworkId', 'items'] as const;

/** Non-blank lines, trimmed: one item each. */
export const checklistLines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Builds (or rebuilds, while nothing is assessed) the checklist from a PAR framework or written lines. */
export function InspectionChecklistBuildModal({
  inspectionId,
  onClose,
}: {
  inspectionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BuildValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const frameworks = useQuery(ChecklistFrameworksDocument);
  const [build, { loading }] = useMutation(BuildInspectionChecklistDocument);
  const source = Form.useWatch('source', form) ?? 'FRAMEWORK';

  const submit = async (values: BuildValues) => {
    clearError();
    try {
      const input =
        values.source === 'FRAMEWORK'
          ? { inspectionId, fromFrameworkId: values.fromFrameworkId ?? null }
          : { inspectionId, items: checklistLines(values.lines) };
      const { data } = await build({ variables: { input } });
      if (!data) return;
      void message.success(t('inspectionChecklist.built'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  const options = (frameworks.data?.parFrameworks.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} (${node.year}${node.revision > 1 ? ` – ${node.revision}` : ''})`,
  }));

  return (
    <Modal
      open
      title={t('inspectionChecklist.buildTitle')}
      okText={t('inspectionChecklist.build')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'checklist-build-submit' }}
    >
      <Form<BuildValues>
        form={form}
        layout="vertical"
        initialValues={{ source: 'FRAMEWORK' }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Form.Item name="source" label={t('inspectionChecklist.source')}>
          <Radio.Group
            data-testid="checklist-build-source"
            options={[
              { value: 'FRAMEWORK', label: t('inspectionChecklist.fromFramework') },
              { value: 'CUSTOM', label: t('inspectionChecklist.custom') },
            ]}
          />
        </Form.Item>
        {source === 'FRAMEWORK' ? (
          <Form.Item
            name="fromFrameworkId"
            label={t('inspectionChecklist.framework')}
            extra={
              <Typography.Text type="secondary">{t('inspectionChecklist.frameworkHint')}</Typography.Text>
            }
            rules={[{ required: true, message: t('inspectionChecklist.required') }]}
          >
            <Select
              data-testid="checklist-build-framework"
              loading={frameworks.loading}
              options={options}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="lines"
            label={t('inspectionChecklist.lines')}
            rules={[{ required: true, whitespace: true, message: t('inspectionChecklist.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} data-testid="checklist-build-lines" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
