import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { InspectionFindingSeverity } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { PlanOptionsDocument } from '../../plans/graphql/plan.operations';
import { InspectionDocument, RecordInspectionFindingsDocument } from '../graphql/inspections.operations';
import { invalidateInspections } from '../inspection-cache';

interface FindingValues {
  text: string;
  severity: InspectionFindingSeverity;
  deadline: Dayjs | null;
}

interface FindingsValues {
  conductedOn: Dayjs | null;
  taskPlanId: string | null;
  findings: FindingValues[];
}

// Errors inside the list (findings.3.text) are shown above the form with the API's message naming the row.
const FIELDS = ['conductedOn', 'taskPlanId'] as const;

const emptyFinding = (): FindingValues => ({
  text: '',
  severity: InspectionFindingSeverity.MEDIUM,
  deadline: null,
});

/**
 * Recording the visit's findings (once): the inspection becomes DONE and every finding becomes a task led by
 * the inspected agency, due on its deadline, in the reform plan of the year chosen here.
 */
export function InspectionFindingsModal({
  inspection,
  year,
  onClose,
}: {
  inspection: { id: string; version: number };
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FindingsValues>();
  const client = useApolloClient();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(inspection.version);
  const plans = useQuery(PlanOptionsDocument, { variables: { filter: { year } } });
  const [record, { loading }] = useMutation(RecordInspectionFindingsDocument, {
    update: invalidateInspections,
  });
  const busy = loading || reloading;

  // Only the version is reloaded: the findings typed so far stay in the form.
  const reload = () =>
    void reloadWith(async () => {
      const { data } = await client.query({
        query: InspectionDocument,
        variables: { id: inspection.id },
        fetchPolicy: 'network-only',
      });
      if (data) setVersion(data.inspection.version);
    });

  const submit = async (values: FindingsValues) => {
    clearError();
    try {
      const { data } = await record({
        variables: {
          input: {
            id: inspection.id,
            version,
            taskPlanId: values.taskPlanId ?? '',
            conductedOn: values.conductedOn?.format(LOCAL_DATE_FORMAT),
            findings: values.findings.map((finding) => ({
              text: finding.text.trim(),
              severity: finding.severity,
              deadline: finding.deadline?.format(LOCAL_DATE_FORMAT) ?? '',
            })),
          },
        },
      });
      if (!data) return;
      void message.success(t('inspection.findings.recorded', { count: values.findings.length }));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={t('inspection.findings.recordTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'inspection-findings-submit' }}
    >
      <Form<FindingsValues>
        form={form}
        layout="vertical"
        initialValues={{ conductedOn: dayjs(), taskPlanId: null, findings: [emptyFinding()] }}
        onFinish={(values) => void submit(values)}
        disabled={busy}
        data-testid="inspection-findings-form"
      >
        <FormErrorAlert state={formError} onReload={reload} reloading={reloading} />
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="conductedOn" label={t('inspection.fields.conductedOn')}>
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="taskPlanId"
              label={t('inspection.findings.taskPlan', { year })}
              tooltip={t('inspection.findings.taskPlanHint')}
              rules={[{ required: true, message: t('inspection.validation.plan') }]}
            >
              <Select<string>
                data-testid="inspection-findings-plan"
                loading={plans.loading}
                notFoundContent={t('inspection.coverageRecord.noPlan', { year })}
                options={(plans.data?.plans.edges ?? []).map(({ node }) => ({
                  value: node.id,
                  label: node.title,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.List
          name="findings"
          rules={[
            {
              validator: (_rule, value: FindingValues[] | undefined) =>
                value && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('inspection.validation.findings'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top" data-testid={`inspection-finding-row-${index}`}>
                  <Col xs={24} md={11}>
                    <Form.Item
                      name={[field.name, 'text']}
                      label={t('inspection.findings.textN', { n: index + 1 })}
                      rules={[
                        { required: true, whitespace: true, message: t('inspection.validation.required') },
                      ]}
                    >
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={2000}
                        data-testid={`inspection-finding-text-${index}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[field.name, 'severity']} label={t('inspection.findings.severity')}>
                      <Select<InspectionFindingSeverity>
                        data-testid={`inspection-finding-severity-${index}`}
                        options={Object.values(InspectionFindingSeverity).map((value) => ({
                          value,
                          label: t(`inspection.severity.${value}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={10} md={6}>
                    <Form.Item
                      name={[field.name, 'deadline']}
                      label={t('inspection.findings.deadline')}
                      rules={[{ required: true, message: t('inspection.validation.deadline') }]}
                    >
                      <DatePicker
                        format={DATE_FORMAT}
                        style={{ width: '100%' }}
                        data-testid={`inspection-finding-deadline-${index}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={2} style={{ paddingTop: 30 }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('inspection.findings.remove')}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="inspection-finding-add"
                onClick={() => add(emptyFinding())}
              >
                {t('inspection.findings.add')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
