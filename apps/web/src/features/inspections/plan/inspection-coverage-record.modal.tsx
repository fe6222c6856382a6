import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { InspectionPlanFieldsFragment } from '../../../gql/graphql';
import { PlanOptionsDocument } from '../../plans/graphql/plan.operations';
import {
  PlanIndicatorOptionsDocument,
  RecordInspectionCoverageDocument,
} from '../graphql/inspections.operations';

interface CoverageValues {
  reformPlanId: string | null;
  indicatorId: string | null;
}

const FIELDS = ['indicatorId'] as const;

/**
 * Writes the plan's total coverage as the province's DRAFT figure of the year's indicator drafted from result
 * 1.14: the coordinator picks the reform plan of the year, then its indicator.
 */
export function InspectionCoverageRecordModal({
  plan,
  onClose,
}: {
  plan: InspectionPlanFieldsFragment;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CoverageValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const reformPlanId = Form.useWatch('reformPlanId', form) ?? null;
  const plans = useQuery(PlanOptionsDocument, { variables: { filter: { year: plan.year } } });
  const indicators = useQuery(PlanIndicatorOptionsDocument, {
    variables: { planId: reformPlanId ?? '' },
    skip: !reformPlanId,
  });
  const [record, { loading }] = useMutation(RecordInspectionCoverageDocument);

  const submit = async (values: CoverageValues) => {
    clearError();
    if (!values.indicatorId) return;
    try {
      const { data } = await record({
        variables: { input: { planId: plan.id, indicatorId: values.indicatorId } },
      });
      if (!data) return;
      void message.success(t('inspection.coverageRecord.done'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('inspection.coverageRecord.title')}
      okText={t('inspection.coverageRecord.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'inspection-coverage-record-submit' }}
    >
      <Form<CoverageValues>
        form={form}
        layout="vertical"
        initialValues={{ reformPlanId: null, indicatorId: null }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
        data-testid="inspection-coverage-record-form"
      >
        <FormErrorAlert state={formError} />
        <Typography.Paragraph type="secondary">{t('inspection.coverageRecord.hint')}</Typography.Paragraph>
        <Form.Item
          name="reformPlanId"
          label={t('inspection.coverageRecord.plan', { year: plan.year })}
          rules={[{ required: true, message: t('inspection.validation.plan') }]}
        >
          <Select<string>
            data-testid="inspection-coverage-record-plan"
            loading={plans.loading}
            onChange={() => form.setFieldValue('indicatorId', null)}
            notFoundContent={t('inspection.coverageRecord.noPlan', { year: plan.year })}
            options={(plans.data?.plans.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: node.title,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="indicatorId"
          label={t('inspection.coverageRecord.indicator')}
          rules={[{ required: true, message: t('inspection.validation.indicator') }]}
        >
          <Select<string>
            data-testid="inspection-coverage-record-indicator"
            disabled={!reformPlanId}
            loading={indicators.loading}
            showSearch
            optionFilterProp="label"
            notFoundContent={t('inspection.coverageRecord.noIndicator')}
            options={(indicators.data?.indicators.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.code} · ${i18n.language === 'en' && node.nameEn ? node.nameEn : node.nameVi}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
