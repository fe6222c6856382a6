import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '@partrack/shared';
import type { AgencyNode } from './agency-tree.util';
import { useAgencyTree } from './use-agency-tree.hook';

interface PickerNode {
  value: string;
  title: string;
  children: PickerNode[];
  disabled?: boolean;
}

interface BaseProps {
  /** Hides this agency and its subtree (an agency cannot move under itself or merge into itself). */
  excludeSubtreeOf?: string | null;
  includeInactive?: boolean;
  /** Limits the choice to this agency and its subtree (e.g. the user's own scope). */
  rootId?: string | null;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  id?: string;
  'data-testid'?: string;
}

interface SingleProps extends BaseProps {
  multiple?: false;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

interface MultipleProps extends BaseProps {
  multiple: true;
  value?: string[];
  onChange?: (value: string[]) => void;
}

function toPickerNodes(nodes: readonly AgencyNode[], excluded: string | null | undefined): PickerNode[] {
  return nodes
    .filter((node) => node.row.id !== excluded)
    .map((node) => ({
      value: node.row.id,
      title: `${node.row.name} · ${node.row.code}`,
      children: toPickerNodes(node.children, excluded),
    }));
}

/** Picks agencies from the same tree the user browses, searchable without typing diacritics. */
export function AgencyPicker(props: SingleProps | MultipleProps) {
  const { t } = useTranslation();
  const { forest, loading } = useAgencyTree({
    includeInactive: props.includeInactive ?? false,
    rootId: props.rootId ?? null,
  });
  const treeData = useMemo(
    () => toPickerNodes(forest.roots, props.excludeSubtreeOf),
    [forest.roots, props.excludeSubtreeOf],
  );

  const common = {
    id: props.id,
    'data-testid': props['data-testid'],
    treeData,
    loading,
    disabled: props.disabled,
    allowClear: props.allowClear ?? true,
    placeholder: props.placeholder ?? t('agency.picker.placeholder'),
    style: { width: '100%' },
    treeDefaultExpandAll: false,
    popupMatchSelectWidth: false,
    showSearch: {
      filterTreeNode: (input: string, node: { title?: unknown }) =>
        typeof node.title === 'string' && foldVietnamese(node.title).includes(foldVietnamese(input)),
    },
  };

  if (props.multiple) {
    const { onChange } = props;
    return (
      <TreeSelect<string[]>
        {...common}
        multiple
        treeCheckable={false}
        value={props.value ?? []}
        onChange={(value) => onChange?.(value)}
      />
    );
  }
  const { onChange } = props;
  return (
    <TreeSelect<string | null>
      {...common}
      value={props.value ?? null}
      onChange={(value) => onChange?.(value ?? null)}
    />
  );
}
