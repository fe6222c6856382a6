import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencyLevel } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { IndicatorScoreboardDocument } from '../graphql/indicator.operations';
import { periodLabel } from '../indicator-period.util';
import {
  INDICATOR_STATUS_STYLE,
  indicatorStatusLabelKey,
  orderedStatusCounts,
} from '../indicator-status.util';
import { enumParam, idParam, REPORTING_LEVELS } from '../indicator-url.util';
import { PlanPeriodPicker } from '../plan-period-picker.component';
import { useIndicatorFormat } from '../use-indicator-format.hook';
import { usePlanPeriod } from '../use-plan-period.hook';
import { ScoreboardExport } from './scoreboard-export.component';
import { ScoreboardHeatmap } from './scoreboard-heatmap.component';

const DEFAULT_LEVEL = AgencyLevel.PROVINCE;

/** Where every agency of a level stands on every active indicator; plan, period and level in the URL. */
export function IndicatorScoreboardPage() {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const picker = usePlanPeriod();
  const { plan, period, params, update } = picker;
  const level = enumParam(params, 'level', REPORTING_LEVELS, DEFAULT_LEVEL);
  const root = idParam(params, 'root');
  // A whole province's communes are ~18,000 cells: too many to read, and too slow to serve (docs/performance.md).
  const needsRoot = level === AgencyLevel.COMMUNE && !root;
  const variables =
    plan && period && !needsRoot ? { planId: plan.id, period, level, rootAgencyId: root } : null;
  const query = useQuery(IndicatorScoreboardDocument, {
    variables: variables ?? { planId: '', period: '', level, rootAgencyId: root },
    skip: !variables,
  });
  const board = query.data?.indicatorScoreboard;

  let body;
  if (picker.error) body = <ApiErrorAlert error={picker.error} onRetry={() => void picker.refetch()} />;
  else if (!picker.loading && !plan) body = <Empty description={t('indicator.list.noPlan')} />;
  else if (needsRoot)
    body = <Empty data-testid="scoreboard-needs-root" description={t('indicator.scoreboard.needsRoot')} />;
  else if (query.error && !board)
    body = <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (!board) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else
    body = (
      <Flex vertical gap={12}>
        <Space size={[8, 8]} wrap data-testid="scoreboard-summary">
          {orderedStatusCounts(board.statusCounts).map(({ status, count }) => (
            <Tag
              key={status}
              color={INDICATOR_STATUS_STYLE[status].tag}
              data-testid={`scoreboard-count-${status}`}
              style={{ marginInlineEnd: 0 }}
            >
              {t(indicatorStatusLabelKey(status))}: {format.number(count)}
            </Tag>
          ))}
        </Space>
        <Typography.Text type="secondary">
          {t('indicator.scoreboard.caption', {
            period: periodLabel(board.period, t),
            level: t(`agency.level.${board.level}`),
          })}
        </Typography.Text>
        <ScoreboardHeatmap board={board} />
      </Flex>
    );

  return (
    <>
      <Typography.Title level={3}>{t('indicator.scoreboard.title')}</Typography.Title>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <PlanPeriodPicker
            plans={picker.plans}
            plan={plan}
            period={period}
            loading={picker.loading}
            onPlanChange={picker.setPlan}
            onPeriodChange={picker.setPeriod}
          />
          <Select<AgencyLevel>
            data-testid="scoreboard-level"
            aria-label={t('indicator.scoreboard.level')}
            value={level}
            onChange={(value) => update({ level: value }, { level: DEFAULT_LEVEL })}
            options={REPORTING_LEVELS.map((value) => ({ value, label: t(`agency.level.${value}`) }))}
            style={{ minWidth: 160 }}
          />
          <div style={{ minWidth: 280 }}>
            <AgencyPicker
              data-testid="scoreboard-root"
              value={root}
              placeholder={t('indicator.scoreboard.root')}
              onChange={(value) => update({ root: value })}
            />
          </div>
          <ScoreboardExport board={variables} />
        </Flex>
        {body}
      </Card>
    </>
  );
}
