import { useState, type Key } from 'react';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlanItemKind } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { AssigneeTags, DueCell, ProgressBar, TaskStatusTag, useAreaName } from '../tasks/task-tags.component';
import { isTrackedKind, type PlanTreeRow } from './plan-tree.util';

const KIND_COLORS: Readonly<Record<PlanItemKind, string>> = {
  [PlanItemKind.RESULT]: 'gold',
  [PlanItemKind.ACTIVITY]: 'cyan',
  [PlanItemKind.TASK]: 'blue',
  [PlanItemKind.PROJECT]: 'purple',
};

const COLUMNS = 4;

interface PlanTreeTableProps {
  rows: PlanTreeRow[];
  branchKeys: string[];
  'data-testid': string;
}

/** The plan as a tree table: area headings, results, activities, and tasks with their status and progress. */
export function PlanTreeTable({ rows, branchKeys, ...rest }: PlanTreeTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const areaName = useAreaName();
  const [expanded, setExpanded] = useState<readonly Key[]>(branchKeys);
  if (rows.length === 0) return <Empty description={t('plan.tree.empty')} />;

  const doneOf = (row: PlanTreeRow) =>
    row.taskCount > 0 ? (
      <Typography.Text type="secondary">
        {t('plan.tree.doneOf', { done: number(row.doneCount), total: number(row.taskCount) })}
      </Typography.Text>
    ) : null;

  return (
    <Flex vertical gap={8}>
      {branchKeys.length > 0 && (
        <Flex gap={8}>
          <Button size="small" onClick={() => setExpanded(branchKeys)}>
            {t('plan.tree.expandAll')}
          </Button>
          <Button size="small" onClick={() => setExpanded([])}>
            {t('plan.tree.collapseAll')}
          </Button>
        </Flex>
      )}
      <Table<PlanTreeRow>
        data-testid={rest['data-testid']}
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys),
          indentSize: 16,
        }}
        columns={[
          {
            key: 'code',
            title: t('task.fields.code'),
            width: 190,
            onCell: (row) => ({ colSpan: row.item ? 1 : COLUMNS }),
            render: (_v, row) =>
              row.item ? (
                <span style={{ whiteSpace: 'nowrap' }}>
                  <Typography.Text strong>{row.item.code}</Typography.Text>{' '}
                  <Tag color={KIND_COLORS[row.item.kind]} style={{ marginInlineEnd: 0 }}>
                    {t(`task.kind.${row.item.kind}`)}
                  </Tag>
                </span>
              ) : (
                <Flex gap={12} wrap align="baseline" style={{ display: 'inline-flex' }}>
                  <Typography.Text strong style={{ color: '#1d4e89' }}>
                    {areaName(row.areaCode)}
                  </Typography.Text>
                  {doneOf(row)}
                </Flex>
              ),
          },
          {
            key: 'title',
            title: t('task.fields.title'),
            onCell: (row) => ({ colSpan: row.item ? 1 : 0 }),
            render: (_v, row) => {
              const item = row.item;
              if (!item) return null;
              if (!isTrackedKind(item.kind))
                return (
                  <Typography.Text strong={item.kind === PlanItemKind.RESULT}>{item.title}</Typography.Text>
                );
              return (
                <Flex vertical gap={4}>
                  <Link to={`/tasks/${item.id}`} data-testid={`plan-tree-task-${item.code}`}>
                    {item.title}
                  </Link>
                  <AssigneeTags assignments={item.leads} max={3} />
                </Flex>
              );
            },
          },
          {
            key: 'due',
            title: t('task.fields.due'),
            width: 160,
            onCell: (row) => ({ colSpan: row.item ? 1 : 0 }),
            render: (_v, row) =>
              row.item && isTrackedKind(row.item.kind) ? <DueCell item={row.item} /> : null,
          },
          {
            key: 'status',
            title: t('task.fields.status'),
            width: 170,
            onCell: (row) => ({ colSpan: row.item ? 1 : 0 }),
            render: (_v, row) =>
              row.item && isTrackedKind(row.item.kind) ? (
                <Flex vertical gap={4} align="start">
                  <TaskStatusTag status={row.item.status} />
                  <ProgressBar percent={row.item.progress} status={row.item.status} />
                </Flex>
              ) : (
                doneOf(row)
              ),
          },
        ]}
      />
    </Flex>
  );
}
