import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { ParAssessmentRowFragment } from '../../../gql/graphql';
import { ParAssessmentsDocument, ParCycleDocument } from '../graphql/par-assessment.operations';
import { PAR_CYCLES_PATH, parAssessmentPath } from '../par-framework.util';
import { ParAssessmentStatusTag, ParCycleStatusTag } from './par-cycle-tags.component';

/** One cycle: its particulars and every agency's assessment with the self-assessment's progress. */
export function ParCyclePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const { id = '' } = useParams();
  const cycleQuery = useQuery(ParCycleDocument, { variables: { id } });
  const pagination = useKeyedCursorPagination(id);
  const assessments = useQuery(ParAssessmentsDocument, {
    variables: { cycleId: id, first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const cycle = cycleQuery.data?.parCycle;

  if (cycleQuery.loading && !cycle) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (!cycle) {
    return (
      <Card>
        {cycleQuery.error && toApiError(cycleQuery.error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={cycleQuery.error} onRetry={() => void cycleQuery.refetch()} />
        ) : (
          <Empty description={t('parIndex.cycle.notFound')}>
            <Link to={PAR_CYCLES_PATH}>{t('parIndex.cycle.backToList')}</Link>
          </Empty>
        )}
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="par-cycle">
      <div>
        <Link to={PAR_CYCLES_PATH}>
          <ArrowLeftOutlined /> {t('parIndex.cycle.backToList')}
        </Link>
        <Typography.Title level={3} style={{ margin: '8px 0 0' }} data-testid="par-cycle-title">
          {cycle.name}
        </Typography.Title>
      </div>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('parIndex.fields.year')}>{cycle.year}</Descriptions.Item>
          <Descriptions.Item label={t('parIndex.cycles.selfAssessmentDue')}>
            {fmt.date(cycle.selfAssessmentDue)}
          </Descriptions.Item>
          <Descriptions.Item label={t('parIndex.fields.status')}>
            <ParCycleStatusTag status={cycle.status} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('parIndex.cycle.assessments')}>
        <ConnectionTable<ParAssessmentRowFragment>
          data-testid="par-assessments-table"
          connection={assessments.data?.parAssessments}
          previousConnection={assessments.previousData?.parAssessments}
          loading={assessments.loading}
          error={assessments.error}
          onRetry={() => void assessments.refetch()}
          emptyText={t('parIndex.cycle.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 820 }}
          onRow={(row) => ({
            onClick: () => void navigate(parAssessmentPath(row.id)),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              key: 'agency',
              title: t('parIndex.assessment.agency'),
              render: (_v, row) => (
                <Link
                  to={parAssessmentPath(row.id)}
                  data-testid={`par-assessment-link-${row.id}`}
                  onClick={(event) => event.stopPropagation()}
                >
                  {row.agency?.name ?? '—'}
                </Link>
              ),
            },
            {
              key: 'group',
              title: t('parIndex.fields.targetGroup'),
              width: 210,
              render: (_v, row) =>
                row.framework ? t(`parIndex.targetGroup.${row.framework.targetGroup}`) : '—',
            },
            {
              key: 'status',
              title: t('parIndex.fields.status'),
              width: 200,
              render: (_v, row) => (
                <Flex gap={4} wrap>
                  <ParAssessmentStatusTag status={row.status} late={row.late} />
                </Flex>
              ),
            },
            {
              key: 'progress',
              title: t('parIndex.assessment.progress'),
              width: 110,
              align: 'right',
              render: (_v, row) =>
                `${fmt.number(row.selfSummary.scored)}/${fmt.number(row.selfSummary.toScore)}`,
            },
            {
              key: 'selfPoints',
              title: t('parIndex.assessment.selfPoints'),
              width: 120,
              align: 'right',
              render: (_v, row) => fmt.number(row.selfSummary.selfPoints),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
