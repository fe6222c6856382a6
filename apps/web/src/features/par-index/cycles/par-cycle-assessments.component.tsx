import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Flex, Select, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MAX_PAGE_SIZE, ParAssessmentStatus, ParCycleStatus, Permission } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { ParCycleAssessmentRowFragment, ParCycleDetailFragment } from '../../../gql/graphql';
import { enumParam, patchParams } from '../../indicators/indicator-url.util';
import { ParCycleAssessmentsDocument } from '../graphql/par-cycle-admin.operations';
import { parAssessmentPath } from '../par-framework.util';
import { ParAssessmentReopenModal } from './par-assessment-reopen.modal';
import { ParAssessmentRowActions, type ParAssessmentAction } from './par-assessment-row-actions.component';
import { ParAssessmentStatusTag } from './par-cycle-tags.component';
import { ParDeadlineExtendModal } from './par-deadline-extend.modal';
import { PAR_ASSESSMENT_STATUSES, type ParStatusCounts } from './use-par-cycle-statuses.hook';

/** The whole cycle on one page in most provinces. */
export const PAR_CYCLE_ASSESSMENTS_PAGE = MAX_PAGE_SIZE;
type StatusFilter = ParAssessmentStatus | 'ALL';
const STATUS_FILTERS: readonly StatusFilter[] = ['ALL', ...PAR_ASSESSMENT_STATUSES];

/**
 * The agencies' assessments: step, deadlines and progress, filtered by `?status=`; coordinators extend a
 * deadline or reopen one while the cycle is open.
 */
export function ParCycleAssessments({
  cycle,
  counts,
  onChanged,
}: {
  cycle: ParCycleDetailFragment;
  counts: ParStatusCounts | null;
  /** An extension or a reopening changed a status: the counts are refetched. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = enumParam<StatusFilter>(params, 'status', STATUS_FILTERS, 'ALL');
  const canManage = useCan(Permission.PAR_CYCLE_MANAGE) && cycle.status === ParCycleStatus.OPEN;
  const [acting, setActing] = useState<{ action: ParAssessmentAction; row: ParCycleAssessmentRowFragment }>();
  // The API filters, so a step's agencies are paged like the whole list; a new filter starts at page one.
  const pagination = useKeyedCursorPagination(`${cycle.id}:${filter}`);
  const assessments = useQuery(ParCycleAssessmentsDocument, {
    variables: {
      cycleId: cycle.id,
      status: filter === 'ALL' ? null : [filter],
      first: PAR_CYCLE_ASSESSMENTS_PAGE,
      after: pagination.after,
    },
  });
  const countOf = (key: StatusFilter) => (key === 'ALL' ? counts?.total : counts?.byStatus[key]);
  const labelOf = (key: StatusFilter) => {
    const label = key === 'ALL' ? t('parIndex.cycleAdmin.filter.all') : t(`parIndex.assessmentStatus.${key}`);
    const n = countOf(key);
    return n === undefined ? label : `${label} (${fmt.number(n)})`;
  };
  const finish = () => {
    setActing(undefined);
    onChanged();
  };

  const columns: TableColumnsType<ParCycleAssessmentRowFragment> = [
    {
      key: 'agency',
      title: t('parIndex.assessment.agency'),
      render: (_v, row) => (
        <Link
          to={parAssessmentPath(row.id)}
          data-testid={`par-assessment-link-${row.id}`}
          onClick={(event) => event.stopPropagation()}
        >
          {row.agency?.name ?? '—'}
        </Link>
      ),
    },
    {
      key: 'group',
      title: t('parIndex.fields.targetGroup'),
      width: 180,
      render: (_v, row) => (row.framework ? t(`parIndex.targetGroup.${row.framework.targetGroup}`) : '—'),
    },
    {
      key: 'status',
      title: t('parIndex.fields.status'),
      width: 200,
      render: (_v, row) => (
        <Flex vertical gap={4} align="start">
          <Flex gap={4} wrap>
            <ParAssessmentStatusTag status={row.status} late={row.late} />
          </Flex>
          {row.closedByDeadline && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`par-closed-${row.id}`}>
              {t(`parIndex.cycleAdmin.closedByDeadline.${row.closedByDeadline}`)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'selfDeadline',
      title: t('parIndex.cycles.selfAssessmentDue'),
      width: 130,
      render: (_v, row) => (
        <Flex vertical gap={2} align="start" data-testid={`par-self-deadline-${row.id}`}>
          {fmt.date(row.selfAssessmentDeadline)}
          {row.selfAssessmentDue && (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('parIndex.cycleAdmin.extended')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'explanationDue',
      title: t('parIndex.cycleAdmin.explanationDue'),
      width: 130,
      render: (_v, row) => (
        <span data-testid={`par-explanation-due-${row.id}`}>{fmt.date(row.explanationDue)}</span>
      ),
    },
    {
      key: 'progress',
      title: t('parIndex.assessment.progress'),
      width: 110,
      align: 'right',
      render: (_v, row) => `${fmt.number(row.selfSummary.scored)}/${fmt.number(row.selfSummary.toScore)}`,
    },
    {
      key: 'selfPoints',
      title: t('parIndex.assessment.selfPoints'),
      width: 110,
      align: 'right',
      render: (_v, row) => fmt.number(row.selfSummary.selfPoints),
    },
  ];
  if (canManage)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 190,
      render: (_v, row) => (
        <ParAssessmentRowActions
          row={row}
          onAction={(action, target) => setActing({ action, row: target })}
        />
      ),
    });

  return (
    <Card title={t('parIndex.cycle.assessments')}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('parIndex.cycleAdmin.filter.label')}</Typography.Text>
        <Select<StatusFilter>
          data-testid="par-assessment-status-filter"
          value={filter}
          onChange={(value) => setParams(patchParams(params, { status: value }, { status: 'ALL' }))}
          options={STATUS_FILTERS.map((key) => ({ value: key, label: labelOf(key) }))}
          style={{ minWidth: 200, maxWidth: '100%' }}
        />
      </Flex>
      <ConnectionTable<ParCycleAssessmentRowFragment>
        data-testid="par-assessments-table"
        connection={assessments.data?.parAssessments}
        previousConnection={assessments.previousData?.parAssessments}
        loading={assessments.loading}
        error={assessments.error}
        onRetry={() => void assessments.refetch()}
        emptyText={filter === 'ALL' ? t('parIndex.cycle.empty') : t('parIndex.cycleAdmin.filter.empty')}
        paging={{ pagination, pageSize: PAR_CYCLE_ASSESSMENTS_PAGE, hideOnSinglePage: true }}
        scroll={{ x: canManage ? 1150 : 960 }}
        onRow={(row) => ({
          onClick: () => void navigate(parAssessmentPath(row.id)),
          style: { cursor: 'pointer' },
        })}
        columns={columns}
      />
      {acting?.action === 'extend' && (
        <ParDeadlineExtendModal
          assessment={acting.row}
          onClose={() => setActing(undefined)}
          onDone={finish}
        />
      )}
      {acting?.action === 'reopen' && (
        <ParAssessmentReopenModal
          assessment={acting.row}
          onClose={() => setActing(undefined)}
          onDone={finish}
        />
      )}
    </Card>
  );
}
