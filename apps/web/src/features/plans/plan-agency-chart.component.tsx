import { Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlanItemStatus } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { STATUS_FILL } from '../tasks/task-tags.component';
import { taskListPath, type TaskListFilters } from '../tasks/task-url-filters.util';
import type { AgencyBar } from './plan-stats.util';

type Segment = 'done' | 'inProgress' | 'notStarted' | 'overdue' | 'cancelled';

const SEGMENTS: readonly Segment[] = ['done', 'inProgress', 'notStarted', 'overdue', 'cancelled'];

const SEGMENT_FILTERS: Readonly<Record<Segment, Partial<TaskListFilters>>> = {
  done: { statuses: [PlanItemStatus.DONE] },
  inProgress: { statuses: [PlanItemStatus.IN_PROGRESS], overdue: false },
  notStarted: { statuses: [PlanItemStatus.NOT_STARTED], overdue: false },
  overdue: { overdue: true },
  cancelled: { statuses: [PlanItemStatus.CANCELLED] },
};

const BAR_HEIGHT = 18;

function Legend() {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap style={{ marginBottom: 12 }}>
      {SEGMENTS.map((segment) => (
        <Flex key={segment} gap={6} align="center">
          <span
            aria-hidden
            style={{
              width: 12,
              height: 12,
              borderRadius: 2,
              background: STATUS_FILL[segment],
              display: 'inline-block',
            }}
          />
          <Typography.Text type="secondary">{t(`plan.chart.${segment}`)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * Tasks per lead agency as horizontal stacked bars, plain HTML/CSS (no chart library): each segment and
 * each agency name opens the task list filtered by that agency (and status).
 */
export function PlanAgencyChart({ planId, bars }: { planId: string; bars: readonly AgencyBar[] }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (bars.length === 0) return <Empty description={t('plan.overview.noTasks')} />;
  // Scaled to the largest named agency; "others" adds up many agencies, so its bar shows shares only.
  const max = Math.max(...bars.filter((bar) => bar.key !== null).map((bar) => bar.total), 1);

  return (
    <div data-testid="plan-agency-chart">
      <Legend />
      <Flex vertical gap={6} role="list">
        {bars.map((bar) => {
          const label = bar.key ? bar.label : t('plan.chart.others', { n: number(bar.agencies) });
          const to = (filters: Partial<TaskListFilters>) =>
            bar.key ? taskListPath({ plan: planId, lead: bar.key, ...filters }) : null;
          const leadPath = to({});
          return (
            <div
              key={bar.key ?? 'others'}
              role="listitem"
              data-testid={`agency-bar-${bar.key ?? 'others'}`}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(140px, 280px) minmax(0, 1fr) 48px',
                gap: 12,
                alignItems: 'center',
                ...(bar.key === null ? { borderTop: '1px dashed #d9d9d9', paddingTop: 6, marginTop: 4 } : {}),
              }}
            >
              <Typography.Text ellipsis={{ tooltip: label }} style={{ textAlign: 'right' }}>
                {leadPath ? <Link to={leadPath}>{label}</Link> : label}
              </Typography.Text>
              <div style={{ minWidth: 0 }}>
                <div
                  style={{
                    display: 'flex',
                    height: BAR_HEIGHT,
                    width: bar.key === null ? '100%' : `${(bar.total / max) * 100}%`,
                    minWidth: 2,
                    opacity: bar.key === null ? 0.75 : 1,
                  }}
                >
                  {SEGMENTS.filter((segment) => bar[segment] > 0).map((segment) => {
                    const title = `${t(`plan.chart.${segment}`)}: ${number(bar[segment])}`;
                    const path = to(SEGMENT_FILTERS[segment]);
                    const style = {
                      display: 'block',
                      height: '100%',
                      width: '100%',
                      background: STATUS_FILL[segment],
                    };
                    return (
                      <Tooltip key={segment} title={`${label} — ${title}`}>
                        <div style={{ flexGrow: bar[segment], flexBasis: 0, minWidth: 3 }}>
                          {path ? (
                            <Link
                              to={path}
                              aria-label={`${label} — ${title}`}
                              style={style}
                              data-testid={`agency-bar-segment-${segment}`}
                            />
                          ) : (
                            <span style={style} aria-label={`${label} — ${title}`} />
                          )}
                        </div>
                      </Tooltip>
                    );
                  })}
                </div>
              </div>
              <Typography.Text strong>{number(bar.total)}</Typography.Text>
            </div>
          );
        })}
      </Flex>
    </div>
  );
}
