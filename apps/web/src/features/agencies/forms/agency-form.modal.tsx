import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AgencyKind, AgencyLevel } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { AgencyPicker } from '../agency-picker.component';
import { CreateAgencyDocument, UpdateAgencyDocument } from '../graphql/agency-mutation.operations';
import { AgencyDetailDocument } from '../graphql/agency-tree.operations';
import { agencyKindOptions, agencyLevelOptions, cleanAliases, emptyToNull } from './agency-enum-options';
import { invalidateAgencyQueries } from '../agency-cache';

interface AgencyFormValues {
  code: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  kind: AgencyKind;
  level: AgencyLevel;
  parentId?: string | null;
  validFrom?: Dayjs | null;
  /** Edit only: the first day the new name, short name, kind and level hold. */
  effectiveDate?: Dayjs | null;
  /** Edit only: fix today's facts in place instead of starting a dated change. */
  correction?: boolean;
}

interface EditableAgency {
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  level: AgencyLevel;
  version: number;
}

function toFormValues(agency: EditableAgency): Partial<AgencyFormValues> {
  const { code, name, shortName, aliases, kind, level } = agency;
  return { code, name, shortName: shortName ?? undefined, aliases, kind, level };
}

const FIELDS = [
  'code',
  'name',
  'shortName',
  'aliases',
  'kind',
  'level',
  'parentId',
  'validFrom',
  'effectiveDate',
  'correction',
] as const;

type AgencyFormModalProps = { onClose: () => void; onSaved: (id: string) => void } & (
  { mode: 'create'; defaultParentId?: string | null } | { mode: 'edit'; agencyId: string }
);

export function AgencyFormModal(props: AgencyFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyFormValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const editId = props.mode === 'edit' ? props.agencyId : null;
  const detail = useQuery(AgencyDetailDocument, { variables: { id: editId ?? '' }, skip: editId === null });
  const agency = detail.data?.agency;
  const [createAgency, createState] = useMutation(CreateAgencyDocument, { update: invalidateAgencyQueries });
  const [updateAgency, updateState] = useMutation(UpdateAgencyDocument, { update: invalidateAgencyQueries });
  const correction = Form.useWatch('correction', form) ?? false;

  const initialValues = useMemo<Partial<AgencyFormValues>>(
    () =>
      props.mode === 'create'
        ? { parentId: props.defaultParentId ?? null, validFrom: dayjs(), aliases: [] }
        : { effectiveDate: dayjs(), correction: false },
    // The create defaults are read once when the modal opens, like any form's initial values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  // The version the user is editing is pinned when the form is filled, not read live from the cache: a
  // background refetch must not silently turn a stale edit into an overwrite of someone else's change.
  const [editedVersion, setEditedVersion] = useState<number | null>(null);
  const fill = (source: EditableAgency) => {
    form.setFieldsValue(toFormValues(source));
    setEditedVersion(source.version);
  };

  useEffect(() => {
    if (agency && editedVersion === null) fill(agency);
    // Fill once, when the record first arrives; later cache updates must not clobber the user's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agency]);

  const reload = async () => {
    await reloadWith(async () => {
      const { data } = await detail.refetch();
      if (data?.agency) fill(data.agency);
    });
  };

  const submit = async (values: AgencyFormValues) => {
    clearError();
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      shortName: emptyToNull(values.shortName),
      aliases: cleanAliases(values.aliases),
      kind: values.kind,
      level: values.level,
    };
    try {
      if (props.mode === 'create') {
        const { data } = await createAgency({
          variables: {
            input: {
              ...common,
              parentId: values.parentId ?? null,
              validFrom: values.validFrom ? values.validFrom.format(LOCAL_DATE_FORMAT) : null,
            },
          },
        });
        if (!data) return;
        void message.success(t('agency.form.created', { name: data.createAgency.name }));
        props.onSaved(data.createAgency.id);
      } else if (agency && editedVersion !== null) {
        // A correction rewrites today's facts, so it has no date; otherwise the change starts on the chosen day.
        const dating = values.correction
          ? { correction: true }
          : { effectiveDate: (values.effectiveDate ?? dayjs()).format(LOCAL_DATE_FORMAT) };
        const { data } = await updateAgency({
          variables: { input: { id: agency.id, version: editedVersion, ...common, ...dating } },
        });
        if (!data) return;
        void message.success(t('agency.form.updated', { name: data.updateAgency.name }));
        props.onSaved(data.updateAgency.id);
      }
    } catch (error) {
      handleError(error);
    }
  };

  const saving = createState.loading || updateState.loading;
  const title = props.mode === 'create' ? t('agency.form.createTitle') : t('agency.form.editTitle');

  let body;
  if (props.mode === 'edit' && detail.loading && !agency) body = <Skeleton active />;
  else if (props.mode === 'edit' && detail.error && !agency)
    body = <ApiErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  else {
    body = (
      <Form<AgencyFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        disabled={saving || reloading}
      >
        <FormErrorAlert state={formError} onReload={() => void reload()} reloading={reloading} />
        <Flex gap={12}>
          <Form.Item
            name="code"
            label={t('agency.fields.code')}
            style={{ flex: 1 }}
            rules={[
              { required: true, whitespace: true, message: t('agency.validation.codeRequired') },
              { max: 50 },
            ]}
          >
            <Input data-testid="agency-form-code" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="shortName"
            label={t('agency.fields.shortName')}
            style={{ flex: 1 }}
            rules={[{ max: 100 }]}
          >
            <Input data-testid="agency-form-short-name" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="name"
          label={t('agency.fields.name')}
          rules={[
            { required: true, whitespace: true, message: t('agency.validation.nameRequired') },
            { max: 255 },
          ]}
        >
          <Input data-testid="agency-form-name" />
        </Form.Item>
        <Form.Item name="aliases" label={t('agency.fields.aliases')} extra={t('agency.form.aliasesHelp')}>
          <Select
            data-testid="agency-form-aliases"
            mode="tags"
            tokenSeparators={[';']}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="kind"
            label={t('agency.fields.kind')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('agency.validation.kindRequired') }]}
          >
            <Select data-testid="agency-form-kind" options={agencyKindOptions(t)} />
          </Form.Item>
          <Form.Item
            name="level"
            label={t('agency.fields.level')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('agency.validation.levelRequired') }]}
          >
            <Select data-testid="agency-form-level" options={agencyLevelOptions(t)} />
          </Form.Item>
        </Flex>
        {props.mode === 'edit' && (
          <>
            {!correction && (
              <Form.Item
                name="effectiveDate"
                label={t('agency.dated.effectiveDate')}
                extra={t('agency.dated.editHelp')}
                rules={[{ required: true, message: t('agency.validation.dateRequired') }]}
              >
                <DatePicker data-testid="agency-form-effective-date" format={DATE_FORMAT} />
              </Form.Item>
            )}
            <Form.Item name="correction" valuePropName="checked" extra={t('agency.dated.correctionHelp')}>
              <Checkbox data-testid="agency-form-correction">{t('agency.dated.correction')}</Checkbox>
            </Form.Item>
          </>
        )}
        {props.mode === 'create' && (
          <Flex gap={12}>
            <Form.Item
              name="parentId"
              label={t('agency.fields.parent')}
              style={{ flex: 2 }}
              extra={t('agency.form.parentHelp')}
            >
              <AgencyPicker data-testid="agency-form-parent" />
            </Form.Item>
            <Form.Item name="validFrom" label={t('agency.fields.validFrom')} style={{ flex: 1 }}>
              <DatePicker
                data-testid="agency-form-valid-from"
                format={DATE_FORMAT}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Flex>
        )}
        <Flex justify="flex-end" gap={8}>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button data-testid="agency-form-submit" type="primary" htmlType="submit" loading={saving}>
            {props.mode === 'create' ? t('common.create') : t('common.save')}
          </Button>
        </Flex>
      </Form>
    );
  }

  return (
    <Modal
      open
      title={title}
      onCancel={props.onClose}
      footer={null}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {body}
    </Modal>
  );
}
