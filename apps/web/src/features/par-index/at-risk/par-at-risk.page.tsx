import { useQuery } from '@apollo/client/react';
import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ParPointsAtRiskDocument } from '../graphql/par-at-risk.operations';
import { parAssessmentPath } from '../par-framework.util';
import { useParIndexFormat } from '../ranking/par-index-format.hook';
import { ParCycleSubPage } from '../ranking/par-cycle-sub-page.component';
import { sortAtRisk, type ParAtRiskRow } from './par-at-risk.util';

/** The province's picture of points at risk in a cycle: who loses most to late tasks and reports. */
export function ParAtRiskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <ParCycleSubPage cycleId={id} section="atRisk" title={t('parIndex.atRisk.pageTitle')}>
      {(cycle) => <ParAtRiskTable cycleId={cycle.id} />}
    </ParCycleSubPage>
  );
}

function ParAtRiskTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { number } = useFormatters();
  const fmt = useParIndexFormat();
  const { data, loading, error, refetch } = useQuery(ParPointsAtRiskDocument, { variables: { cycleId } });
  if (error && !data)
    return (
      <Card>
        <ApiErrorAlert error={error} onRetry={() => void refetch()} />
      </Card>
    );
  // Sorted here as well as by the API: the order is the point of the page, whatever the cache merged.
  const rows = sortAtRisk(data?.parPointsAtRisk ?? []);
  const name = (row: ParAtRiskRow) => row.agency?.name ?? t('parIndex.ranking.unknownAgency');
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('parIndex.atRisk.pageHint')}</Typography.Paragraph>
      <Table<ParAtRiskRow>
        data-testid="par-at-risk-table"
        rowKey="assessmentId"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('parIndex.atRisk.empty')} /> }}
        onRow={(row) => ({
          onClick: () => void navigate(parAssessmentPath(row.assessmentId)),
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            key: 'agency',
            title: t('parIndex.ranking.columns.agency'),
            sorter: (a, b) => name(a).localeCompare(name(b), 'vi'),
            render: (_v, row) => (
              <Link
                to={parAssessmentPath(row.assessmentId)}
                data-testid={`par-at-risk-agency-${row.assessmentId}`}
                onClick={(event) => event.stopPropagation()}
              >
                {name(row)}
              </Link>
            ),
          },
          {
            key: 'pointsAtRisk',
            title: t('parIndex.atRisk.pointsAtRisk'),
            width: 150,
            align: 'right',
            sorter: (a, b) => a.pointsAtRisk - b.pointsAtRisk,
            render: (_v, row) => (
              <Typography.Text type={row.pointsAtRisk > 0 ? 'danger' : undefined} strong>
                {fmt.points(row.pointsAtRisk)}
              </Typography.Text>
            ),
          },
          {
            key: 'index',
            title: t('parIndex.atRisk.provisionalIndex'),
            width: 140,
            align: 'right',
            sorter: (a, b) => a.index - b.index,
            render: (_v, row) => fmt.index(row.index),
          },
          {
            key: 'lateTasks',
            title: t('parIndex.atRisk.lateTasks'),
            width: 140,
            align: 'right',
            sorter: (a, b) => a.lateTasks - b.lateTasks,
            render: (_v, row) => number(row.lateTasks),
          },
          {
            key: 'lateReports',
            title: t('parIndex.atRisk.lateReports'),
            width: 140,
            align: 'right',
            sorter: (a, b) => a.lateReports - b.lateReports,
            render: (_v, row) => number(row.lateReports),
          },
        ]}
      />
    </Card>
  );
}
