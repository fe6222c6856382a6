import type { ReactNode } from 'react';
import { Empty, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ReportingRoundQuery } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { isOverdueLine } from '../report-completeness.util';
import { LateTag, OverdueTag, ReportStatusTag } from '../report-tags.component';
import { reportPath } from '../report-url.util';

export type CompletenessLine = ReportingRoundQuery['reportingRound']['completeness']['agencies'][number];

/** Each agency's report of a round: status (and overdue), due date, submission time, on time or late. */
export function CompletenessTable({
  lines,
  emptyText,
}: {
  lines: readonly CompletenessLine[];
  emptyText: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const today = todayInVietnam();
  return (
    <Table<CompletenessLine>
      data-testid="round-agencies"
      rowKey="reportId"
      size="middle"
      dataSource={[...lines]}
      pagination={false}
      scroll={{ x: 800 }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      columns={[
        {
          key: 'agency',
          title: t('report.dashboard.agency'),
          render: (_v, line) => (
            <Link to={reportPath(line.reportId)} data-testid={`round-report-${line.reportId}`}>
              {line.agencyName}
            </Link>
          ),
        },
        {
          key: 'status',
          title: t('report.dashboard.status'),
          width: 220,
          render: (_v, line) => (
            <Space size={4} wrap>
              <ReportStatusTag status={line.status} />
              {isOverdueLine(line, today) && <OverdueTag />}
            </Space>
          ),
        },
        {
          key: 'due',
          title: t('report.dashboard.dueDate'),
          width: 130,
          render: (_v, line) => fmt.date(line.dueDate),
        },
        {
          key: 'submitted',
          title: t('report.dashboard.submittedAt'),
          width: 170,
          render: (_v, line) => fmt.dateTime(line.submittedAt),
        },
        {
          key: 'late',
          title: t('report.dashboard.timeliness'),
          width: 130,
          render: (_v, line) => {
            if (!line.submittedAt) return '—';
            return line.late ? <LateTag /> : <Tag color="green">{t('report.dashboard.onTime')}</Tag>;
          },
        },
      ]}
    />
  );
}
