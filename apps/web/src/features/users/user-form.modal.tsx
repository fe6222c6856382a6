import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@partrack/shared';
import { agencyRequiredUnlessAdmin } from '../../app/ui/agency-required-rule';
import { passwordHint, passwordRules } from '../../app/ui/password-rules';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import { AgencyPicker } from '../agencies/agency-picker.component';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { CreateUserDocument, UpdateUserDocument, UserDocument } from './graphql/user.operations';
import { roleOptions } from './role-options';

interface UserFormValues {
  email: string;
  fullName: string;
  role: Role;
  agencyId?: string | null;
  password?: string;
}

const FIELDS = ['email', 'fullName', 'role', 'agencyId', 'password'] as const;

function toFormValues(user: UserRowFieldsFragment | null): Partial<UserFormValues> {
  if (!user) return { agencyId: null };
  return { email: user.email, fullName: user.fullName, role: user.role, agencyId: user.agencyId };
}

export function UserFormModal({
  user,
  onClose,
}: {
  user: UserRowFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<UserFormValues>();
  const password = Form.useWatch('password', form);
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  // Pinned at open time: editing an old copy must surface as CONFLICT rather than overwrite.
  const [version, setVersion] = useState(user?.version ?? 0);
  const [createUser, createState] = useMutation(CreateUserDocument, { refetchQueries: ['Users'] });
  const [updateUser, updateState] = useMutation(UpdateUserDocument);

  const reload = async () => {
    if (!user) return;
    await reloadWith(async () => {
      const { data } = await client.query({
        query: UserDocument,
        variables: { id: user.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      form.setFieldsValue(toFormValues(data.user));
      setVersion(data.user.version);
    });
  };

  const submit = async (values: UserFormValues) => {
    clearError();
    const common = {
      email: values.email.trim(),
      fullName: values.fullName.trim(),
      role: values.role,
      agencyId: values.agencyId ?? null,
    };
    try {
      if (user) {
        await updateUser({ variables: { input: { id: user.id, version, ...common } } });
        void message.success(t('user.form.updated', { name: common.fullName }));
      } else {
        await createUser({ variables: { input: { ...common, password: values.password ?? '' } } });
        void message.success(t('user.form.created', { name: common.fullName }));
      }
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  const saving = createState.loading || updateState.loading;
  return (
    <Modal
      open
      title={user ? t('user.form.editTitle') : t('user.form.createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(user)}
        onFinish={(v) => void submit(v)}
        disabled={saving || reloading}
      >
        <FormErrorAlert
          state={formError}
          onReload={user ? () => void reload() : undefined}
          reloading={reloading}
        />
        <Form.Item
          name="email"
          label={t('user.fields.email')}
          rules={[
            { required: true, whitespace: true, message: t('auth.validation.emailRequired') },
            { type: 'email', message: t('auth.validation.emailInvalid') },
          ]}
        >
          <Input data-testid="user-form-email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('user.fields.fullName')}
          rules={[{ required: true, whitespace: true, message: t('user.validation.fullNameRequired') }]}
        >
          <Input data-testid="user-form-full-name" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="role"
            label={t('user.fields.role')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('user.validation.roleRequired') }]}
          >
            <Select data-testid="user-form-role" options={roleOptions(t)} />
          </Form.Item>
          <Form.Item
            name="agencyId"
            label={t('user.fields.agency')}
            style={{ flex: 2 }}
            extra={t('user.form.agencyHelp')}
            dependencies={['role']}
            rules={[agencyRequiredUnlessAdmin(t)]}
          >
            <AgencyPicker data-testid="user-form-agency" />
          </Form.Item>
        </Flex>
        {!user && (
          <Form.Item
            name="password"
            label={t('user.fields.initialPassword')}
            rules={passwordRules(t)}
            extra={passwordHint(t, password)}
          >
            <Input.Password data-testid="user-form-password" autoComplete="new-password" />
          </Form.Item>
        )}
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="user-form-submit" type="primary" htmlType="submit" loading={saving}>
            {user ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
