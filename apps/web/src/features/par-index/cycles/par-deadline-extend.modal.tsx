import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ParDeadlinePhase } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ExtendParDeadlineDocument } from '../graphql/par-cycle-admin.operations';
import { ParAssessmentActionModal } from './par-assessment-action.modal';
import { currentDeadline, extendablePhases } from './par-cycle-deadlines.util';
import { useParAssessmentAction, type ParAssessmentActionProps } from './use-par-assessment-action.hook';

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
export function ParDeadlineExtendModal({ assessment, onClose, onDone }: ParAssessmentActionProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const action = useParAssessmentAction<Values>(assessment, FIELDS);
  const { form, row, agency } = action;
  const [extend, { loading }] = useMutation(ExtendParDeadlineDocument);
  const allowed = extendablePhases(row);
  const phase = (Form.useWatch('phase', form) as ParDeadlinePhase | undefined) ?? allowed[0];
  const current = phase ? currentDeadline(row, phase) : null;

  // Neither on nor before the current deadline, nor in the past (the province's calendar).
  const disabledDate = (date: Dayjs) =>
    date.format(LOCAL_DATE_FORMAT) < todayInVietnam() ||
    (current !== null && date.format(LOCAL_DATE_FORMAT) <= current);

  const submit = (values: Values) => {
    const until = values.until.format(LOCAL_DATE_FORMAT);
    const input = {
      id: row.id,
      version: row.version,
      phase: values.phase,
      until,
      reason: values.reason.trim(),
    };
    return action.run(
      () => extend({ variables: { input } }),
      t('parIndex.cycleAdmin.extend.done', { agency, date: fmt.date(until) }),
      onDone,
    );
  };

  return (
    <ParAssessmentActionModal<Values>
      action={action}
      sending={loading}
      title={t('parIndex.cycleAdmin.extend.title', { agency })}
      okText={t('parIndex.cycleAdmin.extend.submit')}
      okButtonProps={{ 'data-testid': 'par-extend-submit' }}
      initialValues={{ phase: allowed[0] }}
      reasonTestId="par-extend-reason"
      reasonRows={3}
      onFinish={submit}
      onClose={onClose}
    >
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
    </ParAssessmentActionModal>
  );
}
