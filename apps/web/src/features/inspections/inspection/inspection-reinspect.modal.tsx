import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionFindingStatus } from '@partrack/shared';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { InspectionDetailFragment } from '../../../gql/graphql';
import { InspectionDocument, ReinspectFindingsDocument } from '../graphql/inspections.operations';
import { invalidateInspections } from '../inspection-cache';
import { FindingSeverityTag } from '../inspection-tags.component';

type Finding = InspectionDetailFragment['findings'][number];

interface ResultValues {
  closed: boolean;
  note: string;
}

interface ReinspectValues {
  results: ResultValues[];
}

const FIELDS = ['results'] as const;

const resultsOf = (findings: readonly Finding[]): ResultValues[] =>
  [...findings]
    .sort((a, b) => a.position - b.position)
    .map((finding) => ({
      closed: finding.status === InspectionFindingStatus.CLOSED,
      note: finding.reviewNote ?? '',
    }));

/**
 * Tái kiểm tra: for every finding, whether the remedy was real (it closes) or not (it stays open), with the
 * team's note. Closing a finding does not complete its task: that is the agency's to report. The version is
 * pinned when the dialog opens; CONFLICT reloads the findings into the form.
 */
export function InspectionReinspectModal({
  inspection,
  onClose,
}: {
  inspection: InspectionDetailFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<ReinspectValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(inspection.version);
  const [findings, setFindings] = useState(() =>
    [...inspection.findings].sort((a, b) => a.position - b.position),
  );
  const [reinspect, { loading }] = useMutation(ReinspectFindingsDocument, { update: invalidateInspections });
  const busy = loading || reloading;

  const reload = () =>
    void reloadWith(async () => {
      const { data } = await client.query({
        query: InspectionDocument,
        variables: { id: inspection.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      setFindings([...data.inspection.findings].sort((a, b) => a.position - b.position));
      form.setFieldsValue({ results: resultsOf(data.inspection.findings) });
      setVersion(data.inspection.version);
    });

  const submit = async (values: ReinspectValues) => {
    clearError();
    try {
      const { data } = await reinspect({
        variables: {
          input: {
            id: inspection.id,
            version,
            // The form holds only the registered fields (closed, note), in the findings' order.
            results: findings.map((finding, index) => ({
              findingId: finding.id,
              closed: values.results[index]?.closed ?? false,
              note: values.results[index]?.note?.trim() || null,
            })),
          },
        },
      });
      if (!data) return;
      void message.success(t('inspection.reinspect.done'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('inspection.reinspect.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'inspection-reinspect-submit' }}
    >
      <Form<ReinspectValues>
        form={form}
        layout="vertical"
        initialValues={{ results: resultsOf(inspection.findings) }}
        onFinish={(values) => void submit(values)}
        disabled={busy}
        data-testid="inspection-reinspect-form"
      >
        <FormErrorAlert state={formError} onReload={reload} reloading={reloading} />
        <Typography.Paragraph type="secondary">{t('inspection.reinspect.hint')}</Typography.Paragraph>
        <Form.List name="results">
          {(fields) =>
            fields.map((field, index) => {
              const finding = findings[index];
              if (!finding) return null;
              return (
                <div
                  key={field.key}
                  data-testid={`inspection-reinspect-${finding.position}`}
                  style={{ marginBottom: 12 }}
                >
                  <Typography.Paragraph style={{ marginBottom: 4 }}>
                    <Typography.Text strong>{finding.position}. </Typography.Text>
                    {finding.text} <FindingSeverityTag severity={finding.severity} />
                  </Typography.Paragraph>
                  <Form.Item name={[field.name, 'closed']} style={{ marginBottom: 4 }}>
                    <Radio.Group
                      data-testid={`inspection-reinspect-closed-${finding.position}`}
                      options={[
                        { value: true, label: t('inspection.reinspect.close') },
                        { value: false, label: t('inspection.reinspect.keepOpen') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} style={{ marginBottom: 0 }}>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 3 }}
                      maxLength={2000}
                      placeholder={t('inspection.reinspect.note')}
                      aria-label={t('inspection.reinspect.note')}
                      data-testid={`inspection-reinspect-note-${finding.position}`}
                    />
                  </Form.Item>
                </div>
              );
            })
          }
        </Form.List>
      </Form>
    </Modal>
  );
}
