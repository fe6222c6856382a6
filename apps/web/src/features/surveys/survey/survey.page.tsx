import { useState } from 'react';
import { ArrowLeftOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Flex, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { lowestSatisfiedLevel, Permission, SurveyStatus } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { SurveyImportModal } from '../excel/survey-import.modal';
import { SurveyFormModal } from '../form/survey-form.modal';
import { SurveyTemplateDownloads } from '../excel/survey-template-download.component';
import { SurveyDocument } from '../graphql/surveys.operations';
import { useSurveyFormat, useSurveyScopeLabel } from '../survey-format.hook';
import { SurveySampleTag, SurveyStatusTag } from '../survey-tags.component';
import { SURVEYS_PATH } from '../survey.util';
import { SurveyDefinition } from './survey-definition.component';
import { SurveyResults } from './survey-results.component';
import { SurveyOnlineFormSection } from './survey-online-form.section';
import { SurveyTrendsSection } from './survey-trends.section';

/** One survey: what it asks (aspects and questions) and its results, with the agency filter in `?agency=`. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency') || null;
  const canManage = useCan(Permission.SURVEY_MANAGE);
  const fmt = useSurveyFormat();
  const scopeLabel = useSurveyScopeLabel();
  const [dialog, setDialog] = useState<'import' | 'edit' | null>(null);
  const { data, error, refetch } = useQuery(SurveyDocument, { variables: { id } });
  const survey = data?.survey;

  const setAgency = (next: string | null) => {
    const search = new URLSearchParams(params);
    if (next) search.set('agency', next);
    else search.delete('agency');
    setParams(search);
  };

  const back = (
    <Link to={SURVEYS_PATH} data-testid="survey-back">
      <ArrowLeftOutlined /> {t('survey.detail.back')}
    </Link>
  );
  if (!survey) {
    return (
      <Flex vertical gap={16}>
        {back}
        {error ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Skeleton active data-testid="survey-loading" />
        )}
      </Flex>
    );
  }

  const open = survey.status === SurveyStatus.OPEN;
  return (
    <Flex vertical gap={16} data-testid="survey-page">
      {back}
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Space size={[8, 4]} wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="survey-title">
            {survey.title}
          </Typography.Title>
          <SurveyStatusTag status={survey.status} />
          {survey.isSample && <SurveySampleTag />}
        </Space>
        {canManage && (
          <Flex gap={8} wrap align="start" data-testid="survey-actions">
            <Button data-testid="survey-edit" icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('survey.form.edit')}
            </Button>
            <SurveyTemplateDownloads surveyId={survey.id} />
            <Tooltip title={open ? undefined : t('survey.excel.notOpen')}>
              <Button
                data-testid="survey-import"
                type="primary"
                icon={<UploadOutlined />}
                disabled={!open}
                onClick={() => setDialog('import')}
              >
                {t('survey.excel.import')}
              </Button>
            </Tooltip>
          </Flex>
        )}
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 4 }}
        data-testid="survey-header"
        items={[
          { key: 'year', label: t('survey.fields.year'), children: survey.year },
          { key: 'period', label: t('survey.fields.period'), children: survey.period },
          { key: 'scope', label: t('survey.fields.scope'), children: scopeLabel(survey) },
          {
            key: 'rule',
            label: t('survey.fields.rule'),
            children: t('survey.detail.rule', {
              n: survey.satisfiedLevels,
              lowest: fmt.level(lowestSatisfiedLevel(survey.satisfiedLevels)),
            }),
          },
        ]}
      />
      <SurveyDefinition questions={survey.questions} />
      <SurveyOnlineFormSection survey={survey} />
      <SurveyResults surveyId={survey.id} agencyId={agencyId} onAgencyChange={setAgency} />
      <SurveyTrendsSection survey={survey} />
      {dialog === 'import' && <SurveyImportModal surveyId={survey.id} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && (
        <SurveyFormModal
          survey={survey}
          year={survey.year}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}
