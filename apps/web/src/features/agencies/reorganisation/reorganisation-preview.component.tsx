import { Alert, Flex, Statistic, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { PreviewReorganisationMutation } from '../../../gql/graphql';
import { ReorganisationChangesTable } from './reorganisation-changes.table';
import { DependentTable, PeopleToMove } from './reorganisation-dependents.component';
import type { Problem } from './reorganisation-problems';

export type Preview = PreviewReorganisationMutation['previewReorganisation'];

/** Line-numbered problems of the file: any of them and nothing is written. */
export function ProblemsTable({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Alert type="error" showIcon title={t('agencyReorg.problems.title', { count: problems.length })} />
      <Table<Problem>
        data-testid="reorg-problems"
        size="small"
        rowKey={(problem) => `${problem.line}:${problem.field}:${problem.message}`}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[...problems]}
        columns={[
          { key: 'line', title: t('agencyReorg.problems.line'), dataIndex: 'line', width: 64 },
          { key: 'field', title: t('agencyReorg.problems.field'), dataIndex: 'field' },
          { key: 'message', title: t('agencyReorg.problems.message'), dataIndex: 'message' },
        ]}
      />
    </Flex>
  );
}

interface ReorganisationPreviewViewProps {
  preview: Preview;
  /** The batch has been applied: people can now be moved to the successors. */
  applied: boolean;
}

export function ReorganisationPreviewView({ preview, applied }: ReorganisationPreviewViewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (preview.problems.length) return <ProblemsTable problems={preview.problems} />;

  const hiddenTasks = preview.taskCount - preview.tasks.length;
  return (
    <Flex vertical gap={16} data-testid="reorg-preview">
      <Typography.Text>
        {t('agencyReorg.preview.effective', { date: format.date(preview.effectiveDate) })}
      </Typography.Text>
      <Flex gap={24} wrap>
        <Statistic title={t('agencyReorg.preview.agencies')} value={preview.agencies.length} />
        <Statistic title={t('agencyReorg.preview.users')} value={preview.users.length} />
        <Statistic title={t('agencyReorg.preview.tasks')} value={preview.taskCount} />
        <Statistic
          data-testid="reorg-measurements"
          title={t('agencyReorg.preview.measurements')}
          value={preview.measurementCount}
        />
      </Flex>
      {preview.measurementCount > 0 && (
        <Typography.Text type="secondary">
          {t('agencyReorg.preview.measurementsNote', { count: preview.measurementCount })}
        </Typography.Text>
      )}
      <Tabs
        items={[
          {
            key: 'changes',
            label: t('agencyReorg.tabs.changes', { count: preview.agencies.length }),
            children: <ReorganisationChangesTable changes={preview.agencies} />,
          },
          {
            key: 'users',
            label: t('agencyReorg.tabs.users', { count: preview.users.length }),
            children: <PeopleToMove users={preview.users} applied={applied} />,
          },
          {
            key: 'tasks',
            label: t('agencyReorg.tabs.tasks', { count: preview.taskCount }),
            children: (
              <Flex vertical gap={8}>
                <DependentTable
                  items={preview.tasks}
                  labelTitle={t('agencyReorg.dependents.task')}
                  testId="reorg-tasks"
                />
                {hiddenTasks > 0 && (
                  <Typography.Text type="secondary">
                    {t('agencyReorg.preview.moreTasks', { count: hiddenTasks })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'groups',
            label: t('agencyReorg.tabs.groups', { count: preview.groups.length }),
            children: (
              <DependentTable
                items={preview.groups}
                labelTitle={t('agencyReorg.dependents.group')}
                testId="reorg-groups"
              />
            ),
          },
          {
            key: 'reports',
            label: t('agencyReorg.tabs.reports', { count: preview.reports.length }),
            children: (
              <DependentTable
                items={preview.reports}
                labelTitle={t('agencyReorg.dependents.report')}
                testId="reorg-reports"
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
