import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Badge, Card, Flex, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { useSession } from '../../app/auth/session.context';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { useCursorPagination } from '../../app/ui/use-cursor-pagination.hook';
import { MyTaskCountsDocument, MyTasksDocument, TasksDocument } from './graphql/task.operations';
import {
  currentQuarterRange,
  quarterOfDate,
  romanQuarter,
  todayInVietnam,
  type DateRange,
} from './task-dates.util';
import { TaskTable } from './task-table.component';

export type MyTasksTab = 'lead' | 'coordinating' | 'dueThisQuarter';
const TABS: readonly MyTasksTab[] = ['lead', 'coordinating', 'dueThisQuarter'];

function isTab(value: string | null): value is MyTasksTab {
  return TABS.includes(value as MyTasksTab);
}

export function MyTasksPage() {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const session = useSession();
  const agencyId = session?.user.agencyId ?? null;
  const [params, setParams] = useSearchParams();
  const tab: MyTasksTab = isTab(params.get('tab')) ? (params.get('tab') as MyTasksTab) : 'lead';
  const [today] = useState(todayInVietnam);
  const range = currentQuarterRange(today);
  const quarter = quarterOfDate(today);
  const counts = useQuery(MyTaskCountsDocument, {
    variables: { agencyId: agencyId ?? '', dueFrom: range.from, dueTo: range.to },
    skip: !agencyId,
  });

  if (!agencyId) {
    return <Result status="info" title={t('myTasks.noAgencyTitle')} subTitle={t('myTasks.noAgency')} />;
  }

  const label = (text: string, count: number | undefined) => (
    <Flex gap={8} align="center">
      {text}
      {count !== undefined && (
        <Badge
          count={number(count)}
          showZero
          color={count > 0 ? '#1d4e89' : '#bfbfbf'}
          overflowCount={Infinity}
        />
      )}
    </Flex>
  );
  const data = counts.data;

  return (
    <>
      <Typography.Title level={3}>{t('myTasks.title')}</Typography.Title>
      <Card>
        {counts.error && <ApiErrorAlert error={counts.error} onRetry={() => void counts.refetch()} />}
        <Tabs
          data-testid="my-tasks-tabs"
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'lead',
              label: (
                <span data-testid="my-tasks-tab-lead">
                  {label(t('myTasks.tabs.lead'), data?.lead.totalCount)}
                </span>
              ),
              children: <AgencyTaskList mode="lead" agencyId={agencyId} />,
            },
            {
              key: 'coordinating',
              label: (
                <span data-testid="my-tasks-tab-coordinating">
                  {label(t('myTasks.tabs.coordinating'), data?.coordinating.totalCount)}
                </span>
              ),
              children: <AgencyTaskList mode="coordinating" agencyId={agencyId} />,
            },
            {
              key: 'dueThisQuarter',
              label: (
                <span data-testid="my-tasks-tab-due">
                  {label(
                    t('myTasks.tabs.dueThisQuarter', {
                      quarter: romanQuarter(quarter.quarter),
                      year: quarter.year,
                    }),
                    data?.dueThisQuarter.totalCount,
                  )}
                </span>
              ),
              children: <AgencyTaskList mode="dueThisQuarter" agencyId={agencyId} range={range} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

interface AgencyTaskListProps {
  mode: MyTasksTab;
  agencyId: string;
  range?: DateRange;
}

function AgencyTaskList({ mode, agencyId, range }: AgencyTaskListProps) {
  const { t } = useTranslation();
  const pagination = useCursorPagination();
  const page = { first: DEFAULT_PAGE_SIZE, after: pagination.after };
  const byRole = useQuery(TasksDocument, {
    variables: {
      filter: mode === 'lead' ? { leadAgencyId: agencyId } : { coordinatingAgencyId: agencyId },
      ...page,
    },
    skip: mode === 'dueThisQuarter',
  });
  const due = useQuery(MyTasksDocument, {
    variables: { filter: { dueFrom: range?.from, dueTo: range?.to }, ...page },
    skip: mode !== 'dueThisQuarter',
  });
  const query = mode === 'dueThisQuarter' ? due : byRole;

  return (
    <TaskTable
      data-testid={`my-tasks-table-${mode}`}
      connection={mode === 'dueThisQuarter' ? due.data?.myTasks : byRole.data?.tasks}
      loading={query.loading}
      error={query.error}
      onRetry={() => void query.refetch()}
      paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
      showPlan
      emptyText={t(`myTasks.empty.${mode}`)}
    />
  );
}
