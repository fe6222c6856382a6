import { Card, Empty, Flex, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportAction } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { AgencyReportQuery } from '../../../gql/graphql';
import { ReportStatusTag } from '../report-tags.component';

type ReportEvent = AgencyReportQuery['agencyReport']['events'][number];

const DOT_COLOR: Readonly<Record<ReportAction, string>> = {
  [ReportAction.SUBMIT]: 'blue',
  [ReportAction.ACCEPT]: 'green',
  [ReportAction.RETURN]: 'orange',
  [ReportAction.REOPEN]: 'orange',
};

/** Every transition, newest first: action, resulting status, comment, who and when. */
export function ReportEvents({ events }: { events: readonly ReportEvent[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Card title={t('report.events.title')}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.events.empty')} />
      ) : (
        <Timeline
          data-testid="report-events"
          items={events.map((event) => ({
            key: event.id,
            color: DOT_COLOR[event.action],
            content: (
              <Flex vertical gap={4} data-testid="report-event" data-action={event.action}>
                <Space size={8} wrap>
                  <Typography.Text strong>{t(`report.action.${event.action}`)}</Typography.Text>
                  <ReportStatusTag status={event.status} />
                  <Typography.Text type="secondary">
                    {t('report.events.by', {
                      who: event.actorLabel ?? t('report.events.unknown'),
                      time: fmt.dateTime(event.createdAt),
                    })}
                  </Typography.Text>
                </Space>
                {event.comment && (
                  <Typography.Paragraph
                    style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                    data-testid="report-event-comment"
                  >
                    {event.comment}
                  </Typography.Paragraph>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
