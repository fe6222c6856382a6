import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { InspectionDetailFragment } from '../../../gql/graphql';
import { FindingSeverityTag, FindingStatusTag } from '../inspection-tags.component';

type Finding = InspectionDetailFragment['findings'][number];

/** The findings with their corrective tasks by title (`finding.task`, batched by the API with the findings). */
export function InspectionFindingsTable({ inspection }: { inspection: InspectionDetailFragment }) {
  const { t } = useTranslation();
  const fmt = useFormatters();

  return (
    <Table<Finding>
      rowKey="id"
      size="small"
      data-testid="inspection-findings-table"
      dataSource={[...inspection.findings].sort((a, b) => a.position - b.position)}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('inspection.findings.empty') }}
      columns={[
        { key: 'position', title: '#', dataIndex: 'position', width: 48 },
        { key: 'text', title: t('inspection.findings.text'), dataIndex: 'text' },
        {
          key: 'severity',
          title: t('inspection.findings.severity'),
          width: 120,
          render: (_v, finding) => <FindingSeverityTag severity={finding.severity} />,
        },
        {
          key: 'deadline',
          title: t('inspection.findings.deadline'),
          width: 110,
          render: (_v, finding) => fmt.date(finding.deadline),
        },
        {
          key: 'task',
          title: t('inspection.findings.task'),
          render: (_v, finding) => {
            const task = finding.task;
            if (!task)
              return <Typography.Text type="secondary">{t('inspection.findings.noTask')}</Typography.Text>;
            return (
              <Link to={`/tasks/${task.id}`} data-testid={`inspection-finding-task-${finding.position}`}>
                {task.title}
              </Link>
            );
          },
        },
        {
          key: 'status',
          title: t('inspection.findings.status'),
          width: 130,
          render: (_v, finding) => <FindingStatusTag status={finding.status} />,
        },
        {
          key: 'closedOn',
          title: t('inspection.findings.closedOn'),
          width: 110,
          render: (_v, finding) => fmt.date(finding.closedOn),
        },
        {
          key: 'reviewNote',
          title: t('inspection.findings.reviewNote'),
          render: (_v, finding) => finding.reviewNote ?? '—',
        },
      ]}
    />
  );
}
