import { Col, DatePicker, Form, InputNumber, Row } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../../app/format/formatters';
import {
  DEFAULT_DEADLINE_GAP_DAYS,
  deadlineOrderProblem,
  effectiveAppraisalDue,
  EXPLANATION_DAYS_MAX,
  EXPLANATION_DAYS_MIN,
} from './par-cycle-deadlines.util';

export interface ParCycleDeadlineValues {
  selfAssessmentDue: Dayjs;
  appraisalDue?: Dayjs | null;
  explanationDays: number;
  publicationDue?: Dayjs | null;
}

type DateField = 'selfAssessmentDue' | 'appraisalDue' | 'publicationDue';

const dateOf = (form: Pick<FormInstance, 'getFieldValue'>, name: DateField): Dayjs | null =>
  (form.getFieldValue(name) as Dayjs | null | undefined) ?? null;

/**
 * The cycle's deadlines in the open-cycle form. Appraisal and publication dates are optional (the API puts
 * them 30 days after the one before); their order is checked here so the user sees it under the field.
 */
export function ParCycleDeadlineFields() {
  const { t } = useTranslation();
  const selfDue = (Form.useWatch('selfAssessmentDue') as Dayjs | null | undefined) ?? null;
  const appraisalDue = (Form.useWatch('appraisalDue') as Dayjs | null | undefined) ?? null;
  // The defaults the API would apply, as dates, once the date they follow is known.
  const defaultAppraisal = effectiveAppraisalDue(selfDue, null);
  const defaultPublication = effectiveAppraisalDue(selfDue, appraisalDue)?.add(
    DEFAULT_DEADLINE_GAP_DAYS,
    'day',
  );
  // antd passes the form to a rule function, so the rule reads the other dates when it runs.
  const orderRule =
    (field: 'appraisalDue' | 'publicationDue') => (form: Pick<FormInstance, 'getFieldValue'>) => ({
      validator: () => {
        const problem = deadlineOrderProblem(
          dateOf(form, 'selfAssessmentDue'),
          dateOf(form, 'appraisalDue'),
          dateOf(form, 'publicationDue'),
        );
        if (field === 'appraisalDue' && problem === 'appraisalBeforeSelf')
          return Promise.reject(new Error(t('parIndex.cycles.appraisalBeforeSelf')));
        if (field === 'publicationDue' && problem === 'publicationBeforeAppraisal')
          return Promise.reject(new Error(t('parIndex.cycles.publicationBeforeAppraisal')));
        return Promise.resolve();
      },
    });

  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item
          name="selfAssessmentDue"
          label={t('parIndex.cycles.selfAssessmentDue')}
          rules={[{ required: true, message: t('parIndex.validation.selfAssessmentDue') }]}
        >
          <DatePicker data-testid="par-cycle-due" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="appraisalDue"
          label={t('parIndex.cycles.appraisalDue')}
          extra={
            defaultAppraisal
              ? t('parIndex.cycles.appraisalDueDefault', { date: defaultAppraisal.format(DATE_FORMAT) })
              : t('parIndex.cycles.appraisalDueHint')
          }
          dependencies={['selfAssessmentDue']}
          rules={[orderRule('appraisalDue')]}
        >
          <DatePicker data-testid="par-cycle-appraisal-due" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="explanationDays"
          label={t('parIndex.cycles.explanationDays')}
          extra={t('parIndex.cycles.explanationDaysHint')}
          rules={[
            { required: true, message: t('parIndex.cycles.explanationDaysRange') },
            {
              type: 'integer',
              min: EXPLANATION_DAYS_MIN,
              max: EXPLANATION_DAYS_MAX,
              message: t('parIndex.cycles.explanationDaysRange'),
            },
          ]}
        >
          <InputNumber
            data-testid="par-cycle-explanation-days"
            min={EXPLANATION_DAYS_MIN}
            max={EXPLANATION_DAYS_MAX}
            precision={0}
            suffix={t('parIndex.cycles.days')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="publicationDue"
          label={t('parIndex.cycles.publicationDue')}
          extra={
            defaultPublication
              ? t('parIndex.cycles.publicationDueDefault', { date: defaultPublication.format(DATE_FORMAT) })
              : t('parIndex.cycles.publicationDueHint')
          }
          dependencies={['selfAssessmentDue', 'appraisalDue']}
          rules={[orderRule('publicationDue')]}
        >
          <DatePicker
            data-testid="par-cycle-publication-due"
            format={DATE_FORMAT}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
