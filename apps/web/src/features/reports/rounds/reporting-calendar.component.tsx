import { FileDoneOutlined, FundViewOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ReportRoundKind } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { periodLabel } from '../../indicators/indicator-period.util';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { roundState } from '../report-completeness.util';
import { RoundStateTag } from '../report-tags.component';
import { consolidatedPath, roundPath } from '../report-url.util';
import type { CalendarRow } from './report-calendar.util';

interface ReportingCalendarProps {
  rows: readonly CalendarRow[];
  loading: boolean;
  /** Coordinators open periodic rounds. */
  canOpen: boolean;
  /** Province-wide readers follow a round's dashboard; agency staff only see their own reports. */
  canTrack: boolean;
  opening: string | null;
  onOpen: (row: CalendarRow) => void;
}

/** The year's reports: calendar dates (dd/MM/yyyy), each opened round's state and the coordinator's actions. */
export function ReportingCalendar({
  rows,
  loading,
  canOpen,
  canTrack,
  opening,
  onOpen,
}: ReportingCalendarProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const today = todayInVietnam();

  const title = (row: CalendarRow) => {
    const text = row.title ?? periodLabel(row.period, t);
    return (
      <Flex vertical gap={2}>
        <Space size={4} wrap>
          <Tag color={row.kind === ReportRoundKind.AD_HOC ? 'purple' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {t(`report.kind.${row.kind}`)}
          </Tag>
          {row.round && canTrack ? (
            <Link to={roundPath(row.round.id)} data-testid={`round-link-${row.round.id}`}>
              {text}
            </Link>
          ) : (
            <Typography.Text>{text}</Typography.Text>
          )}
        </Space>
        {!row.round && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('report.rounds.notOpenedHint')}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  const actions = (row: CalendarRow) => {
    const { round } = row;
    if (!round) {
      if (!canOpen) return null;
      return (
        <Popconfirm
          title={t('report.rounds.openConfirm', { title: periodLabel(row.period, t) })}
          okText={t('report.rounds.open')}
          cancelText={t('common.cancel')}
          onConfirm={() => onOpen(row)}
        >
          <Button
            size="small"
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={opening === row.key}
            data-testid={`round-open-${row.kind}`}
          >
            {t('report.rounds.open')}
          </Button>
        </Popconfirm>
      );
    }
    if (!canTrack) return null;
    return (
      <Flex vertical gap={4} align="start">
        <Button
          size="small"
          icon={<FundViewOutlined />}
          data-testid={`round-dashboard-${round.id}`}
          onClick={() => void navigate(roundPath(round.id))}
        >
          {t('report.rounds.dashboard')}
        </Button>
        <Button
          size="small"
          icon={<FileDoneOutlined />}
          onClick={() => void navigate(consolidatedPath(round.id))}
        >
          {t('report.rounds.consolidated')}
        </Button>
      </Flex>
    );
  };

  return (
    <Table<CalendarRow>
      data-testid="reporting-calendar"
      rowKey="key"
      size="middle"
      loading={loading}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 1320 }}
      locale={{ emptyText: <Empty description={t('report.rounds.empty')} /> }}
      columns={[
        { key: 'title', title: t('report.rounds.report'), width: 300, render: (_v, row) => title(row) },
        {
          key: 'period',
          title: t('report.rounds.period'),
          width: 140,
          render: (_v, row) => periodLabel(row.period, t),
        },
        {
          key: 'window',
          title: t('report.rounds.window'),
          width: 190,
          render: (_v, row) => `${fmt.date(row.dataFrom)} – ${fmt.date(row.dataTo)}`,
        },
        {
          key: 'dueByLevel',
          title: t('report.rounds.dueByLevel'),
          width: 230,
          render: (_v, row) => (
            <Flex vertical>
              {row.dueByLevel.map((due) => (
                <Typography.Text key={due.level}>
                  {t(`report.level.${due.level}`)}: {fmt.date(due.date)}
                </Typography.Text>
              ))}
            </Flex>
          ),
        },
        {
          key: 'legalDue',
          title: t('report.rounds.legalDue'),
          width: 130,
          render: (_v, row) => fmt.date(row.dueDate),
        },
        {
          key: 'state',
          title: t('report.rounds.state'),
          width: 200,
          render: (_v, row) => (
            <Flex vertical gap={2}>
              <span>
                <RoundStateTag state={roundState(row.round, today)} />
              </span>
              {row.round && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('report.rounds.progress', {
                    submitted: fmt.number(row.round.completeness.submitted),
                    expected: fmt.number(row.round.completeness.expected),
                    accepted: fmt.number(row.round.completeness.accepted),
                  })}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        { key: 'actions', title: t('common.actions'), width: 180, render: (_v, row) => actions(row) },
      ]}
    />
  );
}
