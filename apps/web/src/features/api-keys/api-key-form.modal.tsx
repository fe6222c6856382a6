import { useMutation } from '@apollo/client/react';
import { Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Role } from '@partrack/shared';
import { DATE_FORMAT } from '../../app/format/formatters';
import { agencyRequiredUnlessAdmin } from '../../app/ui/agency-required-rule';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import { AgencyPicker } from '../agencies/agency-picker.component';
import { roleOptions } from '../users/role-options';
import { CreateApiKeyDocument } from './graphql/api-key.operations';

interface ApiKeyFormValues {
  name: string;
  role: Role;
  agencyId?: string | null;
  expiresAt?: Dayjs | null;
}

const FIELDS = ['name', 'role', 'agencyId', 'expiresAt'] as const;

interface ApiKeyFormModalProps {
  onClose: () => void;
  onCreated: (created: { name: string; secret: string }) => void;
}

export function ApiKeyFormModal({ onClose, onCreated }: ApiKeyFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApiKeyFormValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [createApiKey, { loading }] = useMutation(CreateApiKeyDocument, { refetchQueries: ['ApiKeys'] });

  const submit = async (values: ApiKeyFormValues) => {
    clearError();
    try {
      const { data } = await createApiKey({
        variables: {
          input: {
            name: values.name.trim(),
            role: values.role,
            agencyId: values.agencyId ?? null,
            // A key picked "until 31/12" should still work on 31/12.
            expiresAt: values.expiresAt ? values.expiresAt.endOf('day').toISOString() : null,
          },
        },
      });
      if (data) onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('apiKey.form.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<ApiKeyFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        disabled={loading}
        initialValues={{ agencyId: null }}
      >
        <FormErrorAlert state={formError} />
        <Form.Item
          name="name"
          label={t('apiKey.fields.name')}
          extra={t('apiKey.form.nameHelp')}
          rules={[{ required: true, whitespace: true, message: t('apiKey.validation.nameRequired') }]}
        >
          <Input data-testid="api-key-form-name" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('apiKey.fields.role')}
          rules={[{ required: true, message: t('user.validation.roleRequired') }]}
        >
          <Select data-testid="api-key-form-role" options={roleOptions(t)} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t('apiKey.fields.agency')}
          dependencies={['role']}
          rules={[agencyRequiredUnlessAdmin(t)]}
        >
          <AgencyPicker data-testid="api-key-form-agency" />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('apiKey.fields.expiresAt')} extra={t('apiKey.form.expiresHelp')}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            disabledDate={(date) => date.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="api-key-form-submit" type="primary" htmlType="submit" loading={loading}>
            {t('common.create')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
