import { LinkOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { TaskDetailQuery } from '../../gql/graphql';
import { DueBadgeTag, ProgressBar, TaskStatusTag, useAreaName } from './task-tags.component';
import { isHttpUrl } from './task-update.util';

export type TaskDetail = TaskDetailQuery['planItem'];
type Assignment = TaskDetail['leads'][number];

interface ParentLink {
  id: string;
  code: string;
  title: string;
}

interface ChainNode extends ParentLink {
  parent?: ChainNode | null;
}

/** Results and activities above the task, outermost first. */
export function parentChain(task: TaskDetail): ParentLink[] {
  const chain: ParentLink[] = [];
  for (let node: ChainNode | null | undefined = task.parent; node; node = node.parent) {
    chain.unshift({ id: node.id, code: node.code, title: node.title });
  }
  return chain;
}

function AssignmentList({ assignments }: { assignments: readonly Assignment[] }) {
  const { t } = useTranslation();
  if (assignments.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={6}>
      {assignments.map((assignment) => {
        const name = assignment.agency?.name ?? assignment.group?.name ?? '—';
        return (
          <Space key={assignment.id} size={6} wrap>
            {assignment.group ? (
              <Tooltip title={assignment.group.members.map((member) => member.name).join(', ')}>
                <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                  {t('task.groupLabel', { name, count: assignment.group.members.length })}
                </Tag>
              </Tooltip>
            ) : (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {name}
              </Tag>
            )}
            {assignment.sourceText && assignment.sourceText !== name && (
              <Typography.Text type="secondary" italic>
                {t('task.sourceText', { text: assignment.sourceText })}
              </Typography.Text>
            )}
          </Space>
        );
      })}
    </Flex>
  );
}

export function TaskFields({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const areaName = useAreaName();
  const chain = parentChain(task);
  const dash = '—';

  return (
    <Descriptions
      data-testid="task-fields"
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      styles={{ label: { width: 180 } }}
      items={[
        { key: 'code', label: t('task.fields.code'), children: task.code },
        { key: 'kind', label: t('task.fields.kind'), children: t(`task.kind.${task.kind}`) },
        {
          key: 'plan',
          label: t('task.fields.plan'),
          span: 2,
          children: (
            <Link to={`/plans/${task.plan.id}`}>
              {task.plan.code} — {task.plan.title}
            </Link>
          ),
        },
        { key: 'area', label: t('task.fields.area'), span: 2, children: areaName(task.areaCode) },
        {
          key: 'parents',
          label: t('task.fields.parents'),
          span: 2,
          children:
            chain.length === 0 ? (
              dash
            ) : (
              <Flex vertical gap={2}>
                {chain.map((parent, depth) => (
                  <Typography.Text key={parent.id} style={{ paddingInlineStart: depth * 16 }}>
                    <Typography.Text strong>{parent.code}</Typography.Text> {parent.title}
                  </Typography.Text>
                ))}
              </Flex>
            ),
        },
        {
          key: 'product',
          label: t('task.fields.product'),
          span: 2,
          children: (
            <Space size={8} wrap>
              {task.productType && <Tag>{t(`task.productType.${task.productType}`)}</Tag>}
              <span>{task.productText ?? dash}</span>
            </Space>
          ),
        },
        {
          key: 'leads',
          label: t('task.fields.leads'),
          span: 2,
          children: <AssignmentList assignments={task.leads} />,
        },
        {
          key: 'coordinators',
          label: t('task.fields.coordinators'),
          span: 2,
          children: <AssignmentList assignments={task.coordinators} />,
        },
        {
          key: 'due',
          label: t('task.fields.due'),
          children: (
            <Space size={8} wrap>
              <span>{task.dueLabel ?? dash}</span>
              {task.dueDate && <Typography.Text type="secondary">({fmt.date(task.dueDate)})</Typography.Text>}
              <DueBadgeTag item={task} />
            </Space>
          ),
        },
        { key: 'funding', label: t('task.fields.funding'), children: task.fundingText ?? dash },
        { key: 'status', label: t('task.fields.status'), children: <TaskStatusTag status={task.status} /> },
        {
          key: 'progress',
          label: t('task.fields.progress'),
          children: <ProgressBar percent={task.progress} status={task.status} />,
        },
        { key: 'completedOn', label: t('task.fields.completedOn'), children: fmt.date(task.completedOn) },
        {
          key: 'evidence',
          label: t('task.fields.evidence'),
          children:
            task.evidenceNumber || task.evidenceDate || task.evidenceLink ? (
              <Space size={8} wrap>
                {task.evidenceNumber && <span>{task.evidenceNumber}</span>}
                {task.evidenceDate && <span>{fmt.date(task.evidenceDate)}</span>}
                {task.evidenceLink && isHttpUrl(task.evidenceLink) && (
                  <Typography.Link href={task.evidenceLink} target="_blank" rel="noopener noreferrer">
                    <LinkOutlined /> {t('task.timeline.openEvidence')}
                  </Typography.Link>
                )}
              </Space>
            ) : (
              dash
            ),
        },
      ]}
    />
  );
}
