import { useQuery } from '@apollo/client/react';
import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportRoundKind, ReportStatus } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { MyAgencyReportsQuery } from '../../../gql/graphql';
import { periodLabel } from '../../indicators/indicator-period.util';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { MyAgencyReportsDocument } from '../graphql/agency-report.operations';
import { isOverdueLine } from '../report-completeness.util';
import { LateTag, OverdueTag, ReportStatusTag } from '../report-tags.component';
import { reportPath } from '../report-url.util';

type Row = MyAgencyReportsQuery['agencyReports']['edges'][number]['node'];

/**
 * An agency has about four reports a year, so one page of 100 covers decades; the API orders by agency name,
 * which is the same for all of them, so the page is sorted here by due date, nearest first.
 */
const PAGE_SIZE = 100;
const byDueDate = (a: Row, b: Row) => b.dueDate.localeCompare(a.dueDate);

/** "Báo cáo của tôi": the user's agency's reports across rounds, with status, due date and late tag. */
export function MyReports({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const today = todayInVietnam();
  const pagination = useKeyedCursorPagination(agencyId);
  const query = useQuery(MyAgencyReportsDocument, {
    variables: { agencyId, first: PAGE_SIZE, after: pagination.after },
  });

  return (
    <Card title={t('report.mine.title')} data-testid="my-reports">
      <Typography.Paragraph type="secondary">{t('report.mine.hint')}</Typography.Paragraph>
      <ConnectionTable<Row>
        connection={query.data?.agencyReports}
        previousConnection={query.previousData?.agencyReports}
        loading={query.loading}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyText={t('report.mine.empty')}
        paging={{ pagination, pageSize: PAGE_SIZE, hideOnSinglePage: true }}
        sortRows={byDueDate}
        size="middle"
        scroll={{ x: 800 }}
        columns={[
          {
            key: 'round',
            title: t('report.mine.round'),
            render: (_v, row) => (
              <Flex vertical>
                <Link to={reportPath(row.id)} data-testid={`my-report-link-${row.id}`}>
                  {row.round.title}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {/* A periodic round's period says which report it is; an ad hoc one is marked as such. */}
                  {row.round.kind === ReportRoundKind.AD_HOC
                    ? `${t('report.kind.AD_HOC')} · ${periodLabel(row.round.period, t)}`
                    : periodLabel(row.round.period, t)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('report.mine.status'),
            width: 200,
            render: (_v, row) => (
              <Space size={4} wrap>
                <ReportStatusTag status={row.status} />
                {row.late && row.status !== ReportStatus.DRAFT && <LateTag />}
                {isOverdueLine(row, today) && <OverdueTag />}
              </Space>
            ),
          },
          {
            key: 'due',
            title: t('report.mine.dueDate'),
            width: 130,
            render: (_v, row) => fmt.date(row.dueDate),
          },
          {
            key: 'submitted',
            title: t('report.mine.submittedAt'),
            width: 160,
            render: (_v, row) => fmt.dateTime(row.submittedAt),
          },
        ]}
      />
    </Card>
  );
}
