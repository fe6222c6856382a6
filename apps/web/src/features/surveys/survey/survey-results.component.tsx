import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { SurveyResultsDocument } from '../graphql/surveys.operations';
import { useSurveyFormat } from '../survey-format.hook';
import { SurveyAspectBars } from './survey-aspect-bars.component';
import { SurveyAgencyTable, SurveyQuestionTable } from './survey-result-tables.component';

interface SurveyResultsProps {
  surveyId: string;
  /** The agency picked in the filter (`?agency=`), null for every agency pooled */
  agencyId: string | null;
  onAgencyChange: (agencyId: string | null) => void;
}

/**
 * The survey's satisfaction: overall figures, a bar per aspect, a row per question and per agency. The pooled
 * results also give the agencies the filter offers; picking one asks the API for that agency's results alone.
 */
export function SurveyResults({ surveyId, agencyId, onAgencyChange }: SurveyResultsProps) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  const pooled = useQuery(SurveyResultsDocument, { variables: { surveyId } });
  const picked = useQuery(SurveyResultsDocument, {
    variables: { surveyId, agencyId: agencyId ?? '' },
    skip: !agencyId,
  });
  const current = agencyId ? picked : pooled;
  const results = current.data?.surveyResults;

  const options = useMemo(() => {
    const agencies = pooled.data?.surveyResults.agencies ?? [];
    return agencies
      .map((row) => ({ value: row.agencyId, label: row.agency?.name ?? t('survey.results.unknownAgency') }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  }, [pooled.data, t]);
  const agencyName = agencyId
    ? (options.find((option) => option.value === agencyId)?.label ??
      results?.agencies.find((row) => row.agencyId === agencyId)?.agency?.name ??
      t('survey.results.unknownAgency'))
    : null;

  let body;
  if (current.error && !results) {
    body = <ApiErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  } else if (!results) {
    body = <Skeleton active data-testid="survey-results-loading" />;
  } else if (results.respondents === 0 && results.overall.valid === 0 && results.overall.noAnswer === 0) {
    body = (
      <Empty
        data-testid="survey-results-empty"
        description={
          agencyName ? t('survey.results.emptyAgency', { agency: agencyName }) : t('survey.results.empty')
        }
      />
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]} data-testid="survey-overall">
          <Col xs={24} sm={12} lg={6}>
            <Statistic
              data-testid="survey-overall-share"
              title={t('survey.results.overall')}
              value={fmt.share(results.overall.share)}
            />
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Statistic
              data-testid="survey-overall-respondents"
              title={t('survey.results.respondents')}
              value={fmt.number(results.respondents)}
            />
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Statistic
              data-testid="survey-overall-valid"
              title={t('survey.results.valid')}
              value={fmt.number(results.overall.valid)}
            />
          </Col>
          <Col xs={12} sm={12} lg={6}>
            <Statistic
              data-testid="survey-overall-no-answer"
              title={t('survey.results.noAnswer')}
              value={fmt.number(results.overall.noAnswer)}
            />
          </Col>
        </Row>
        <Card size="small" title={t('survey.results.byAspect')}>
          <SurveyAspectBars aspects={results.aspects} />
        </Card>
        <Card size="small" title={t('survey.results.byQuestion')}>
          <SurveyQuestionTable questions={results.questions} />
        </Card>
        {!agencyId && (
          <Card size="small" title={t('survey.results.byAgency')}>
            <SurveyAgencyTable agencies={results.agencies} onPick={onAgencyChange} />
          </Card>
        )}
      </Flex>
    );
  }

  return (
    <Card data-testid="survey-results" title={t('survey.results.title')}>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>{t('survey.results.agencyFilter')}</Typography.Text>
        <Select<string>
          data-testid="survey-agency-filter"
          aria-label={t('survey.results.agencyFilter')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('survey.results.allAgencies')}
          value={agencyId ?? undefined}
          onChange={(value) => onAgencyChange(value ?? null)}
          options={options}
          style={{ width: 320, maxWidth: '100%' }}
        />
      </Flex>
      {agencyName && (
        <Alert
          type="info"
          showIcon
          data-testid="survey-filtered"
          style={{ marginBottom: 16 }}
          title={t('survey.results.filtered', { agency: agencyName })}
        />
      )}
      {body}
    </Card>
  );
}
