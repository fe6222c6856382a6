import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Empty, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ParTargetGroup } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { ParAssessmentStatusTag } from '../cycles/par-cycle-tags.component';
import { ParNationalAssessmentDocument } from '../graphql/par-national.operations';
import { PAR_CYCLES_PATH, parAssessmentPath } from '../par-framework.util';
import { ParImprovementTasks } from './par-improvement-tasks.component';
import { ParNationalAppraisal } from './par-national-appraisal.component';
import { ParNationalReportDownload } from './par-national-report-download.component';
import { defaultNationalTab, isNationalTab, type NationalTab } from './par-national.util';
import { ParResponsibilities } from './par-responsibilities.component';

/**
 * The province's own national self-assessment (3.34, 3.40): who answers for which items, the Ministry's
 * appraised points once published, and next year's improvement tasks from the points lost.
 */
export function ParNationalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ParNationalAssessmentDocument, { variables: { id } });
  const assessment = data?.parAssessment;

  if (loading && !assessment)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  if (!assessment)
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('parIndex.assessment.notFound')}>
            <Link to={PAR_CYCLES_PATH}>{t('parIndex.cycle.backToList')}</Link>
          </Empty>
        )}
      </Card>
    );
  return <ParNationalView assessment={assessment} refetch={() => void refetch()} />;
}

function ParNationalView({
  assessment,
  refetch,
}: {
  assessment: ParNationalAssessmentFragment;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: NationalTab = isNationalTab(requested) ? requested : defaultNationalTab(assessment.status);
  const select = (next: string) => {
    if (isNationalTab(next)) setParams({ tab: next }, { replace: true });
  };
  const province = assessment.framework?.targetGroup === ParTargetGroup.PROVINCE;

  return (
    <Flex vertical gap={12} data-testid="par-national">
      <Link to={parAssessmentPath(assessment.id)}>
        <ArrowLeftOutlined /> {t('parIndex.national.backToAssessment')}
      </Link>
      <Flex gap={8} wrap align="start" justify="space-between">
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="par-national-title">
            {t('parIndex.national.title')}
          </Typography.Title>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>{assessment.agency?.name ?? '—'}</Typography.Text>
            <ParAssessmentStatusTag status={assessment.status} late={assessment.late} />
          </Flex>
        </Flex>
        {province && <ParNationalReportDownload assessmentId={assessment.id} />}
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('parIndex.national.cycle')}>
            {assessment.cycle?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.assessment.framework')}>
            {assessment.framework?.name ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {!province ? (
        <Alert
          type="warning"
          showIcon
          data-testid="par-national-not-province"
          title={t('parIndex.national.notProvince')}
        />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={select}
          data-testid="par-national-tabs"
          items={[
            {
              key: 'assign',
              label: t('parIndex.national.tabs.assign'),
              // Keyed by status: unsaved choices never show on a submitted (read-only) assessment.
              children: (
                <ParResponsibilities key={assessment.status} assessment={assessment} refetch={refetch} />
              ),
            },
            {
              key: 'ministry',
              label: t('parIndex.national.tabs.ministry'),
              // Keyed by status: typed points never outlive the step they were typed in.
              children: (
                <ParNationalAppraisal
                  key={assessment.status}
                  assessment={assessment}
                  refetch={refetch}
                  onFinalised={() => select('improvement')}
                />
              ),
            },
            {
              key: 'improvement',
              label: t('parIndex.national.tabs.improvement'),
              children: <ParImprovementTasks assessment={assessment} />,
            },
          ]}
        />
      )}
    </Flex>
  );
}
