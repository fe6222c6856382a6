import { Card, Col, Empty, Flex, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isReformAreaCode, PlanItemStatus } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { STATUS_FILL, useAreaName } from '../tasks/task-tags.component';
import { taskListPath, type TaskListFilters } from '../tasks/task-url-filters.util';
import type { StatsRow } from './plan-stats.util';

interface CountLinkProps {
  testId: string;
  label: string;
  value: number;
  color?: string;
  to: string | null;
}

function CountLink({ testId, label, value, color, to }: CountLinkProps) {
  const { number } = useFormatters();
  const figure = (
    <Typography.Text strong style={{ fontSize: 18, color: value > 0 ? color : undefined }}>
      {number(value)}
    </Typography.Text>
  );
  return (
    <Flex vertical align="center" style={{ minWidth: 64 }} data-testid={testId}>
      {to && value > 0 ? (
        <Link to={to} aria-label={`${label}: ${number(value)}`}>
          {figure}
        </Link>
      ) : (
        figure
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
        {label}
      </Typography.Text>
    </Flex>
  );
}

/** One card per reform area: average progress, counts by status and overdue, each linking to the tasks. */
export function PlanAreaCards({ planId, rows }: { planId: string; rows: readonly StatsRow[] }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const areaName = useAreaName();
  if (rows.length === 0) return <Empty description={t('plan.overview.noTasks')} />;

  return (
    <Row gutter={[16, 16]} data-testid="plan-area-cards">
      {rows.map((row) => {
        const area = isReformAreaCode(row.key) ? row.key : null;
        const path = (filters: Partial<TaskListFilters>) =>
          area ? taskListPath({ plan: planId, area, ...filters }) : null;
        const title = area ? areaName(area) : t('task.noArea');
        return (
          <Col key={row.key} xs={24} md={12} xxl={8}>
            <Card
              size="small"
              data-testid={`area-card-${row.key}`}
              title={
                area ? (
                  <Link to={taskListPath({ plan: planId, area })} title={title}>
                    {title}
                  </Link>
                ) : (
                  title
                )
              }
              styles={{ header: { whiteSpace: 'normal' } }}
            >
              <Flex vertical gap={12}>
                <div>
                  <Typography.Text type="secondary">{t('plan.overview.averageProgress')}</Typography.Text>
                  <Progress
                    data-testid={`area-progress-${row.key}`}
                    percent={Math.round(row.averageProgress)}
                    format={(value) => `${number(value ?? 0)}%`}
                    strokeColor={STATUS_FILL.inProgress}
                  />
                </div>
                <Flex justify="space-between" wrap gap={8}>
                  <CountLink
                    testId={`area-count-${row.key}-total`}
                    label={t('plan.overview.total')}
                    value={row.total}
                    to={path({})}
                  />
                  <CountLink
                    testId={`area-count-${row.key}-done`}
                    label={t('task.status.DONE')}
                    value={row.done}
                    color={STATUS_FILL.done}
                    to={path({ statuses: [PlanItemStatus.DONE] })}
                  />
                  <CountLink
                    testId={`area-count-${row.key}-inProgress`}
                    label={t('task.status.IN_PROGRESS')}
                    value={row.inProgress}
                    color={STATUS_FILL.inProgress}
                    to={path({ statuses: [PlanItemStatus.IN_PROGRESS] })}
                  />
                  <CountLink
                    testId={`area-count-${row.key}-notStarted`}
                    label={t('task.status.NOT_STARTED')}
                    value={row.notStarted}
                    to={path({ statuses: [PlanItemStatus.NOT_STARTED] })}
                  />
                  {row.cancelled > 0 && (
                    <CountLink
                      testId={`area-count-${row.key}-cancelled`}
                      label={t('task.status.CANCELLED')}
                      value={row.cancelled}
                      to={path({ statuses: [PlanItemStatus.CANCELLED] })}
                    />
                  )}
                  <CountLink
                    testId={`area-count-${row.key}-overdue`}
                    label={t('plan.overview.overdue')}
                    value={row.overdue}
                    color={STATUS_FILL.overdue}
                    to={path({ overdue: true })}
                  />
                </Flex>
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
