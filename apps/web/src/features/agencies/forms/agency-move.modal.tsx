import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Flex, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { AgencyPicker } from '../agency-picker.component';
import { MoveAgencyDocument } from '../graphql/agency-mutation.operations';
import { invalidateAgencyQueries } from '../agency-cache';

interface MoveValues {
  newParentId: string | null;
  effectiveDate: Dayjs;
}

const FIELDS = ['newParentId', 'effectiveDate'] as const;

interface AgencyMoveModalProps {
  agency: { id: string; name: string; parentId: string | null };
  onClose: () => void;
}

export function AgencyMoveModal({ agency, onClose }: AgencyMoveModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [move, { loading }] = useMutation(MoveAgencyDocument, { update: invalidateAgencyQueries });

  const submit = async ({ newParentId, effectiveDate }: MoveValues) => {
    clearError();
    try {
      await move({
        variables: {
          input: {
            id: agency.id,
            newParentId: newParentId ?? null,
            effectiveDate: effectiveDate.format(LOCAL_DATE_FORMAT),
          },
        },
      });
      void message.success(t('agency.move.done', { name: agency.name }));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('agency.move.title', { name: agency.name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<MoveValues>
        form={form}
        layout="vertical"
        initialValues={{ newParentId: agency.parentId, effectiveDate: dayjs() }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Typography.Paragraph type="secondary">{t('agency.move.help')}</Typography.Paragraph>
        <Form.Item name="newParentId" label={t('agency.move.newParent')}>
          {/* The agency's own subtree is excluded: moving under a descendant would create a cycle. */}
          <AgencyPicker
            data-testid="agency-move-parent"
            excludeSubtreeOf={agency.id}
            placeholder={t('agency.move.rootPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="effectiveDate"
          label={t('agency.dated.effectiveDate')}
          extra={t('agency.dated.moveHelp')}
          rules={[{ required: true, message: t('agency.validation.dateRequired') }]}
        >
          <DatePicker
            data-testid="agency-move-effective-date"
            format={DATE_FORMAT}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Alert type="info" showIcon title={t('agency.move.historyNote')} style={{ marginBottom: 16 }} />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="agency-move-submit" type="primary" htmlType="submit" loading={loading}>
            {t('agency.actions.move')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
