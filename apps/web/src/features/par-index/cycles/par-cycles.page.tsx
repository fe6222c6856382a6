import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DEFAULT_PAGE_SIZE, Permission } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useCursorPagination } from '../../../app/ui/use-cursor-pagination.hook';
import type { ParCyclesQuery } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ParCyclesDocument } from '../graphql/par-assessment.operations';
import { parCyclePath } from '../par-framework.util';
import { ParIndexTabs } from '../par-index-tabs.component';
import { ParCycleOpenModal } from './par-cycle-open.modal';
import { ParCycleProgress } from './par-cycle-progress.component';
import { ParCycleStatusTag } from './par-cycle-tags.component';
import { countStatuses } from './use-par-cycle-statuses.hook';

type ParCycleListRow = ParCyclesQuery['parCycles']['edges'][number]['node'];

/** The province's PAR Index cycles (kỳ đánh giá), newest year first; coordinators open next year's. */
export function ParCyclesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const canOpen = useCan(Permission.PAR_CYCLE_MANAGE);
  const pagination = useCursorPagination();
  const [opening, setOpening] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(ParCyclesDocument, {
    variables: { first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const thisYear = Number(todayInVietnam().slice(0, 4));

  return (
    <>
      <ParIndexTabs current="cycles" />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('parIndex.cycles.title')}</Typography.Title>
        {canOpen && (
          <Button
            data-testid="par-cycle-open"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpening(true)}
          >
            {t('parIndex.cycles.open')}
          </Button>
        )}
      </Flex>
      <Card>
        <ConnectionTable<ParCycleListRow>
          data-testid="par-cycles-table"
          connection={data?.parCycles}
          previousConnection={previousData?.parCycles}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={t('parIndex.cycles.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 640 }}
          columns={[
            { key: 'year', title: t('parIndex.fields.year'), dataIndex: 'year', width: 80 },
            {
              key: 'name',
              title: t('parIndex.cycles.name'),
              render: (_v, cycle) => (
                <Link to={parCyclePath(cycle.id)} data-testid={`par-cycle-link-${cycle.id}`}>
                  {cycle.name}
                </Link>
              ),
            },
            {
              key: 'due',
              title: t('parIndex.cycles.selfAssessmentDue'),
              width: 170,
              render: (_v, cycle) => fmt.date(cycle.selfAssessmentDue),
            },
            {
              key: 'status',
              title: t('parIndex.fields.status'),
              width: 140,
              render: (_v, cycle) => <ParCycleStatusTag status={cycle.status} />,
            },
            {
              key: 'finalised',
              title: t('parIndex.cycles.finalised'),
              width: 170,
              render: (_v, cycle) => <ParCycleProgress counts={countStatuses(cycle.statusCounts)} />,
            },
          ]}
        />
      </Card>
      {opening && (
        <ParCycleOpenModal
          year={thisYear}
          onClose={() => setOpening(false)}
          onOpened={(id) => {
            setOpening(false);
            void navigate(parCyclePath(id));
          }}
        />
      )}
    </>
  );
}
