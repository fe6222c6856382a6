import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConnectionTable, type ConnectionTableProps } from '../../app/ui/connection-table.component';
import type { TaskRowFieldsFragment } from '../../gql/graphql';
import { AssigneeTags, DueCell, ProgressBar, TaskStatusTag } from './task-tags.component';

type TaskTableProps = Omit<ConnectionTableProps<TaskRowFieldsFragment>, 'columns'> & {
  /** Shows the plan code column (lists that span several plans). */
  showPlan?: boolean;
};

export function TaskTable({ showPlan = false, ...rest }: TaskTableProps) {
  const { t } = useTranslation();
  return (
    <ConnectionTable<TaskRowFieldsFragment>
      size="middle"
      scroll={{ x: 900 }}
      {...rest}
      data-testid={rest['data-testid'] ?? 'task-table'}
      columns={[
        {
          key: 'code',
          title: t('task.fields.code'),
          width: 70,
          render: (_v, task) => <Typography.Text strong>{task.code}</Typography.Text>,
        },
        ...(showPlan
          ? [
              {
                key: 'plan',
                title: t('task.fields.plan'),
                width: 120,
                render: (_v: unknown, task: TaskRowFieldsFragment) => (
                  <Link to={`/plans/${task.plan.id}`}>{task.plan.code}</Link>
                ),
              },
            ]
          : []),
        {
          key: 'title',
          title: t('task.fields.title'),
          render: (_v, task) => (
            <Link to={`/tasks/${task.id}`} data-testid={`task-link-${task.code}`}>
              {task.title}
            </Link>
          ),
        },
        {
          key: 'leads',
          title: t('task.fields.leads'),
          width: 200,
          render: (_v, task) => <AssigneeTags assignments={task.leads} max={3} />,
        },
        {
          key: 'due',
          title: t('task.fields.due'),
          width: 150,
          render: (_v, task) => <DueCell item={task} />,
        },
        {
          key: 'status',
          title: t('task.fields.status'),
          width: 160,
          render: (_v, task) => (
            <Flex vertical gap={4} align="start">
              <TaskStatusTag status={task.status} />
              <ProgressBar percent={task.progress} status={task.status} />
            </Flex>
          ),
        },
      ]}
    />
  );
}
