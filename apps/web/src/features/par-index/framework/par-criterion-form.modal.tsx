import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Checkbox, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCriterionLevel, ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import {
  CreateParCriterionDocument,
  ParFrameworkDocument,
  UpdateParCriterionDocument,
} from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { ParPointsInput, pointsRules } from '../par-points-input.component';
import { childLevelOf, type ParCriterionItem, type ParCriterionRow } from './par-criteria-tree.util';
import { ParDataRuleEditor } from './par-data-rule-editor.component';
import {
  dataRuleProblems,
  dataRuleValueOf,
  toDataRuleInput,
  type DataRuleProblem,
  type DataRuleValue,
} from './par-data-rule.util';
import { ParScaleEditor, type ScaleOptionValue } from './par-scale-editor.component';

/** Adding an item (an area when there is no parent) or editing one, with whether it has children. */
export type CriterionTarget =
  { kind: 'create'; parent: ParCriterionItem | null } | { kind: 'edit'; row: ParCriterionRow };

interface Values {
  code: string;
  title: string;
  maxPoints: number | null;
  method?: ParScoringMethod | null;
  scale?: ScaleOptionValue[];
  guidance?: string;
  evidenceRequired: boolean;
  /** DATA items only; null when the council scores it. */
  dataRule?: DataRuleValue | null;
}

const FIELDS = [
  'code',
  'title',
  'maxPoints',
  'method',
  'scale',
  'guidance',
  'evidenceRequired',
  'dataRule',
] as const;
const EMPTY: Values = {
  code: '',
  title: '',
  maxPoints: null,
  method: null,
  scale: [],
  evidenceRequired: false,
  dataRule: null,
};

function valuesOf(criterion: ParCriterionItem): Values {
  return {
    code: criterion.code,
    title: criterion.title,
    maxPoints: criterion.maxPoints,
    method: criterion.method,
    scale: (criterion.scale ?? []).map((o) => ({ label: o.label, points: o.points })),
    guidance: criterion.guidance ?? '',
    evidenceRequired: criterion.evidenceRequired,
    dataRule: dataRuleValueOf(criterion.dataRule),
  };
}

export function ParCriterionFormModal({
  frameworkId,
  target,
  onClose,
}: {
  frameworkId: string;
  target: CriterionTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { number } = useFormatters();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const editing = target.kind === 'edit' ? target.row.criterion : null;
  const parent = target.kind === 'create' ? target.parent : null;
  const level = editing?.level ?? (parent ? childLevelOf(parent.level) : ParCriterionLevel.AREA);
  const hasChildren = target.kind === 'edit' && Boolean(target.row.children);
  // Pinned when the form opens: an edit based on an old version is reported as a conflict, not applied.
  const [version, setVersion] = useState(editing?.version ?? 0);
  const method = Form.useWatch('method', form);
  const maxPoints = Form.useWatch('maxPoints', form) ?? null;
  const problemText = (problem: DataRuleProblem, max: number | null) =>
    'index' in problem
      ? t(`parIndex.dataRule.problem.${problem.kind}`, { n: problem.index + 1, max: number(max ?? 0) })
      : t(`parIndex.dataRule.problem.${problem.kind}`);
  const refetch = {
    refetchQueries: [{ query: ParFrameworkDocument, variables: { id: frameworkId } }],
    awaitRefetchQueries: true,
    update: invalidateParFrameworkLists,
  };
  const [create, createState] = useMutation(CreateParCriterionDocument, refetch);
  const [update, updateState] = useMutation(UpdateParCriterionDocument, refetch);

  const reload = async () => {
    if (!editing) return;
    await reloadWith(async () => {
      const { data } = await client.query({
        query: ParFrameworkDocument,
        variables: { id: frameworkId },
        fetchPolicy: 'network-only',
      });
      const fresh = data?.parFramework.criteria.find((c) => c.id === editing.id);
      if (!fresh) return;
      form.setFieldsValue(valuesOf(fresh));
      setVersion(fresh.version);
    });
  };

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    // A scale needs two choices at least, one worth the maximum: offer both rows when MANUAL is chosen.
    if (changed.method === ParScoringMethod.MANUAL && (all.scale ?? []).length === 0)
      form.setFieldsValue({
        scale: [
          { label: '', points: all.maxPoints },
          { label: '', points: 0 },
        ],
      });
  };

  const submit = async (values: Values) => {
    clearError();
    const chosen = hasChildren ? null : (values.method ?? null);
    const fields = {
      code: values.code.trim(),
      title: values.title.trim(),
      maxPoints: values.maxPoints ?? 0,
      method: chosen,
      scale:
        chosen === ParScoringMethod.MANUAL
          ? (values.scale ?? []).map((o) => ({ label: o.label.trim(), points: o.points ?? 0 }))
          : null,
      guidance: values.guidance?.trim() || null,
      evidenceRequired: values.evidenceRequired,
      // Sent every time, null included: a rule left on an item whose method changed would be refused.
      dataRule: chosen === ParScoringMethod.DATA && values.dataRule ? toDataRuleInput(values.dataRule) : null,
    };
    try {
      if (editing) await update({ variables: { input: { id: editing.id, version, ...fields } } });
      else await create({ variables: { input: { frameworkId, parentId: parent?.id ?? null, ...fields } } });
      void message.success(
        t(editing ? 'parIndex.criterionForm.updated' : 'parIndex.criterionForm.created', {
          code: fields.code,
        }),
      );
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  const saving = createState.loading || updateState.loading;
  const title = editing
    ? t('parIndex.criterionForm.editTitle', { code: editing.code })
    : t(`parIndex.criteria.add.${level ?? ParCriterionLevel.AREA}`);
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving || reloading}
      width={720}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-criterion-submit' }}
    >
      {parent && (
        <Typography.Paragraph type="secondary" data-testid="par-criterion-parent">
          {t('parIndex.criterionForm.under', { code: parent.code, title: parent.title })}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={editing ? valuesOf(editing) : EMPTY}
        onValuesChange={onValuesChange}
        onFinish={(v) => void submit(v)}
        disabled={saving || reloading}
      >
        <FormErrorAlert
          state={formError}
          onReload={editing ? () => void reload() : undefined}
          reloading={reloading}
        />
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item
              name="code"
              label={t('parIndex.fields.code')}
              rules={[{ required: true, whitespace: true, message: t('parIndex.validation.code') }]}
            >
              <Input
                data-testid="par-criterion-code"
                maxLength={20}
                placeholder={parent ? `${parent.code}.1` : '1'}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="maxPoints" label={t('parIndex.fields.maxPoints')} rules={pointsRules(t)}>
              <ParPointsInput data-testid="par-criterion-max" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="method"
              label={t('parIndex.fields.method')}
              extra={
                hasChildren
                  ? t('parIndex.criterionForm.methodParent')
                  : t('parIndex.criterionForm.methodHint')
              }
              rules={
                level === ParCriterionLevel.SUB_CRITERION
                  ? [{ required: true, message: t('parIndex.validation.method') }]
                  : []
              }
            >
              <Select<ParScoringMethod>
                data-testid="par-criterion-method"
                allowClear
                disabled={hasChildren}
                placeholder={hasChildren ? t('parIndex.sumOfChildren') : undefined}
                options={Object.values(ParScoringMethod).map((m) => ({
                  value: m,
                  label: t(`parIndex.method.${m}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="title"
          label={t('parIndex.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.validation.title') }]}
        >
          <Input.TextArea data-testid="par-criterion-title" rows={2} maxLength={2000} />
        </Form.Item>
        {!hasChildren && method === ParScoringMethod.MANUAL && <ParScaleEditor />}
        {!hasChildren && method === ParScoringMethod.DATA && (
          <Form.Item
            name="dataRule"
            label={t('parIndex.dataRule.title')}
            dependencies={['maxPoints']}
            rules={[
              {
                validator: (_rule, value: DataRuleValue | null | undefined) => {
                  // Read now, not from the render: the maximum may have changed in the same submit.
                  const max = (form.getFieldValue('maxPoints') as number | null | undefined) ?? null;
                  const [first] = value ? dataRuleProblems(value, max) : [];
                  return first ? Promise.reject(new Error(problemText(first, max))) : Promise.resolve();
                },
              },
            ]}
          >
            <ParDataRuleEditor maxPoints={maxPoints} />
          </Form.Item>
        )}
        <Form.Item name="guidance" label={t('parIndex.fields.guidance')}>
          <Input.TextArea
            data-testid="par-criterion-guidance"
            rows={3}
            maxLength={4000}
            placeholder={t('parIndex.criterionForm.guidancePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="evidenceRequired" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="par-criterion-evidence">{t('parIndex.evidenceRequired')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
