import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Flex, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { DeactivateAgencyDocument } from '../graphql/agency-mutation.operations';
import { invalidateAgencyQueries } from '../agency-cache';

interface DeactivateValues {
  date: Dayjs;
}

const FIELDS = ['date'] as const;

interface AgencyDeactivateModalProps {
  agency: { id: string; name: string; validFrom: string; children: readonly { active: boolean }[] };
  onClose: () => void;
}

export function AgencyDeactivateModal({ agency, onClose }: AgencyDeactivateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeactivateValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [deactivate, { loading }] = useMutation(DeactivateAgencyDocument, {
    update: invalidateAgencyQueries,
  });
  const activeChildren = agency.children.filter((child) => child.active).length;

  const submit = async ({ date }: DeactivateValues) => {
    clearError();
    try {
      await deactivate({ variables: { input: { id: agency.id, date: date.format(LOCAL_DATE_FORMAT) } } });
      void message.success(t('agency.deactivate.done', { name: agency.name }));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('agency.deactivate.title', { name: agency.name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<DeactivateValues>
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs() }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Alert type="warning" showIcon title={t('agency.deactivate.warning')} style={{ marginBottom: 16 }} />
        {activeChildren > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('agency.deactivate.hasChildren', { n: activeChildren })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          name="date"
          label={t('agency.deactivate.date')}
          rules={[
            { required: true, message: t('agency.validation.dateRequired') },
            {
              validator: (_rule, value: Dayjs | null) =>
                value && value.isBefore(dayjs(agency.validFrom), 'day')
                  ? Promise.reject(new Error(t('agency.validation.beforeValidFrom')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker data-testid="agency-deactivate-date" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            data-testid="agency-deactivate-submit"
            type="primary"
            danger
            htmlType="submit"
            loading={loading}
          >
            {t('agency.actions.deactivate')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
