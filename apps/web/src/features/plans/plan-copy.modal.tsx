import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import type { PlanRowFieldsFragment } from '../../gql/graphql';
import { CopyPlanToYearDocument } from './graphql/plan.operations';
import { invalidatePlanQueries } from './plan-cache';

interface Values {
  year: number;
  code?: string;
}

const FIELDS = ['year', 'code'] as const;

/** The API's default code: the plan's code with its year replaced (KH-CCHC-2022 → KH-CCHC-2023). */
export function defaultCopyCode(plan: { code: string; year: number }, year: number): string {
  const replaced = plan.code.replaceAll(String(plan.year), String(year));
  return replaced === plan.code ? `${plan.code}-${year}` : replaced;
}

interface PlanCopyModalProps {
  plan: PlanRowFieldsFragment;
  onClose: () => void;
  onCopied: (planId: string) => void;
}

export function PlanCopyModal({ plan, onClose, onCopied }: PlanCopyModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form) ?? plan.year + 1;
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [copy, { loading }] = useMutation(CopyPlanToYearDocument, { update: invalidatePlanQueries });

  const submit = async (values: Values) => {
    clearError();
    try {
      const { data } = await copy({
        variables: { planId: plan.id, year: values.year, code: values.code?.trim() || null },
      });
      if (data) onCopied(data.copyPlanToYear.id);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('plan.copy.title', { code: plan.code })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          data-testid="plan-copy-submit"
          loading={loading}
          onClick={() => form.submit()}
        >
          {t('plan.copy.submit')}
        </Button>,
      ]}
    >
      <FormErrorAlert state={formError} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: plan.year + 1 }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="year"
          label={t('plan.fields.year')}
          rules={[
            { required: true, message: t('plan.validation.year') },
            { type: 'integer', min: 2000, max: 2100, message: t('plan.validation.year') },
            {
              validator: (_rule, value: number | undefined) =>
                value === plan.year
                  ? Promise.reject(new Error(t('plan.validation.sameYear')))
                  : Promise.resolve(),
            },
          ]}
        >
          <InputNumber
            data-testid="plan-copy-year"
            min={2000}
            max={2100}
            precision={0}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="code" label={t('plan.fields.code')} extra={t('plan.copy.codeHint')}>
          <Input data-testid="plan-copy-code" maxLength={64} placeholder={defaultCopyCode(plan, year)} />
        </Form.Item>
      </Form>
      <p style={{ color: 'rgba(0,0,0,0.55)' }}>{t('plan.copy.explain')}</p>
    </Modal>
  );
}
