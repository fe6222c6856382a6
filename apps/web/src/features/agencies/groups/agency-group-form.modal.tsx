import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { AgencyGroupsQuery } from '../../../gql/graphql';
import { AgencyPicker } from '../agency-picker.component';
import { cleanAliases } from '../forms/agency-enum-options';
import {
  AgencyGroupDocument,
  CreateAgencyGroupDocument,
  UpdateAgencyGroupDocument,
} from '../graphql/agency-group.operations';

export type AgencyGroupRow = AgencyGroupsQuery['agencyGroups']['edges'][number]['node'];

interface GroupFormValues {
  code: string;
  name: string;
  aliases?: string[];
  memberIds: string[];
}

const FIELDS = ['code', 'name', 'aliases', 'memberIds'] as const;

function toFormValues(group: AgencyGroupRow | null): Partial<GroupFormValues> {
  if (!group) return { aliases: [], memberIds: [] };
  return { code: group.code, name: group.name, aliases: group.aliases, memberIds: group.memberIds };
}

export function AgencyGroupFormModal({
  group,
  onClose,
}: {
  group: AgencyGroupRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<GroupFormValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  // Pinned at open time so an edit based on an old version is reported as a conflict, not applied.
  const [version, setVersion] = useState(group?.version ?? 0);
  const [createGroup, createState] = useMutation(CreateAgencyGroupDocument, {
    refetchQueries: ['AgencyGroups'],
  });
  const [updateGroup, updateState] = useMutation(UpdateAgencyGroupDocument, {
    refetchQueries: ['AgencyGroups'],
  });

  const reload = async () => {
    if (!group) return;
    await reloadWith(async () => {
      const { data } = await client.query({
        query: AgencyGroupDocument,
        variables: { id: group.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      form.setFieldsValue(toFormValues(data.agencyGroup));
      setVersion(data.agencyGroup.version);
    });
  };

  const submit = async (values: GroupFormValues) => {
    clearError();
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      aliases: cleanAliases(values.aliases),
      memberIds: values.memberIds,
    };
    try {
      if (group) await updateGroup({ variables: { input: { id: group.id, version, ...input } } });
      else await createGroup({ variables: { input } });
      void message.success(group ? t('agencyGroup.form.updated') : t('agencyGroup.form.created'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  const saving = createState.loading || updateState.loading;
  return (
    <Modal
      open
      title={group ? t('agencyGroup.form.editTitle') : t('agencyGroup.form.createTitle')}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<GroupFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(group)}
        onFinish={(v) => void submit(v)}
        disabled={saving || reloading}
      >
        <FormErrorAlert
          state={formError}
          onReload={group ? () => void reload() : undefined}
          reloading={reloading}
        />
        <Flex gap={12}>
          <Form.Item
            name="code"
            label={t('agencyGroup.fields.code')}
            style={{ flex: 1 }}
            rules={[{ required: true, whitespace: true, message: t('agencyGroup.validation.codeRequired') }]}
          >
            <Input data-testid="group-form-code" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('agencyGroup.fields.name')}
            style={{ flex: 2 }}
            rules={[{ required: true, whitespace: true, message: t('agencyGroup.validation.nameRequired') }]}
          >
            <Input data-testid="group-form-name" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="aliases"
          label={t('agencyGroup.fields.aliases')}
          extra={t('agency.form.aliasesHelp')}
        >
          <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item
          name="memberIds"
          label={t('agencyGroup.fields.members')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('agencyGroup.validation.membersRequired') },
          ]}
        >
          <AgencyPicker multiple data-testid="group-form-members" />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="group-form-submit" type="primary" htmlType="submit" loading={saving}>
            {group ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
