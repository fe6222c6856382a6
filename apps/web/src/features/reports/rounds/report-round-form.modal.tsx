import { useMutation } from '@apollo/client/react';
import { App, Checkbox, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AgencyLevel, parsePeriod, periodEnd, periodStart, ReportRoundKind } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { periodOptions } from '../../indicators/indicator-period.util';
import { OpenReportingRoundDocument } from '../graphql/reporting-round.operations';
import { invalidateReportLists } from '../report-cache';

interface Values {
  title: string;
  period: string;
  dataFrom: Dayjs | null;
  dataTo: Dayjs | null;
  dueDate: Dayjs | null;
  levels: AgencyLevel[];
}

const FIELDS = ['title', 'period', 'dataFrom', 'dataTo', 'dueDate', 'levels'] as const;
const LEVELS = [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE];

const wire = (value: Dayjs | null) => (value ? value.format(LOCAL_DATE_FORMAT) : undefined);

/**
 * An ad hoc request (a report the province asks for outside the four periodic ones): its own title, period,
 * data window and one due date for every level. Choosing the period fills in its calendar dates as the data
 * window, which is what most requests want; the API checks the rest and its field errors land under the fields.
 */
export function ReportRoundFormModal({
  year,
  onClose,
  onCreated,
}: {
  year: number;
  onClose: () => void;
  onCreated: (roundId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [open, { loading }] = useMutation(OpenReportingRoundDocument, { update: invalidateReportLists });

  const onPeriod = (period: string) => {
    const parsed = parsePeriod(period);
    if (!parsed) return;
    form.setFieldsValue({ dataFrom: dayjs(periodStart(parsed)), dataTo: dayjs(periodEnd(parsed)) });
  };

  const submit = async (values: Values) => {
    clearError();
    try {
      const result = await open({
        variables: {
          input: {
            kind: ReportRoundKind.AD_HOC,
            year,
            title: values.title.trim(),
            period: values.period,
            dataFrom: wire(values.dataFrom),
            dataTo: wire(values.dataTo),
            dueDate: wire(values.dueDate),
            levels: values.levels,
          },
        },
      });
      const round = result.data?.openReportingRound;
      void message.success(t('report.roundForm.created', { title: values.title.trim() }));
      if (round) onCreated(round.id);
    } catch (error) {
      handleError(error);
    }
  };

  const required = (key: 'dateRequired' | 'nameRequired' | 'periodRequired') => ({
    required: true,
    message: t(`report.roundForm.${key}`),
  });

  return (
    <Modal
      open
      title={t('report.roundForm.title', { year })}
      okText={t('report.roundForm.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'round-form-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ title: '', levels: LEVELS, dataFrom: null, dataTo: null, dueDate: null }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Form.Item
          name="title"
          label={t('report.roundForm.name')}
          rules={[{ ...required('nameRequired'), whitespace: true }]}
        >
          <Input
            data-testid="round-form-title"
            maxLength={300}
            placeholder={t('report.roundForm.namePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('report.roundForm.period')}
          extra={t('report.roundForm.periodHint')}
          rules={[required('periodRequired')]}
        >
          <Select data-testid="round-form-period" options={periodOptions(year, t)} onChange={onPeriod} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="dataFrom"
            label={t('report.roundForm.dataFrom')}
            rules={[required('dateRequired')]}
          >
            <DatePicker data-testid="round-form-data-from" format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            name="dataTo"
            label={t('report.roundForm.dataTo')}
            dependencies={['dataFrom']}
            rules={[
              required('dateRequired'),
              ({ getFieldValue }) => ({
                validator: (_rule, value: Dayjs | null) => {
                  const from = getFieldValue('dataFrom') as Dayjs | null;
                  return value && from && value.isBefore(from, 'day')
                    ? Promise.reject(new Error(t('report.roundForm.windowReversed')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker data-testid="round-form-data-to" format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('report.roundForm.dueDate')}
            extra={t('report.roundForm.dueHint')}
            rules={[required('dateRequired')]}
          >
            <DatePicker data-testid="round-form-due-date" format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="levels"
          label={t('report.roundForm.levels')}
          rules={[{ required: true, type: 'array', min: 1, message: t('report.roundForm.levelsRequired') }]}
        >
          <Checkbox.Group
            data-testid="round-form-levels"
            options={LEVELS.map((level) => ({ value: level, label: t(`report.level.${level}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
