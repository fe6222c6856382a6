import { useQuery, useMutation } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { ParFrameworksDocument } from '../graphql/par-index.operations';
import { OpenParCycleDocument } from '../graphql/par-assessment.operations';
import { invalidateParCycleLists } from '../par-index-cache';
import { ParCycleDeadlineFields, type ParCycleDeadlineValues } from './par-cycle-deadline-fields.component';
import { EXPLANATION_DAYS_DEFAULT } from './par-cycle-deadlines.util';

interface Values extends ParCycleDeadlineValues {
  year: number;
  name: string;
  frameworkIds: string[];
  surveyHeld: boolean;
}

const FIELDS = [
  'year',
  'name',
  'frameworkIds',
  'selfAssessmentDue',
  'appraisalDue',
  'explanationDays',
  'surveyHeld',
  'publicationDue',
] as const;
/** Enough for every framework of a year (one per group, a few revisions). */
export const CYCLE_FRAMEWORKS_PAGE = 100;

const validYear = (year: unknown): year is number =>
  typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100;

/**
 * Opens the year's cycle: its frameworks (one per target group; DRAFTs get locked) and its deadlines. The name
 * follows the year until the user edits it. The council is named on the cycle page: its candidates are
 * searched per cycle, and there is no cycle before this form is sent.
 */
export function ParCycleOpenModal({
  year,
  onClose,
  onOpened,
}: {
  year: number;
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const watchedYear = Form.useWatch('year', form) as unknown;
  const chosenYear = validYear(watchedYear) ? watchedYear : null;
  const frameworks = useQuery(ParFrameworksDocument, {
    variables: { filter: { year: chosenYear ?? year }, first: CYCLE_FRAMEWORKS_PAGE, after: null },
    skip: chosenYear === null,
  });
  const [open, { loading }] = useMutation(OpenParCycleDocument, { update: invalidateParCycleLists });
  const options = (frameworks.data?.parFrameworks.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} — ${t(`parIndex.targetGroup.${node.targetGroup}`)}`,
  }));

  const onValuesChange = (changed: Partial<Values>) => {
    if (!('year' in changed)) return;
    // Frameworks belong to a year; the suggested name moves with the year, a name the user typed stays.
    const next: Partial<Values> = { frameworkIds: [] };
    if (!form.isFieldTouched('name') && validYear(changed.year))
      next.name = t('parIndex.cycles.defaultName', { year: changed.year });
    form.setFieldsValue(next);
  };

  const submit = async (values: Values) => {
    clearError();
    try {
      const { data } = await open({
        variables: {
          input: {
            year: values.year,
            name: values.name.trim(),
            frameworkIds: values.frameworkIds,
            selfAssessmentDue: values.selfAssessmentDue.format(LOCAL_DATE_FORMAT),
            explanationDays: values.explanationDays,
            surveyHeld: values.surveyHeld,
            // Left out when empty: the API then sets them 30 days after the date before.
            ...(values.appraisalDue ? { appraisalDue: values.appraisalDue.format(LOCAL_DATE_FORMAT) } : {}),
            ...(values.publicationDue
              ? { publicationDue: values.publicationDue.format(LOCAL_DATE_FORMAT) }
              : {}),
          },
        },
      });
      if (!data) return;
      void message.success(t('parIndex.cycles.opened', { name: data.openParCycle.name }));
      onOpened(data.openParCycle.id);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.cycles.openTitle')}
      okText={t('parIndex.cycles.openSubmit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-cycle-open-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          year,
          name: t('parIndex.cycles.defaultName', { year }),
          frameworkIds: [],
          explanationDays: EXPLANATION_DAYS_DEFAULT,
          surveyHeld: true,
        }}
        onValuesChange={onValuesChange}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Typography.Paragraph type="secondary">{t('parIndex.cycles.openExplain')}</Typography.Paragraph>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="year"
              label={t('parIndex.fields.year')}
              rules={[
                { required: true, message: t('parIndex.validation.year') },
                { type: 'integer', min: 2000, max: 2100, message: t('parIndex.validation.year') },
              ]}
            >
              <InputNumber
                data-testid="par-cycle-year"
                min={2000}
                max={2100}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="name"
              label={t('parIndex.cycles.name')}
              rules={[{ required: true, whitespace: true, message: t('parIndex.validation.cycleName') }]}
            >
              <Input data-testid="par-cycle-name" maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="frameworkIds"
          label={t('parIndex.cycles.frameworks')}
          extra={t('parIndex.cycles.frameworksHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('parIndex.validation.frameworks') }]}
        >
          <Select<string[]>
            data-testid="par-cycle-frameworks"
            mode="multiple"
            loading={frameworks.loading}
            options={options}
            optionFilterProp="label"
            notFoundContent={frameworks.loading ? t('common.loading') : t('parIndex.cycles.noFrameworks')}
          />
        </Form.Item>
        <ParCycleDeadlineFields />
        <Form.Item
          name="surveyHeld"
          valuePropName="checked"
          label={t('parIndex.cycleAdmin.survey.label')}
          extra={t('parIndex.cycleAdmin.survey.hint')}
        >
          <Switch data-testid="par-cycle-open-survey" />
        </Form.Item>
        <Alert type="info" showIcon title={t('parIndex.cycles.councilLater')} />
      </Form>
    </Modal>
  );
}
