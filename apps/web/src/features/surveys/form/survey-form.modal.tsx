import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  MAX_SATISFIED_LEVELS,
  MIN_SATISFIED_LEVELS,
  SurveyScope,
  SurveySector,
  SurveyStatus,
} from '@partrack/shared';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { SurveyDetailFragment } from '../../../gql/graphql';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { CreateSurveyDocument, SurveyDocument, UpdateSurveyDocument } from '../graphql/surveys.operations';
import { invalidateSurveyLists } from '../survey-cache';
import { SurveyQuestionsEditor } from './survey-questions-editor.component';
import {
  emptySurveyValues,
  isPeriodOf,
  questionsEditable,
  SURVEY_FORM_FIELDS,
  surveyFormValuesOf,
  toQuestionInputs,
  type SurveyFormValues,
} from './survey-form.util';

interface SurveyFormModalProps {
  /** Absent: a new DRAFT survey of `year`. */
  survey?: SurveyDetailFragment;
  year: number;
  onClose: () => void;
  onSaved: (surveyId: string) => void;
}

/** The next statuses a survey may take (DRAFT → OPEN → CLOSED; CLOSED → OPEN takes late results). */
const NEXT_STATUSES: Record<SurveyStatus, SurveyStatus[]> = {
  [SurveyStatus.DRAFT]: [SurveyStatus.DRAFT, SurveyStatus.OPEN],
  [SurveyStatus.OPEN]: [SurveyStatus.OPEN, SurveyStatus.CLOSED],
  [SurveyStatus.CLOSED]: [SurveyStatus.CLOSED, SurveyStatus.OPEN],
};

/**
 * A survey's definition: title, year and period, scope, the rule, and its questions grouped by aspect (only while
 * DRAFT). Editing pins the version when the dialog opens; on CONFLICT the alert reloads the survey into the form.
 */
export function SurveyFormModal({ survey, year, onClose, onSaved }: SurveyFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<SurveyFormValues>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(
    form,
    SURVEY_FORM_FIELDS,
  );
  const [version, setVersion] = useState(survey?.version ?? 0);
  const [status, setStatus] = useState(survey?.status);
  const [create, creating] = useMutation(CreateSurveyDocument, { update: invalidateSurveyLists });
  const [update, updating] = useMutation(UpdateSurveyDocument, { update: invalidateSurveyLists });
  const busy = creating.loading || updating.loading || reloading;
  const scope = Form.useWatch('scope', form);
  const editable = questionsEditable(status);

  const reload = async () => {
    if (!survey) return;
    await reloadWith(async () => {
      const { data } = await client.query({
        query: SurveyDocument,
        variables: { id: survey.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      form.setFieldsValue(surveyFormValuesOf(data.survey));
      setVersion(data.survey.version);
      setStatus(data.survey.status);
    });
  };

  const submit = async (values: SurveyFormValues) => {
    clearError();
    try {
      if (survey) {
        const { data } = await update({
          variables: {
            input: {
              id: survey.id,
              version,
              title: values.title.trim(),
              period: values.period.trim(),
              satisfiedLevels: values.satisfiedLevels,
              status: values.status,
              ...(editable ? { questions: toQuestionInputs(values.aspects) } : {}),
            },
          },
        });
        if (!data) return;
        void message.success(t('survey.form.saved'));
        onSaved(data.updateSurvey.id);
      } else {
        const { data } = await create({
          variables: {
            input: {
              title: values.title.trim(),
              year: values.year ?? year,
              period: values.period.trim(),
              scope: values.scope,
              sector: values.scope === SurveyScope.SECTOR ? values.sector : null,
              agencyId: values.scope === SurveyScope.AGENCY ? values.agencyId : null,
              satisfiedLevels: values.satisfiedLevels,
              questions: toQuestionInputs(values.aspects),
            },
          },
        });
        if (!data) return;
        void message.success(t('survey.form.created', { title: data.createSurvey.title }));
        onSaved(data.createSurvey.id);
      }
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={survey ? t('survey.form.editTitle') : t('survey.form.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'survey-form-submit' }}
    >
      <Form<SurveyFormValues>
        form={form}
        layout="vertical"
        initialValues={survey ? surveyFormValuesOf(survey) : emptySurveyValues(year)}
        onFinish={(values) => void submit(values)}
        disabled={busy}
        data-testid="survey-form"
      >
        <FormErrorAlert state={formError} onReload={() => void reload()} reloading={reloading} />
        <Form.Item
          name="title"
          label={t('survey.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('survey.form.validation.required') }]}
        >
          <Input data-testid="survey-form-title" maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item
              name="year"
              label={t('survey.fields.year')}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 2000,
                  max: 2100,
                  message: t('survey.form.validation.year'),
                },
              ]}
            >
              <InputNumber
                data-testid="survey-form-year"
                precision={0}
                disabled={!!survey}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="period"
              label={t('survey.fields.period')}
              tooltip={t('survey.form.periodHint')}
              dependencies={['year']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_rule, value: string | undefined) =>
                    isPeriodOf(value ?? '', (getFieldValue('year') as number | null) ?? null)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('survey.form.validation.period'))),
                }),
              ]}
            >
              <Input data-testid="survey-form-period" maxLength={7} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="satisfiedLevels" label={t('survey.form.satisfiedLevels')}>
              <InputNumber
                data-testid="survey-form-satisfied-levels"
                min={MIN_SATISFIED_LEVELS}
                max={MAX_SATISFIED_LEVELS}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="scope" label={t('survey.fields.scope')}>
              <Select<SurveyScope>
                data-testid="survey-form-scope"
                disabled={!!survey}
                options={Object.values(SurveyScope).map((value) => ({
                  value,
                  label: t(`survey.scope.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {scope === SurveyScope.SECTOR && (
              <Form.Item
                name="sector"
                label={t('survey.form.sector')}
                rules={[{ required: true, message: t('survey.form.validation.sector') }]}
              >
                <Select<SurveySector>
                  data-testid="survey-form-sector"
                  disabled={!!survey}
                  options={Object.values(SurveySector).map((value) => ({
                    value,
                    label: t(`survey.sector.${value}`),
                  }))}
                />
              </Form.Item>
            )}
            {scope === SurveyScope.AGENCY && (
              <Form.Item
                name="agencyId"
                label={t('survey.form.agency')}
                rules={[{ required: true, message: t('survey.form.validation.agency') }]}
              >
                <AgencyPicker id="survey-form-agency" disabled={!!survey} />
              </Form.Item>
            )}
          </Col>
        </Row>
        {survey && (
          <Form.Item name="status" label={t('survey.fields.status')}>
            <Select<SurveyStatus>
              data-testid="survey-form-status"
              options={NEXT_STATUSES[status ?? survey.status].map((value) => ({
                value,
                label: t(`survey.status.${value}`),
              }))}
              style={{ maxWidth: 260 }}
            />
          </Form.Item>
        )}
        <Form.Item label={t('survey.form.aspects')} required={editable}>
          {editable ? (
            <SurveyQuestionsEditor disabled={busy} />
          ) : (
            <Alert
              type="info"
              showIcon
              data-testid="survey-form-frozen"
              title={t('survey.form.questionsFrozen')}
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
