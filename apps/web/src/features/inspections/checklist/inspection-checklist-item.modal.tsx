import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionChecklistResult } from '@partrack/shared';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { InspectionChecklistItemFieldsFragment } from '../../../gql/graphql';
import {
  InspectionChecklistDocument,
  UpdateInspectionChecklistItemDocument,
} from './graphql/inspection-checklist.operations';

interface ItemValues {
  result: InspectionChecklistResult | 'NONE';
  note: string;
  evidence: { url: string; label: string }[];
}

const FIELDS = ['result', 'note', 'evidence'] as const;
const RESULTS = [
  InspectionChecklistResult.MET,
  InspectionChecklistResult.NOT_MET,
  InspectionChecklistResult.NOT_APPLICABLE,
] as const;

const valuesOf = (item: InspectionChecklistItemFieldsFragment): ItemValues => ({
  result: item.result ?? 'NONE',
  note: item.note ?? '',
  evidence: item.evidence.map((e) => ({ url: e.url, label: e.label ?? '' })),
});

/**
 * One item's result, note and evidence links. The version is pinned when the dialog opens; a CONFLICT offers
 * to reload the item into the form.
 */
export function InspectionChecklistItemModal({
  inspectionId,
  item,
  onClose,
}: {
  inspectionId: string;
  item: InspectionChecklistItemFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<ItemValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(item.version);
  const [update, { loading }] = useMutation(UpdateInspectionChecklistItemDocument);
  const busy = loading || reloading;

  const reload = () =>
    void reloadWith(async () => {
      const { data } = await client.query({
        query: InspectionChecklistDocument,
        variables: { id: inspectionId },
        fetchPolicy: 'network-only',
      });
      const fresh = data?.inspection.checklist.find((i) => i.id === item.id);
      if (!fresh) return;
      form.setFieldsValue(valuesOf(fresh));
      setVersion(fresh.version);
    });

  const submit = async (values: ItemValues) => {
    clearError();
    try {
      const { data } = await update({
        variables: {
          input: {
            id: item.id,
            version,
            result: values.result === 'NONE' ? null : values.result,
            note: values.note.trim() || null,
            evidence: (values.evidence ?? []).map((e) => ({
              url: e.url.trim(),
              label: e.label?.trim() || null,
            })),
          },
        },
      });
      if (!data) return;
      void message.success(t('inspectionChecklist.saved'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('inspectionChecklist.itemTitle', { position: item.position })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'checklist-item-submit' }}
    >
      <Typography.Paragraph strong>
        {item.sourceCode ? `${item.sourceCode}. ` : ''}
        {item.title}
      </Typography.Paragraph>
      <Form<ItemValues>
        form={form}
        layout="vertical"
        initialValues={valuesOf(item)}
        onFinish={(values) => void submit(values)}
        disabled={busy}
      >
        <FormErrorAlert state={formError} onReload={reload} reloading={reloading} />
        <Form.Item name="result" label={t('inspectionChecklist.resultLabel')}>
          <Select
            data-testid="checklist-item-result"
            options={[
              { value: 'NONE', label: t('inspectionChecklist.result.none') },
              ...RESULTS.map((r) => ({ value: r, label: t(`inspectionChecklist.result.${r}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('inspectionChecklist.note')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid="checklist-item-note"
          />
        </Form.Item>
        <Typography.Text>{t('inspectionChecklist.evidence')}</Typography.Text>
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space.Compact key={field.key} block style={{ marginTop: 8 }}>
                  <Form.Item
                    name={[field.name, 'url']}
                    noStyle
                    rules={[{ required: true, type: 'url', message: t('inspectionChecklist.evidenceUrl') }]}
                  >
                    <Input
                      placeholder={t('inspectionChecklist.evidenceUrl')}
                      aria-label={t('inspectionChecklist.evidenceUrl')}
                      maxLength={2000}
                      data-testid={`checklist-evidence-url-${field.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'label']} noStyle>
                    <Input
                      placeholder={t('inspectionChecklist.evidenceLabel')}
                      aria-label={t('inspectionChecklist.evidenceLabel')}
                      maxLength={500}
                      data-testid={`checklist-evidence-label-${field.name}`}
                    />
                  </Form.Item>
                  <Button
                    onClick={() => remove(field.name)}
                    aria-label={t('inspectionChecklist.removeEvidence')}
                  >
                    ×
                  </Button>
                </Space.Compact>
              ))}
              {fields.length < 10 && (
                <Button
                  type="dashed"
                  block
                  style={{ marginTop: 8 }}
                  onClick={() => add({ url: '', label: '' })}
                  data-testid="checklist-evidence-add"
                >
                  {t('inspectionChecklist.addEvidence')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
