import { WarningOutlined } from '@ant-design/icons';
import { Collapse, Descriptions, Flex, Space, Tag, Tooltip, Tree, Typography, type TreeDataNode } from 'antd';
import { PlanItemKind } from '@partrack/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ImportAction } from '../../../gql/graphql';
import { useAreaName } from '../../tasks/task-tags.component';
import {
  isLowConfidence,
  previewByArea,
  type ImportedItem,
  type ImportProblem,
  type PlanImportResult,
  type PreviewNode,
  type ResolvedName,
} from './plan-import.util';

const ACTION_COLORS: Readonly<Record<ImportAction, string>> = {
  [ImportAction.Create]: 'green',
  [ImportAction.Update]: 'blue',
  [ImportAction.Unchanged]: 'default',
};

function NameTag({ name, coordinator }: { name: ResolvedName; coordinator?: boolean }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const target = name.agency?.shortName || name.agency?.name || name.group?.name || name.text;
  const low = isLowConfidence(name);
  const tooltip = low
    ? t('planImport.preview.lowConfidence', {
        text: name.text,
        percent: number(Math.round(name.confidence * 100)),
      })
    : name.text;
  return (
    <Tooltip title={tooltip}>
      <Tag
        color={low ? 'orange' : coordinator ? 'cyan' : 'blue'}
        icon={low ? <WarningOutlined /> : undefined}
        data-testid={low ? 'preview-low-confidence' : undefined}
        style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
      >
        {name.group ? `${t('task.groupPrefix')} ${target}` : target}
      </Tag>
    </Tooltip>
  );
}

function ItemTitle({
  item,
  unresolved,
  showAction,
}: {
  item: ImportedItem;
  unresolved: string[];
  showAction: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ padding: '2px 0' }} data-testid={`preview-item-${item.code}`}>
      <Space size={6} wrap>
        <Typography.Text strong>{item.code}</Typography.Text>
        <Tag style={{ marginInlineEnd: 0 }}>{t(`task.kind.${item.kind}`)}</Tag>
        {showAction && (
          <Tag color={ACTION_COLORS[item.action]} style={{ marginInlineEnd: 0 }}>
            {t(`planImport.action.${item.action}`)}
          </Tag>
        )}
        <Typography.Text>{item.title}</Typography.Text>
        {item.dueLabel && <Typography.Text type="secondary">· {item.dueLabel}</Typography.Text>}
      </Space>
      {(item.leads.length > 0 ||
        item.coordinators.length > 0 ||
        unresolved.length > 0 ||
        item.leadText === null) &&
        (item.kind === PlanItemKind.TASK || item.kind === PlanItemKind.PROJECT) && (
          <Space size={[4, 4]} wrap>
            <Typography.Text type="secondary">{t('task.role.LEAD')}:</Typography.Text>
            {item.leads.length === 0 && !unresolved.length && (
              <Tag color="red">{t('planImport.preview.noLead')}</Tag>
            )}
            {item.leads.map((name) => (
              <NameTag key={`l:${name.text}`} name={name} />
            ))}
            {unresolved.map((text) => (
              <Tag key={`u:${text}`} color="red" style={{ marginInlineEnd: 0 }}>
                {t('planImport.preview.unresolved', { text })}
              </Tag>
            ))}
            {item.coordinators.length > 0 && (
              <Typography.Text type="secondary">{t('task.role.COORDINATOR')}:</Typography.Text>
            )}
            {item.coordinators.map((name) => (
              <NameTag key={`c:${name.text}`} name={name} coordinator />
            ))}
          </Space>
        )}
    </Flex>
  );
}

function toTreeData(
  nodes: readonly PreviewNode[],
  unresolvedByItem: Map<string, string[]>,
  showAction: boolean,
): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.item.code,
    title: (
      <ItemTitle
        item={node.item}
        unresolved={unresolvedByItem.get(node.item.code) ?? []}
        showAction={showAction}
      />
    ),
    children: toTreeData(node.children, unresolvedByItem, showAction),
  }));
}

export function DocumentSummary({ result }: { result: PlanImportResult }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const doc = result.document;
  return (
    <Descriptions
      data-testid="plan-import-document"
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'title', label: t('planImport.document.title'), span: 2, children: doc.title ?? '—' },
        {
          key: 'number',
          label: t('planImport.document.decisionNumber'),
          children: doc.decisionNumber ?? '—',
        },
        { key: 'date', label: t('planImport.document.decisionDate'), children: fmt.date(doc.decisionDate) },
        { key: 'year', label: t('planImport.document.year'), children: doc.year ?? '—' },
        { key: 'issuer', label: t('planImport.document.issuer'), children: doc.issuerText ?? '—' },
        {
          key: 'counts',
          label: t('planImport.document.items'),
          span: 2,
          children: t('planImport.document.counts', {
            results: fmt.number(doc.results),
            activities: fmt.number(doc.activities),
            tasks: fmt.number(doc.tasks),
            projects: fmt.number(doc.projects),
          }),
        },
      ]}
    />
  );
}

/** The parsed plan by reform area, as a tree, with resolved agencies as tags (guesses in orange). */
export function PlanImportPreviewTree({
  items,
  problems,
  showAction,
}: {
  items: readonly ImportedItem[];
  problems: readonly ImportProblem[];
  showAction: boolean;
}) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const areaName = useAreaName();
  const unresolvedByItem = new Map<string, string[]>();
  for (const problem of problems) {
    if (problem.code !== 'AGENCY_UNRESOLVED' || !problem.itemCode || !problem.text) continue;
    unresolvedByItem.set(problem.itemCode, [...(unresolvedByItem.get(problem.itemCode) ?? []), problem.text]);
  }
  const areas = previewByArea(items);
  return (
    <Collapse
      data-testid="plan-import-tree"
      items={areas.map((area) => ({
        key: area.code ?? 'NONE',
        label: (
          <Space>
            <Typography.Text strong>{areaName(area.code)}</Typography.Text>
            <Typography.Text type="secondary">
              {t('planImport.preview.itemCount', { n: number(area.itemCount) })}
            </Typography.Text>
          </Space>
        ),
        children: (
          <Tree
            blockNode
            selectable={false}
            defaultExpandAll
            treeData={toTreeData(area.roots, unresolvedByItem, showAction)}
          />
        ),
      }))}
    />
  );
}
