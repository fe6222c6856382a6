import { useMemo } from 'react';
import { Flex, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyNode } from './agency-tree.util';

interface AgencyTreeViewProps {
  roots: readonly AgencyNode[];
  matchedIds: ReadonlySet<string>;
  expandedKeys: readonly string[];
  onExpandedKeysChange: (keys: string[]) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

// Provinces have a few thousand units with communes included; a virtual list keeps scrolling smooth.
const TREE_HEIGHT = 560;

export function AgencyTreeView(props: AgencyTreeViewProps) {
  const { roots, matchedIds, expandedKeys, onExpandedKeysChange, selectedId, onSelect } = props;
  const { t } = useTranslation();

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
            {!row.active && <Tag>{t('agency.inactive')}</Tag>}
          </Flex>
        ),
        children: node.children.map(toTreeNode),
        isLeaf: node.children.length === 0,
      };
    };
    return roots.map(toTreeNode);
  }, [roots, matchedIds, t]);

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
