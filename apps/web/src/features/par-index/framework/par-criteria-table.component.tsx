import { useState, type Key } from 'react';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Empty, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCriterionLevel, ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { DeleteParCriterionDocument, ParFrameworkDocument } from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { childLevelOf, type ParCriterionItem, type ParCriterionRow } from './par-criteria-tree.util';
import { ParDataRuleSummary } from './par-data-rule-editor.component';

const METHOD_COLORS: Readonly<Record<ParScoringMethod, string>> = {
  [ParScoringMethod.MANUAL]: 'blue',
  [ParScoringMethod.DATA]: 'cyan',
  [ParScoringMethod.SURVEY]: 'geekblue',
  [ParScoringMethod.BONUS]: 'green',
  [ParScoringMethod.PENALTY]: 'red',
};

interface ParCriteriaTableProps {
  frameworkId: string;
  rows: ParCriterionRow[];
  branchKeys: string[];
  /** A coordinator on a DRAFT: add, edit and delete buttons on each row. */
  editable: boolean;
  onAdd: (parent: ParCriterionItem) => void;
  onEdit: (row: ParCriterionRow) => void;
}

/** The framework's areas, criteria and sub-criteria as an indented tree, every branch open at first. */
export function ParCriteriaTable({
  frameworkId,
  rows,
  branchKeys,
  editable,
  onAdd,
  onEdit,
}: ParCriteriaTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  // Collapsed rows are remembered rather than expanded ones, so a branch that appears after an edit is open.
  const [collapsed, setCollapsed] = useState<ReadonlySet<Key>>(new Set());
  const [remove] = useMutation(DeleteParCriterionDocument, {
    refetchQueries: [{ query: ParFrameworkDocument, variables: { id: frameworkId } }],
    awaitRefetchQueries: true,
    update: invalidateParFrameworkLists,
  });
  if (rows.length === 0) return <Empty description={t('parIndex.criteria.empty')} />;

  const expanded = branchKeys.filter((key) => !collapsed.has(key));
  const deleteItem = async (criterion: ParCriterionItem) => {
    try {
      await remove({ variables: { id: criterion.id } });
      void message.success(t('parIndex.criteria.deleted', { code: criterion.code }));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Flex vertical gap={8}>
      {branchKeys.length > 0 && (
        <Flex gap={8} wrap>
          <Button size="small" onClick={() => setCollapsed(new Set())}>
            {t('parIndex.criteria.expandAll')}
          </Button>
          <Button size="small" onClick={() => setCollapsed(new Set(branchKeys))}>
            {t('parIndex.criteria.collapseAll')}
          </Button>
        </Flex>
      )}
      <Table<ParCriterionRow>
        data-testid="par-criteria"
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, row) =>
            setCollapsed((current) => {
              const next = new Set(current);
              if (open) next.delete(row.key);
              else next.add(row.key);
              return next;
            }),
          indentSize: 20,
        }}
        columns={[
          {
            key: 'code',
            title: t('parIndex.fields.code'),
            width: 150,
            render: (_v, row) => (
              <Typography.Text strong={row.depth === 0} data-testid={`par-code-${row.criterion.code}`}>
                {row.criterion.code}
              </Typography.Text>
            ),
          },
          {
            key: 'title',
            title: t('parIndex.fields.title'),
            render: (_v, row) => <CriterionTitle row={row} />,
          },
          {
            key: 'maxPoints',
            title: t('parIndex.fields.maxPoints'),
            width: 100,
            align: 'right',
            render: (_v, row) => (
              <Typography.Text strong={row.depth === 0}>{number(row.criterion.maxPoints)}</Typography.Text>
            ),
          },
          {
            key: 'method',
            title: t('parIndex.fields.method'),
            width: 200,
            render: (_v, row) => {
              if (row.children)
                return <Typography.Text type="secondary">{t('parIndex.sumOfChildren')}</Typography.Text>;
              if (!row.criterion.method)
                return <Typography.Text type="warning">{t('parIndex.noMethod')}</Typography.Text>;
              return (
                <Tag color={METHOD_COLORS[row.criterion.method]} style={{ marginInlineEnd: 0 }}>
                  {t(`parIndex.method.${row.criterion.method}`)}
                </Tag>
              );
            },
          },
          {
            key: 'evidence',
            title: t('parIndex.fields.evidence'),
            width: 190,
            render: (_v, row) =>
              row.criterion.evidenceRequired ? (
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {t('parIndex.evidenceRequired')}
                </Tag>
              ) : null,
          },
          ...(editable
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 120,
                  fixed: 'right' as const,
                  render: (_v: unknown, row: ParCriterionRow) => (
                    <RowActions row={row} onAdd={onAdd} onEdit={onEdit} onDelete={deleteItem} />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

function CriterionTitle({ row }: { row: ParCriterionRow }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const { criterion } = row;
  const scale = !row.children && criterion.method === ParScoringMethod.MANUAL ? (criterion.scale ?? []) : [];
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong={criterion.level === ParCriterionLevel.AREA}>{criterion.title}</Typography.Text>
      {scale.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={`par-scale-${criterion.code}`}>
          {scale.map((option, index) => (
            <li key={index}>
              <Typography.Text type="secondary">
                {t('parIndex.scaleOption', { label: option.label, points: number(option.points) })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {!row.children && criterion.method === ParScoringMethod.DATA && (
        <ParDataRuleSummary code={criterion.code} rule={criterion.dataRule} />
      )}
      {criterion.guidance && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: 0, fontSize: 12 }}
          ellipsis={{ rows: 2, expandable: true, symbol: t('parIndex.criteria.more') }}
        >
          {criterion.guidance}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

function RowActions({
  row,
  onAdd,
  onEdit,
  onDelete,
}: {
  row: ParCriterionRow;
  onAdd: (parent: ParCriterionItem) => void;
  onEdit: (row: ParCriterionRow) => void;
  onDelete: (criterion: ParCriterionItem) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { criterion } = row;
  const child = childLevelOf(criterion.level);
  return (
    <Space size={4}>
      {child && (
        <Tooltip title={t(`parIndex.criteria.add.${child}`)}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            aria-label={t(`parIndex.criteria.add.${child}`)}
            data-testid={`par-add-${criterion.code}`}
            onClick={() => onAdd(criterion)}
          />
        </Tooltip>
      )}
      <Tooltip title={t('common.edit')}>
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('common.edit')}
          data-testid={`par-edit-${criterion.code}`}
          onClick={() => onEdit(row)}
        />
      </Tooltip>
      <Popconfirm
        title={t('parIndex.criteria.deleteConfirm')}
        description={`${criterion.code}. ${criterion.title}`}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => void onDelete(criterion)}
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('common.delete')}
          data-testid={`par-delete-${criterion.code}`}
        />
      </Popconfirm>
    </Space>
  );
}
