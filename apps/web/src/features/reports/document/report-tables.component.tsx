import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ReportDataFieldsFragment } from '../../../gql/graphql';
import { periodLabel } from '../../indicators/indicator-period.util';
import { IndicatorStatusTag } from '../../indicators/indicator-tags.component';
import { useIndicatorFormat } from '../../indicators/use-indicator-format.hook';
import { ProgressBar, TaskStatusTag } from '../../tasks/task-tags.component';
import { OverdueTag } from '../report-tags.component';

type Area = ReportDataFieldsFragment['areas'][number];
type TaskLine = Area['tasks'][number];
type IndicatorLine = ReportDataFieldsFragment['indicators'][number];

const COUNT_KEYS = ['total', 'done', 'doneLate', 'inProgress', 'notStarted', 'overdue', 'cancelled'] as const;
type CountKey = (typeof COUNT_KEYS)[number];

/** The task list of one area: code and title linking to the task, status, progress, due date. */
function AreaTasks({ tasks }: { tasks: readonly TaskLine[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Table<TaskLine>
      rowKey="id"
      size="small"
      dataSource={[...tasks]}
      pagination={false}
      columns={[
        { key: 'code', title: t('report.data.taskCode'), width: 80, render: (_v, task) => task.code },
        {
          key: 'title',
          title: t('report.data.taskTitle'),
          render: (_v, task) => (
            <Link to={`/tasks/${task.id}`} data-testid={`report-task-${task.code}`}>
              {task.title}
            </Link>
          ),
        },
        {
          key: 'status',
          title: t('report.data.taskStatus'),
          width: 190,
          render: (_v, task) => (
            <>
              <TaskStatusTag status={task.status} /> {task.overdue && <OverdueTag />}
            </>
          ),
        },
        {
          key: 'progress',
          title: t('report.data.taskProgress'),
          width: 150,
          render: (_v, task) => <ProgressBar percent={task.progress} status={task.status} />,
        },
        {
          key: 'due',
          title: t('report.data.taskDue'),
          width: 110,
          render: (_v, task) => fmt.date(task.dueDate),
        },
      ]}
    />
  );
}

/** Bảng 1: tasks by reform area with their counts; `expandable` opens each area's task list. */
export function TaskCountsTable({ areas, expandable }: { areas: readonly Area[]; expandable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const sum = (key: CountKey) => areas.reduce((total, area) => total + area[key], 0);
  const label: Record<CountKey, string> = {
    total: t('report.data.total'),
    done: t('report.data.done'),
    doneLate: t('report.data.doneLate'),
    inProgress: t('report.data.inProgress'),
    notStarted: t('report.data.notStarted'),
    overdue: t('report.data.overdueCount'),
    cancelled: t('report.data.cancelled'),
  };
  return (
    <Table<Area>
      data-testid="report-task-table"
      rowKey={(area) => area.areaCode ?? 'none'}
      size="small"
      bordered
      dataSource={[...areas]}
      pagination={false}
      scroll={{ x: 800 }}
      locale={{ emptyText: <Empty description={t('report.data.noTasks')} /> }}
      expandable={
        expandable
          ? {
              expandedRowRender: (area) => <AreaTasks tasks={area.tasks} />,
              rowExpandable: (area) => area.tasks.length > 0,
            }
          : undefined
      }
      columns={[
        { key: 'area', title: t('report.data.area'), render: (_v, area) => area.areaName },
        ...COUNT_KEYS.map((key) => ({
          key,
          title: label[key],
          width: 100,
          align: 'right' as const,
          render: (_v: unknown, area: Area) => fmt.number(area[key]),
        })),
      ]}
      summary={() =>
        areas.length > 1 ? (
          <Table.Summary.Row>
            {expandable && <Table.Summary.Cell index={0} />}
            <Table.Summary.Cell index={1}>
              <Typography.Text strong>{t('report.data.totalRow')}</Typography.Text>
            </Table.Summary.Cell>
            {COUNT_KEYS.map((key, index) => (
              <Table.Summary.Cell key={key} index={index + 2} align="right">
                <Typography.Text strong>{fmt.number(sum(key))}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

/** Bảng 2: indicators with value, target and the indicators feature's status chip. */
export function IndicatorLinesTable({ lines }: { lines: readonly IndicatorLine[] }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  return (
    <Table<IndicatorLine>
      data-testid="report-indicator-table"
      rowKey="indicatorId"
      size="small"
      bordered
      dataSource={[...lines]}
      pagination={false}
      scroll={{ x: 800 }}
      locale={{ emptyText: <Empty description={t('report.data.noIndicators')} /> }}
      columns={[
        {
          key: 'code',
          title: t('report.data.indicatorCode'),
          width: 150,
          render: (_v, line) => <span style={{ wordBreak: 'break-word' }}>{line.code}</span>,
        },
        {
          key: 'name',
          title: t('report.data.indicatorName'),
          render: (_v, line) => <Link to={`/indicators/${line.indicatorId}`}>{line.name}</Link>,
        },
        {
          key: 'period',
          title: t('report.data.indicatorPeriod'),
          width: 150,
          render: (_v, line) => periodLabel(line.period, t),
        },
        {
          key: 'value',
          title: t('report.data.indicatorValue'),
          width: 130,
          align: 'right',
          render: (_v, line) => {
            const parts = format.ratio(line.numerator, line.denominator);
            return (
              <>
                <Typography.Text strong>{format.value(line.value, line.unit)}</Typography.Text>
                {parts && <div style={{ color: 'rgba(0,0,0,0.45)' }}>{parts}</div>}
              </>
            );
          },
        },
        {
          key: 'target',
          title: t('report.data.indicatorTarget'),
          width: 110,
          align: 'right',
          render: (_v, line) => format.value(line.target, line.unit),
        },
        {
          key: 'status',
          title: t('report.data.indicatorStatus'),
          width: 170,
          render: (_v, line) => <IndicatorStatusTag status={line.status} />,
        },
      ]}
    />
  );
}
