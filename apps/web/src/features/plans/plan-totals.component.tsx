import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlanItemStatus } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { STATUS_FILL } from '../tasks/task-tags.component';
import { taskListPath, type TaskListFilters } from '../tasks/task-url-filters.util';
import type { StatsTotals } from './plan-stats.util';

type TotalKey = 'total' | 'done' | 'inProgress' | 'notStarted' | 'overdue';

const TOTALS: ReadonlyArray<{ key: TotalKey; color?: string; filters: Partial<TaskListFilters> }> = [
  { key: 'total', filters: {} },
  { key: 'done', color: STATUS_FILL.done, filters: { statuses: [PlanItemStatus.DONE] } },
  { key: 'inProgress', color: STATUS_FILL.inProgress, filters: { statuses: [PlanItemStatus.IN_PROGRESS] } },
  { key: 'notStarted', filters: { statuses: [PlanItemStatus.NOT_STARTED] } },
  { key: 'overdue', color: STATUS_FILL.overdue, filters: { overdue: true } },
];

/** The plan's headline figures; each opens the matching task list. */
export function PlanTotals({ planId, totals }: { planId: string; totals: StatsTotals }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Row gutter={[16, 16]} data-testid="plan-totals">
      {TOTALS.map(({ key, color, filters }) => (
        <Col key={key} xs={12} md={8} xl={4}>
          <Card size="small" hoverable>
            <Link to={taskListPath({ plan: planId, ...filters })} data-testid={`plan-total-${key}`}>
              <Statistic
                title={t(`plan.totals.${key}`)}
                value={totals[key]}
                formatter={(value) => fmt.number(Number(value))}
                styles={{ content: { color: totals[key] > 0 ? color : undefined } }}
              />
            </Link>
          </Card>
        </Col>
      ))}
      <Col xs={12} md={8} xl={4}>
        <Card size="small">
          <Statistic
            title={t('plan.totals.averageProgress')}
            value={totals.averageProgress}
            formatter={(value) => `${fmt.number(Math.round(Number(value)))}%`}
          />
        </Card>
      </Col>
    </Row>
  );
}
