import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorUnit,
} from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { IndicatorDetailQuery } from '../../../gql/graphql';
import {
  CreateIndicatorDocument,
  IndicatorDetailDocument,
  UpdateIndicatorDocument,
} from '../graphql/indicator.operations';
import { invalidateIndicators } from '../indicator-cache';
import { REPORTING_LEVELS } from '../indicator-url.util';
import { IndicatorFormFields } from './indicator-form-fields.component';

interface Values {
  code: string;
  nameVi: string;
  nameEn?: string;
  description?: string;
  areaCode?: string | null;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  frequency: IndicatorFrequency;
  reportingLevels: AgencyLevel[];
  cumulative: boolean;
  target?: number | null;
  linkedItemIds: string[];
}

const FIELDS = [
  'code',
  'nameVi',
  'nameEn',
  'description',
  'areaCode',
  'unit',
  'direction',
  'aggregation',
  'frequency',
  'reportingLevels',
  'cumulative',
  'target',
  'linkedItemIds',
] as const;

type Detail = IndicatorDetailQuery['indicator'];

/** Defaults of a new indicator: the plan's most common kind, a share of dossiers reported by everyone. */
const NEW_VALUES: Values = {
  code: '',
  nameVi: '',
  unit: IndicatorUnit.PERCENT,
  direction: IndicatorDirection.AT_LEAST,
  aggregation: IndicatorAggregation.RATIO,
  frequency: IndicatorFrequency.QUARTER,
  reportingLevels: [...REPORTING_LEVELS],
  cumulative: false,
  target: null,
  linkedItemIds: [],
};

function valuesOf(indicator: Detail): Values {
  return {
    code: indicator.code,
    nameVi: indicator.nameVi,
    nameEn: indicator.nameEn ?? undefined,
    description: indicator.description ?? undefined,
    areaCode: indicator.areaCode,
    unit: indicator.unit,
    direction: indicator.direction,
    aggregation: indicator.aggregation,
    frequency: indicator.frequency,
    reportingLevels: indicator.reportingLevels,
    cumulative: indicator.cumulative,
    target: indicator.target,
    linkedItemIds: indicator.linkedItems.map((item) => item.id),
  };
}

const optional = (text: string | undefined) => text?.trim() || null;

/** Creates an indicator (in DRAFT) or edits one; the edit pins the version it was filled with. */
export function IndicatorFormModal({
  planId,
  indicator,
  onClose,
}: {
  planId: string;
  indicator: { id: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState<number | null>(null);
  const detail = useQuery(IndicatorDetailDocument, {
    variables: { id: indicator?.id ?? '' },
    skip: !indicator,
    fetchPolicy: 'network-only',
  });
  const [create, createState] = useMutation(CreateIndicatorDocument, { update: invalidateIndicators });
  const [update, updateState] = useMutation(UpdateIndicatorDocument, { update: invalidateIndicators });
  const loaded = detail.data?.indicator;

  useEffect(() => {
    // Filled once per load, so the version on screen is the one sent back.
    if (!loaded) return;
    form.setFieldsValue(valuesOf(loaded));
    setVersion(loaded.version);
  }, [loaded, form]);

  const reload = async () => {
    await reloadWith(async () => {
      await detail.refetch();
    });
  };

  const submit = async (values: Values) => {
    clearError();
    const fields = {
      nameVi: values.nameVi.trim(),
      nameEn: optional(values.nameEn),
      description: optional(values.description),
      areaCode: values.areaCode ?? null,
      unit: values.unit,
      direction: values.direction,
      aggregation: values.aggregation,
      frequency: values.frequency,
      reportingLevels: values.reportingLevels,
      cumulative: values.cumulative,
      target: values.target ?? null,
      linkedItemIds: values.linkedItemIds,
    };
    try {
      if (indicator && version !== null) {
        await update({ variables: { input: { id: indicator.id, version, ...fields } } });
      } else {
        await create({ variables: { input: { planId, code: values.code.trim(), ...fields } } });
      }
      void message.success(t(indicator ? 'indicator.form.updated' : 'indicator.form.created'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  const saving = createState.loading || updateState.loading;

  return (
    <Modal
      open
      title={indicator ? t('indicator.form.editTitle') : t('indicator.form.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving || reloading}
      width={760}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'indicator-form-submit', disabled: Boolean(indicator) && !loaded }}
    >
      {indicator && !loaded ? (
        // Editing starts from the stored definition and its version; without them there is nothing to edit.
        detail.error ? (
          <ApiErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <Skeleton active />
        )
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={loaded ? valuesOf(loaded) : NEW_VALUES}
          onFinish={(v) => void submit(v)}
          disabled={saving || reloading}
        >
          <FormErrorAlert
            state={formError}
            onReload={indicator ? () => void reload() : undefined}
            reloading={reloading}
          />
          <IndicatorFormFields planId={planId} editing={Boolean(indicator)} />
        </Form>
      )}
    </Modal>
  );
}
