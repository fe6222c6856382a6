import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InspectionStatus, MAX_PAGE_SIZE } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useCursorPagination } from '../../../app/ui/use-cursor-pagination.hook';
import type { InspectionRowFragment } from '../../../gql/graphql';
import { PlanInspectionsDocument } from '../graphql/inspections.operations';
import { InspectionReasons } from '../inspection-reasons.component';
import { InspectionTeam } from '../inspection-team.component';
import { InspectionStatusTag } from '../inspection-tags.component';
import { byMonth, inspectionPath, openFindingCount } from '../inspection.util';

interface InspectionTableProps {
  planId: string;
  /** Absent: the caller may not schedule (or the plan no longer allows it). */
  onSchedule?: (inspection: InspectionRowFragment) => void;
}

/** The plan's inspections by month, each with the sampling's score and reasons and its open findings. */
export function InspectionTable({ planId, onSchedule }: InspectionTableProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const pagination = useCursorPagination();
  const { data, previousData, loading, error, refetch } = useQuery(PlanInspectionsDocument, {
    variables: { planId, first: MAX_PAGE_SIZE, after: pagination.after },
  });
  return (
    <ConnectionTable<InspectionRowFragment>
      data-testid="inspections-table"
      connection={data?.inspections}
      previousConnection={previousData?.inspections}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      emptyText={t('inspection.plan.empty')}
      paging={{ pagination, pageSize: MAX_PAGE_SIZE, hideOnSinglePage: true }}
      sortRows={byMonth}
      scroll={{ x: 980 }}
      size="small"
      columns={[
        {
          key: 'month',
          title: t('inspection.fields.month'),
          width: 90,
          render: (_v, row) =>
            row.month ? t('inspection.monthShort', { month: row.month }) : t('inspection.unscheduled'),
        },
        {
          key: 'agency',
          title: t('inspection.fields.agency'),
          render: (_v, row) => (
            <Space orientation="vertical" size={0}>
              <Link to={inspectionPath(planId, row.id)} data-testid={`inspection-link-${row.id}`}>
                {row.agency?.name ?? t('inspection.unknownAgency')}
              </Link>
              {row.agency && (
                <Typography.Text type="secondary">{t(`agency.level.${row.agency.level}`)}</Typography.Text>
              )}
            </Space>
          ),
        },
        {
          key: 'team',
          title: t('inspection.fields.team'),
          width: 200,
          render: (_v, row) => <InspectionTeam team={row.team} testId={`inspection-team-${row.id}`} />,
        },
        {
          key: 'status',
          title: t('inspection.fields.status'),
          width: 130,
          render: (_v, row) => <InspectionStatusTag status={row.status} />,
        },
        {
          key: 'reasons',
          title: t('inspection.fields.reasons'),
          render: (_v, row) => (
            <Space orientation="vertical" size={0}>
              {row.score !== null && row.score !== undefined && (
                <Typography.Text strong>
                  {t('inspection.score', { score: fmt.number(row.score) })}
                </Typography.Text>
              )}
              <InspectionReasons reasons={row.reasons} />
            </Space>
          ),
        },
        {
          key: 'open',
          title: t('inspection.fields.openFindings'),
          width: 110,
          align: 'right',
          render: (_v, row) => fmt.number(openFindingCount(row.findings)),
        },
        ...(onSchedule
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 120,
                render: (_v: unknown, row: InspectionRowFragment) =>
                  row.status === InspectionStatus.PLANNED && (
                    <Button
                      size="small"
                      icon={<CalendarOutlined />}
                      data-testid={`inspection-schedule-${row.id}`}
                      onClick={() => onSchedule(row)}
                    >
                      {t('inspection.schedule.open')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
