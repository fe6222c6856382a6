import { ArrowLeftOutlined, FileDoneOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { periodLabel } from '../../indicators/indicator-period.util';
import { enumParam, patchParams } from '../../indicators/indicator-url.util';
import { ReportingRoundDocument } from '../graphql/reporting-round.operations';
import { filterLines, LINE_FILTERS, lineFilterCounts, type LineFilter } from '../report-completeness.util';
import { consolidatedPath } from '../report-url.util';
import { CompletenessCounters } from './completeness-counters.component';
import { CompletenessTable } from './completeness-table.component';

/** `/reports/rounds/:id`: a round's completeness counters and its agencies' reports, filtered by `?status=`. */
export function RoundDashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = enumParam<LineFilter>(params, 'status', LINE_FILTERS, 'ALL');
  const { data, loading, error, refetch } = useQuery(ReportingRoundDocument, { variables: { id } });
  const round = data?.reportingRound;

  if (loading && !round)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  if (!round) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('report.dashboard.notFound')} />
        )}
      </Card>
    );
  }

  const lines = round.completeness.agencies;
  const counts = lineFilterCounts(lines);
  const filterLabel = (key: LineFilter) => {
    if (key === 'ALL') return t('report.dashboard.filterAll');
    if (key === 'LATE') return t('report.dashboard.filterLate');
    return t(`report.status.${key}`);
  };

  return (
    <Flex vertical gap={16} data-testid="round-dashboard">
      <div>
        <Link to={`/reports?year=${round.year}`}>
          <ArrowLeftOutlined /> {t('report.dashboard.back')}
        </Link>
        <Flex justify="space-between" align="start" wrap gap={8} style={{ marginTop: 8 }}>
          <Space orientation="vertical" size={0}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="round-title">
              {round.title}
            </Typography.Title>
            <Space size={8} wrap>
              <Tag color="blue">{t(`report.kind.${round.kind}`)}</Tag>
              <Typography.Text>{periodLabel(round.period, t)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('report.dashboard.window', { from: fmt.date(round.dataFrom), to: fmt.date(round.dataTo) })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('report.dashboard.due', { date: fmt.date(round.dueDate) })}
              </Typography.Text>
            </Space>
          </Space>
          <Button
            icon={<FileDoneOutlined />}
            data-testid="round-consolidated"
            onClick={() => void navigate(consolidatedPath(round.id))}
          >
            {t('report.dashboard.consolidated')}
          </Button>
        </Flex>
      </div>
      <Card title={t('report.dashboard.countersTitle')}>
        <CompletenessCounters counts={round.completeness} />
      </Card>
      <Card title={t('report.dashboard.agenciesTitle')}>
        <Segmented<LineFilter>
          data-testid="round-status-filter"
          value={filter}
          onChange={(value) => setParams(patchParams(params, { status: value }, { status: 'ALL' }))}
          options={LINE_FILTERS.map((key) => ({
            value: key,
            label: `${filterLabel(key)} (${fmt.number(counts[key])})`,
          }))}
          style={{ marginBottom: 12, flexWrap: 'wrap' }}
        />
        <CompletenessTable
          lines={filterLines(lines, filter)}
          emptyText={lines.length === 0 ? t('report.dashboard.empty') : t('report.dashboard.emptyFilter')}
        />
      </Card>
    </Flex>
  );
}
