import { useMemo } from 'react';
import { Flex, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LOCAL_DATE_FORMAT } from '../../app/format/formatters';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { AgencyNode } from './agency-tree.util';

interface AgencyTreeViewProps {
  roots: readonly AgencyNode[];
  matchedIds: ReadonlySet<string>;
  expandedKeys: readonly string[];
  onExpandedKeysChange: (keys: string[]) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The day the rows describe ("YYYY-MM-DD"); null: today. Rows' `active` means "exists on that day". */
  asOf?: string | null;
}

// Provinces have a few thousand units with communes included; a virtual list keeps scrolling smooth.
const TREE_HEIGHT = 560;

export function AgencyTreeView(props: AgencyTreeViewProps) {
  const { roots, matchedIds, expandedKeys, onExpandedKeysChange, selectedId, onSelect, asOf = null } = props;
  const { t } = useTranslation();
  const fmt = useFormatters();
  // The API's `active` is "exists on the viewed day", not "exists today"; the short tag says which day on hover.
  const inactiveHint = t('agency.tree.inactiveOnDay', {
    date: fmt.date(asOf ?? dayjs().format(LOCAL_DATE_FORMAT)),
  });

  const treeData = useMemo(() => {
    const toTreeNode = (node: AgencyNode): TreeDataNode => {
      const { row } = node;
      return {
        key: row.id,
        title: (
          <Flex gap={6} align="center" wrap={false} data-testid={`agency-node-${row.code}`}>
            <Typography.Text mark={matchedIds.has(row.id)} delete={!row.active}>
              {row.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.code}
            </Typography.Text>
            {!row.active && <Tag title={inactiveHint}>{t('agency.inactive')}</Tag>}
          </Flex>
        ),
        children: node.children.map(toTreeNode),
        isLeaf: node.children.length === 0,
      };
    };
    return roots.map(toTreeNode);
  }, [roots, matchedIds, t, inactiveHint]);

  return (
    <div data-testid="agency-tree">
      <Tree
        blockNode
        showLine
        height={TREE_HEIGHT}
        treeData={treeData}
        expandedKeys={[...expandedKeys]}
        onExpand={(keys) => onExpandedKeysChange(keys.map(String))}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const [first] = keys;
          if (first !== undefined) onSelect(String(first));
        }}
      />
    </div>
  );
}
