import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ParDeadlinePhase } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { ParCycleAssessmentRowFragment } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ExtendParDeadlineDocument, ParCycleAssessmentDocument } from '../graphql/par-cycle-admin.operations';
import { currentDeadline, extendablePhases, PAR_REASON_MAX } from './par-cycle-deadlines.util';

interface Values {
  phase: ParDeadlinePhase;
  until: Dayjs;
  reason: string;
}

const FIELDS = ['phase', 'until', 'reason'] as const;
const PHASES = [ParDeadlinePhase.SELF_ASSESSMENT, ParDeadlinePhase.EXPLANATION] as const;

/**
 * A later deadline for one agency: its self-assessment or its explanations. A phase the deadline job closed
 * reopens with it. The new date must be after the current one and not in the past, as the API requires.
 */
export function ParDeadlineExtendModal({
  assessment,
  onClose,
  onDone,
}: {
  assessment: ParCycleAssessmentRowFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [row, setRow] = useState(assessment);
  const [extend, { loading }] = useMutation(ExtendParDeadlineDocument);
  const allowed = extendablePhases(row);
  const phase = (Form.useWatch('phase', form) as ParDeadlinePhase | undefined) ?? allowed[0];
  const current = phase ? currentDeadline(row, phase) : null;
  const agency = row.agency?.name ?? '—';

  // Neither on nor before the current deadline, nor in the past (the province's calendar).
  const disabledDate = (date: Dayjs) =>
    date.format(LOCAL_DATE_FORMAT) < todayInVietnam() ||
    (current !== null && date.format(LOCAL_DATE_FORMAT) <= current);

  const reload = async () => {
    clearError();
    try {
      const { data } = await client.query({
        query: ParCycleAssessmentDocument,
        variables: { id: row.id },
        fetchPolicy: 'network-only',
      });
      if (data) setRow(data.parAssessment);
    } catch (error) {
      handleError(error);
    }
  };

  const submit = async (values: Values) => {
    clearError();
    const until = values.until.format(LOCAL_DATE_FORMAT);
    try {
      await extend({
        variables: {
          input: {
            id: row.id,
            version: row.version,
            phase: values.phase,
            until,
            reason: values.reason.trim(),
          },
        },
      });
      void message.success(t('parIndex.cycleAdmin.extend.done', { agency, date: fmt.date(until) }));
      onDone();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.cycleAdmin.extend.title', { agency })}
      okText={t('parIndex.cycleAdmin.extend.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-extend-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ phase: allowed[0] }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} onReload={() => void reload()} />
        <Form.Item
          name="phase"
          label={t('parIndex.cycleAdmin.extend.phase')}
          rules={[{ required: true, message: t('parIndex.cycleAdmin.extend.phaseRequired') }]}
        >
          <Select<ParDeadlinePhase>
            data-testid="par-extend-phase"
            options={PHASES.map((p) => ({
              value: p,
              label: t(`parIndex.cycleAdmin.phase.${p}`),
              disabled: !allowed.includes(p),
            }))}
            onChange={() => form.setFieldsValue({ until: undefined })}
          />
        </Form.Item>
        <Form.Item
          name="until"
          label={t('parIndex.cycleAdmin.extend.until')}
          extra={
            current
              ? t('parIndex.cycleAdmin.extend.current', { date: fmt.date(current) })
              : t('parIndex.cycleAdmin.extend.noCurrent')
          }
          rules={[{ required: true, message: t('parIndex.cycleAdmin.extend.untilRequired') }]}
        >
          <DatePicker
            data-testid="par-extend-until"
            format={DATE_FORMAT}
            disabledDate={disabledDate}
            defaultPickerValue={current ? dayjs(current) : undefined}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('parIndex.cycleAdmin.reason')}
          extra={t('parIndex.cycleAdmin.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.cycleAdmin.reasonRequired') }]}
        >
          <Input.TextArea data-testid="par-extend-reason" rows={3} maxLength={PAR_REASON_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
