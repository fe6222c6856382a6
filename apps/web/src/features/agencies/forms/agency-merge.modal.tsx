import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Form, Flex, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { AgencyPicker } from '../agency-picker.component';
import { MergeAgenciesDocument } from '../graphql/agency-mutation.operations';
import { invalidateAgencyQueries } from '../agency-cache';

interface MergeValues {
  sourceIds: string[];
  targetId: string | null;
  effectiveDate: Dayjs;
}

const FIELDS = ['sourceIds', 'targetId', 'effectiveDate'] as const;

interface AgencyMergeModalProps {
  agency: { id: string; name: string };
  onClose: () => void;
  onMerged: (targetId: string) => void;
}

/** Opened from the agency being merged away; the user picks where it (and possibly others) goes. */
export function AgencyMergeModal({ agency, onClose, onMerged }: AgencyMergeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MergeValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [merge, { loading }] = useMutation(MergeAgenciesDocument, { update: invalidateAgencyQueries });

  const submit = async ({ sourceIds, targetId, effectiveDate }: MergeValues) => {
    if (!targetId) return;
    clearError();
    try {
      const { data } = await merge({
        variables: { input: { sourceIds, targetId, effectiveDate: effectiveDate.format(LOCAL_DATE_FORMAT) } },
      });
      if (!data) return;
      void message.success(t('agency.merge.done', { name: data.mergeAgencies.name }));
      onMerged(data.mergeAgencies.id);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal open title={t('agency.merge.title')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<MergeValues>
        form={form}
        layout="vertical"
        initialValues={{ sourceIds: [agency.id], targetId: null, effectiveDate: dayjs() }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Alert type="warning" showIcon title={t('agency.merge.warning')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="sourceIds"
          label={t('agency.merge.sources')}
          rules={[{ required: true, type: 'array', min: 1, message: t('agency.validation.sourcesRequired') }]}
        >
          <AgencyPicker multiple data-testid="agency-merge-sources" />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={t('agency.merge.target')}
          dependencies={['sourceIds']}
          rules={[
            { required: true, message: t('agency.validation.targetRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | null) => {
                const sources = getFieldValue('sourceIds') as string[] | undefined;
                return value && sources?.includes(value)
                  ? Promise.reject(new Error(t('agency.validation.targetIsSource')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <AgencyPicker data-testid="agency-merge-target" excludeSubtreeOf={agency.id} />
        </Form.Item>
        <Form.Item
          name="effectiveDate"
          label={t('agency.merge.effectiveDate')}
          rules={[{ required: true, message: t('agency.validation.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="agency-merge-submit" type="primary" danger htmlType="submit" loading={loading}>
            {t('agency.actions.merge')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
