import { useMemo, type ReactNode } from 'react';
import {
  ArrowLeftOutlined,
  FileExcelOutlined,
  UnorderedListOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Permission } from '@partrack/shared';
import { toApiError } from '../../app/apollo/api-error';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { useCan } from '../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { DownloadErrorAlert } from '../../app/ui/download-error-alert.component';
import { useDownload } from '../../app/ui/use-download.hook';
import { taskListPath } from '../tasks/task-url-filters.util';
import { ExportPlanXlsxDocument, PlanOverviewDocument, PlanStatsDocument } from './graphql/plan.operations';
import { PlanAgencyChart } from './plan-agency-chart.component';
import { PlanAreaCards } from './plan-area-cards.component';
import { agencyBars, totalsOf } from './plan-stats.util';
import { PlanStatusTag } from './plan-status.component';
import { PlanTotals } from './plan-totals.component';
import { PlanTreeTable } from './plan-tree.component';
import { buildPlanTree } from './plan-tree.util';

export function PlanOverviewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const canManage = useCan(Permission.PLAN_MANAGE);
  const { id = '' } = useParams();
  const overview = useQuery(PlanOverviewDocument, { variables: { id } });
  const stats = useQuery(PlanStatsDocument, { variables: { planId: id } });
  const plan = overview.data?.plan;
  const tree = useMemo(() => buildPlanTree(plan?.items ?? []), [plan?.items]);
  const bars = useMemo(
    () => agencyBars(stats.data?.leads ?? [], stats.data?.leadsOnTime ?? []),
    [stats.data],
  );
  const totals = useMemo(() => totalsOf(stats.data?.areas ?? []), [stats.data]);
  const client = useApolloClient();
  const exporter = useDownload();

  if (overview.loading && !plan) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (!plan) {
    return (
      <Card>
        {overview.error && toApiError(overview.error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        ) : (
          <Empty description={t('plan.overview.notFound')} />
        )}
      </Card>
    );
  }

  const statsBody = (render: () => ReactNode) => {
    if (stats.loading && !stats.data) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (stats.error && !stats.data)
      return <ApiErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />;
    return render();
  };

  const exportTemplate = () =>
    exporter.download(async () => {
      const result = await client.query({
        query: ExportPlanXlsxDocument,
        variables: { planId: plan.id },
        fetchPolicy: 'no-cache',
      });
      return result.data?.exportPlanXlsx;
    });

  return (
    <Flex vertical gap={16} data-testid="plan-overview">
      <div>
        <Link to="/plans">
          <ArrowLeftOutlined /> {t('plan.overview.backToList')}
        </Link>
        <Flex justify="space-between" align="start" wrap gap={8} style={{ marginTop: 8 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-title">
            {plan.title}
          </Typography.Title>
          <Flex gap={8} wrap>
            <Button
              data-testid="plan-open-tasks"
              icon={<UnorderedListOutlined />}
              onClick={() => void navigate(taskListPath({ plan: plan.id }))}
            >
              {t('plan.overview.openTasks')}
            </Button>
            <Tooltip title={t('plan.overview.exportTemplateHint')}>
              <Button
                data-testid="plan-export"
                icon={<FileExcelOutlined />}
                loading={exporter.downloading}
                onClick={() => void exportTemplate()}
              >
                {t('plan.overview.exportTemplate')}
              </Button>
            </Tooltip>
            {canManage && (
              <Button
                data-testid="plan-reimport"
                icon={<UploadOutlined />}
                onClick={() => void navigate(`/plans/import?plan=${plan.id}`)}
              >
                {t('plan.overview.reimport')}
              </Button>
            )}
          </Flex>
        </Flex>
      </div>
      <DownloadErrorAlert
        data-testid="plan-export-error"
        error={exporter.error}
        onClose={exporter.clearError}
      />
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'code', label: t('plan.fields.code'), children: plan.code },
            { key: 'year', label: t('plan.fields.year'), children: plan.year },
            {
              key: 'status',
              label: t('plan.fields.status'),
              children: <PlanStatusTag status={plan.status} />,
            },
            {
              key: 'decision',
              label: t('plan.fields.decision'),
              children: plan.decisionNumber
                ? t('plan.overview.decision', {
                    number: plan.decisionNumber,
                    date: fmt.date(plan.decisionDate),
                  })
                : '—',
            },
            { key: 'owner', label: t('plan.fields.owner'), children: plan.ownerAgency.name },
            ...(plan.parentPlan
              ? [
                  {
                    key: 'parent',
                    label: t('plan.fields.parentPlan'),
                    children: <Link to={`/plans/${plan.parentPlan.id}`}>{plan.parentPlan.code}</Link>,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {statsBody(() => (
        <PlanTotals planId={plan.id} totals={totals} />
      ))}
      <Card title={t('plan.overview.byArea')}>
        {statsBody(() => (
          <PlanAreaCards planId={plan.id} rows={stats.data?.areas ?? []} />
        ))}
      </Card>
      <Card title={t('plan.overview.byLeadAgency')}>
        {statsBody(() => (
          <PlanAgencyChart planId={plan.id} bars={bars} />
        ))}
      </Card>
      <Card title={t('plan.overview.tree')}>
        <PlanTreeTable data-testid="plan-tree" rows={tree.main} branchKeys={tree.branchKeys} />
      </Card>
      {tree.projects.length > 0 && (
        <Card title={t('plan.overview.projects')}>
          <PlanTreeTable data-testid="plan-projects" rows={tree.projects} branchKeys={[]} />
        </Card>
      )}
    </Flex>
  );
}
