import { useMutation } from '@apollo/client/react';
import { App, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { ProposeInspectionsDocument } from '../graphql/inspections.operations';
import { invalidateInspectionPlans } from '../inspection-cache';
import { InspectionTargetFields } from '../inspection-targets.component';

interface ProposeValues {
  year: number;
  coverageProvince: number;
  coverageDistrict: number;
  coverageCommune: number;
}

const FIELDS = ['year', 'coverageProvince', 'coverageDistrict', 'coverageCommune'] as const;

/** "Đề xuất kế hoạch": the API samples the agencies of the year per level and answers the DRAFT plan. */
export function InspectionProposeModal({
  year,
  onClose,
  onProposed,
}: {
  year: number;
  onClose: () => void;
  onProposed: (planId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposeValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [propose, { loading }] = useMutation(ProposeInspectionsDocument, {
    update: invalidateInspectionPlans,
  });

  const submit = async (values: ProposeValues) => {
    clearError();
    try {
      const { data } = await propose({ variables: { input: values } });
      if (!data) return;
      void message.success(t('inspection.propose.done', { year: data.proposeInspections.year }));
      onProposed(data.proposeInspections.id);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('inspection.propose.title')}
      okText={t('inspection.propose.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'inspection-propose-submit' }}
    >
      <Form<ProposeValues>
        form={form}
        layout="vertical"
        initialValues={{ year, coverageProvince: 30, coverageDistrict: 30, coverageCommune: 30 }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
        data-testid="inspection-propose-form"
      >
        <FormErrorAlert state={formError} />
        <Typography.Paragraph type="secondary">{t('inspection.propose.hint')}</Typography.Paragraph>
        <Form.Item
          name="year"
          label={t('inspection.fields.year')}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 2000,
              max: 2100,
              message: t('inspection.validation.year'),
            },
          ]}
        >
          <InputNumber data-testid="inspection-propose-year" precision={0} style={{ width: 160 }} />
        </Form.Item>
        <InspectionTargetFields testIdPrefix="inspection-propose" />
      </Form>
    </Modal>
  );
}
