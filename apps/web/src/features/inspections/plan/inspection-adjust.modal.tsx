import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionStatus, MAX_PAGE_SIZE } from '@partrack/shared';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { InspectionPlanFieldsFragment } from '../../../gql/graphql';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import {
  AdjustInspectionPlanDocument,
  InspectionPlanDocument,
  PlanInspectionsDocument,
} from '../graphql/inspections.operations';
import { invalidateInspections } from '../inspection-cache';
import { byMonth } from '../inspection.util';
import { InspectionTargetFields } from '../inspection-targets.component';

interface AdjustValues {
  addAgencyIds: string[];
  removeInspectionIds: string[];
  coverageProvince: number;
  coverageDistrict: number;
  coverageCommune: number;
}

const FIELDS = [
  'addAgencyIds',
  'removeInspectionIds',
  'coverageProvince',
  'coverageDistrict',
  'coverageCommune',
] as const;

const targetsOf = (plan: InspectionPlanFieldsFragment) => ({
  coverageProvince: plan.coverageProvince,
  coverageDistrict: plan.coverageDistrict,
  coverageCommune: plan.coverageCommune,
});

/**
 * Adjusting a DRAFT plan: agencies to add (the API scores them as it scored the sample), inspections still
 * PLANNED to drop, and the targets. The version is pinned when the dialog opens; CONFLICT reloads the plan.
 */
export function InspectionAdjustModal({
  plan,
  onClose,
}: {
  plan: InspectionPlanFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<AdjustValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(plan.version);
  const inspections = useQuery(PlanInspectionsDocument, {
    variables: { planId: plan.id, first: MAX_PAGE_SIZE, after: null },
  });
  const [adjust, { loading }] = useMutation(AdjustInspectionPlanDocument, { update: invalidateInspections });
  const busy = loading || reloading;
  const removable = [...(inspections.data?.inspections.edges.map((edge) => edge.node) ?? [])]
    .filter((row) => row.status === InspectionStatus.PLANNED)
    .sort(byMonth);

  const reload = () =>
    void reloadWith(async () => {
      const { data } = await client.query({
        query: InspectionPlanDocument,
        variables: { id: plan.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      form.setFieldsValue(targetsOf(data.inspectionPlan));
      setVersion(data.inspectionPlan.version);
    });

  const submit = async (values: AdjustValues) => {
    clearError();
    try {
      const { data } = await adjust({
        variables: {
          input: {
            id: plan.id,
            version,
            addAgencyIds: values.addAgencyIds,
            removeInspectionIds: values.removeInspectionIds,
            coverageProvince: values.coverageProvince,
            coverageDistrict: values.coverageDistrict,
            coverageCommune: values.coverageCommune,
          },
        },
      });
      if (!data) return;
      void message.success(t('inspection.adjust.done'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('inspection.adjust.title', { year: plan.year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'inspection-adjust-submit' }}
    >
      <Form<AdjustValues>
        form={form}
        layout="vertical"
        initialValues={{ addAgencyIds: [], removeInspectionIds: [], ...targetsOf(plan) }}
        onFinish={(values) => void submit(values)}
        disabled={busy}
        data-testid="inspection-adjust-form"
      >
        <FormErrorAlert state={formError} onReload={reload} reloading={reloading} />
        <Form.Item name="addAgencyIds" label={t('inspection.adjust.add')}>
          <AgencyPicker multiple id="inspection-adjust-add" data-testid="inspection-adjust-add" />
        </Form.Item>
        <Form.Item name="removeInspectionIds" label={t('inspection.adjust.remove')}>
          <Select<string[]>
            mode="multiple"
            data-testid="inspection-adjust-remove"
            loading={inspections.loading}
            optionFilterProp="label"
            options={removable.map((row) => ({
              value: row.id,
              label: row.agency?.name ?? t('inspection.unknownAgency'),
            }))}
          />
        </Form.Item>
        <InspectionTargetFields testIdPrefix="inspection-adjust" />
      </Form>
    </Modal>
  );
}
