import { useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, Permission, SurveyStatus } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { SurveyRowFragment } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { SurveyFormModal } from '../form/survey-form.modal';
import { SurveysDocument } from '../graphql/surveys.operations';
import { useSurveyScopeLabel } from '../survey-format.hook';
import { SurveySampleTag, SurveyStatusTag } from '../survey-tags.component';
import { surveyFilterOf, surveyPath } from '../survey.util';

/** The province's satisfaction surveys (khảo sát sự hài lòng), newest year first, filtered by year and status. */
export function SurveysPage() {
  const { t } = useTranslation();
  const scopeLabel = useSurveyScopeLabel();
  const navigate = useNavigate();
  const canManage = useCan(Permission.SURVEY_MANAGE);
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => surveyFilterOf(params), [params]);
  const pagination = useKeyedCursorPagination(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(SurveysDocument, {
    variables: { filter, first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: thisYear + 2 - 2020 }, (_v, i) => thisYear + 1 - i);
  const filtered = Object.keys(filter).length > 0;

  const setParam = (name: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    setParams(next);
  };

  return (
    <div data-testid="surveys-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('survey.title')}</Typography.Title>
        {canManage && (
          <Button
            data-testid="survey-create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
          >
            {t('survey.form.create')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select<number>
            data-testid="survey-filter-year"
            allowClear
            placeholder={t('survey.filters.year')}
            value={filter.year ?? null}
            onChange={(year) => setParam('year', year)}
            options={years.map((year) => ({ value: year, label: String(year) }))}
            style={{ width: 140 }}
          />
          <Select<SurveyStatus>
            data-testid="survey-filter-status"
            allowClear
            placeholder={t('survey.filters.status')}
            value={filter.status ?? null}
            onChange={(status) => setParam('status', status)}
            options={Object.values(SurveyStatus).map((status) => ({
              value: status,
              label: t(`survey.status.${status}`),
            }))}
            style={{ width: 200, maxWidth: '100%' }}
          />
        </Flex>
        <ConnectionTable<SurveyRowFragment>
          data-testid="surveys-table"
          connection={data?.surveys}
          previousConnection={previousData?.surveys}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={filtered ? t('common.noMatch') : t('survey.list.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 760 }}
          columns={[
            { key: 'year', title: t('survey.fields.year'), dataIndex: 'year', width: 80 },
            {
              key: 'title',
              title: t('survey.fields.title'),
              render: (_v, survey) => (
                <Space size={[6, 4]} wrap>
                  <Link to={surveyPath(survey.id)} data-testid={`survey-link-${survey.id}`}>
                    {survey.title}
                  </Link>
                  {survey.isSample && <SurveySampleTag />}
                </Space>
              ),
            },
            { key: 'period', title: t('survey.fields.period'), dataIndex: 'period', width: 110 },
            {
              key: 'scope',
              title: t('survey.fields.scope'),
              width: 190,
              render: (_v, survey) => scopeLabel(survey),
            },
            {
              key: 'status',
              title: t('survey.fields.status'),
              width: 140,
              render: (_v, survey) => <SurveyStatusTag status={survey.status} />,
            },
          ]}
        />
      </Card>
      {creating && (
        <SurveyFormModal
          year={filter.year ?? thisYear}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(surveyPath(id));
          }}
        />
      )}
    </div>
  );
}
