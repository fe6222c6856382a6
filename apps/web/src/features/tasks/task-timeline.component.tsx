import { LinkOutlined } from '@ant-design/icons';
import { Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanItemStatus } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { AssignmentRole, type TaskUpdateFieldsFragment } from '../../gql/graphql';
import { TaskStatusTag } from './task-tags.component';
import { isHttpUrl } from './task-update.util';

const DOT_COLORS: Readonly<Record<PlanItemStatus, string>> = {
  [PlanItemStatus.NOT_STARTED]: 'gray',
  [PlanItemStatus.IN_PROGRESS]: 'blue',
  [PlanItemStatus.DONE]: 'green',
  [PlanItemStatus.CANCELLED]: 'gray',
};

export function RoleTag({ role }: { role: AssignmentRole }) {
  const { t } = useTranslation();
  return (
    <Tag color={role === AssignmentRole.Lead ? 'geekblue' : 'cyan'} style={{ marginInlineEnd: 0 }}>
      {t(`task.role.${role}`)}
    </Tag>
  );
}

/** The lead's previous figure, to show "30% → 50%"; updates arrive newest first. */
function previousLeadUpdate(
  updates: readonly TaskUpdateFieldsFragment[],
  index: number,
): TaskUpdateFieldsFragment | undefined {
  return updates.slice(index + 1).find((update) => update.progress !== null || update.status !== null);
}

export function TaskTimeline({ updates }: { updates: readonly TaskUpdateFieldsFragment[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (updates.length === 0) return <Empty description={t('task.timeline.empty')} />;

  return (
    <Timeline
      data-testid="task-timeline"
      items={updates.map((update, index) => {
        const previous = previousLeadUpdate(updates, index);
        const progressChanged = update.progress !== null && update.progress !== previous?.progress;
        return {
          key: update.id,
          color: update.status ? DOT_COLORS[update.status] : 'blue',
          content: (
            <Flex vertical gap={4} data-testid="task-timeline-item">
              <Space size={8} wrap>
                <Typography.Text strong>{update.agency.name}</Typography.Text>
                <RoleTag role={update.role} />
                <Typography.Text type="secondary">
                  {t('task.timeline.by', {
                    author: update.authorLabel ?? t('task.timeline.unknownAuthor'),
                    time: fmt.dateTime(update.createdAt),
                  })}
                </Typography.Text>
              </Space>
              {(update.progress !== null || update.status !== null) && (
                <Space size={8} wrap>
                  {update.progress !== null && (
                    <Typography.Text data-testid="task-timeline-progress">
                      {progressChanged && previous?.progress != null
                        ? t('task.timeline.progressChange', {
                            from: fmt.number(previous.progress),
                            to: fmt.number(update.progress),
                          })
                        : t('task.timeline.progress', { value: fmt.number(update.progress) })}
                    </Typography.Text>
                  )}
                  {update.status && <TaskStatusTag status={update.status} />}
                </Space>
              )}
              {update.note && (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {update.note}
                </Typography.Paragraph>
              )}
              {(update.evidenceNumber || update.evidenceDate || update.evidenceLink) && (
                <Space size={8} wrap>
                  <Typography.Text type="secondary">{t('task.timeline.evidence')}</Typography.Text>
                  {update.evidenceNumber && <Typography.Text>{update.evidenceNumber}</Typography.Text>}
                  {update.evidenceDate && <Typography.Text>{fmt.date(update.evidenceDate)}</Typography.Text>}
                  {update.evidenceLink && isHttpUrl(update.evidenceLink) && (
                    <Typography.Link href={update.evidenceLink} target="_blank" rel="noopener noreferrer">
                      <LinkOutlined /> {t('task.timeline.openEvidence')}
                    </Typography.Link>
                  )}
                </Space>
              )}
            </Flex>
          ),
        };
      })}
    />
  );
}
