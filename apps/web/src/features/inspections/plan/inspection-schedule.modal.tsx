import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { InspectionRowFragment, InspectionTeamMemberFieldsFragment } from '../../../gql/graphql';
import { InspectionDocument, ScheduleInspectionDocument } from '../graphql/inspections.operations';
import { invalidateInspections } from '../inspection-cache';
import { MONTHS } from '../inspection.util';
import { InspectionTeamPicker } from './inspection-team-picker.component';

interface ScheduleValues {
  month: number | null;
  /** In order, the leader first. */
  teamUserIds: string[];
}

const FIELDS = ['month', 'teamUserIds'] as const;

/**
 * The month of the visit and the team, picked by name (the first one leads it). The version is pinned when the
 * dialog opens; on CONFLICT the alert reloads the inspection (month and team) into the form.
 */
export function InspectionScheduleModal({
  inspection,
  onClose,
}: {
  inspection: InspectionRowFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<ScheduleValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(inspection.version);
  const [members, setMembers] = useState<readonly InspectionTeamMemberFieldsFragment[]>(inspection.team);
  const [schedule, { loading }] = useMutation(ScheduleInspectionDocument, { update: invalidateInspections });
  const busy = loading || reloading;

  const reload = () =>
    void reloadWith(async () => {
      const { data } = await client.query({
        query: InspectionDocument,
        variables: { id: inspection.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      setMembers(data.inspection.team);
      form.setFieldsValue({ month: data.inspection.month ?? null, teamUserIds: data.inspection.teamUserIds });
      setVersion(data.inspection.version);
    });

  const submit = async (values: ScheduleValues) => {
    clearError();
    try {
      const { data } = await schedule({
        variables: {
          input: { id: inspection.id, version, month: values.month, teamUserIds: values.teamUserIds },
        },
      });
      if (!data) return;
      void message.success(t('inspection.schedule.done'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('inspection.schedule.title', { agency: inspection.agency?.name ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'inspection-schedule-submit' }}
    >
      <Form<ScheduleValues>
        form={form}
        layout="vertical"
        initialValues={{ month: inspection.month ?? null, teamUserIds: inspection.teamUserIds }}
        onFinish={(values) => void submit(values)}
        disabled={busy}
        data-testid="inspection-schedule-form"
      >
        <FormErrorAlert state={formError} onReload={reload} reloading={reloading} />
        <Form.Item
          name="month"
          label={t('inspection.fields.month')}
          rules={[{ required: true, message: t('inspection.validation.month') }]}
        >
          <Select<number>
            data-testid="inspection-schedule-month"
            options={MONTHS.map((month) => ({ value: month, label: t('inspection.monthLong', { month }) }))}
            style={{ maxWidth: 220 }}
          />
        </Form.Item>
        <Form.Item name="teamUserIds" label={t('inspection.fields.team')} extra={t('inspection.team.hint')}>
          <InspectionTeamPicker planId={inspection.planId} members={members} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
