import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '@partrack/shared';
import { flattenForest } from '../../agencies/agency-tree.util';
import { useAgencyTree } from '../../agencies/use-agency-tree.hook';
import { AgencyGroupOptionsDocument } from '../graphql/plan-import.operations';
import type { OverrideChoice } from './plan-import.util';

interface AgencyOrGroupPickerProps {
  value: OverrideChoice | null;
  onChange: (value: OverrideChoice | null) => void;
  'data-testid'?: string;
}

function encode(choice: OverrideChoice | null): string | null {
  if (!choice) return null;
  return 'agencyId' in choice ? `agency:${choice.agencyId}` : `group:${choice.groupId}`;
}

function decode(value: string | null | undefined): OverrideChoice | null {
  if (!value) return null;
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  return kind === 'group' ? { groupId: id } : { agencyId: id };
}

/** One searchable list of agencies and groups (a cell may name either), matched without diacritics. */
export function AgencyOrGroupPicker({ value, onChange, ...rest }: AgencyOrGroupPickerProps) {
  const { t } = useTranslation();
  const { forest, loading } = useAgencyTree();
  const groups = useQuery(AgencyGroupOptionsDocument);
  const options = useMemo(
    () => [
      {
        label: t('planImport.override.agencies'),
        options: flattenForest(forest.roots).map((node) => ({
          value: `agency:${node.row.id}`,
          label: node.row.name,
          search: foldVietnamese(
            `${node.row.name} ${node.row.shortName ?? ''} ${node.row.code} ${node.row.aliases.join(' ')}`,
          ),
        })),
      },
      {
        label: t('planImport.override.groups'),
        options: (groups.data?.agencyGroups.edges ?? []).map(({ node }) => ({
          value: `group:${node.id}`,
          label: `${t('task.groupPrefix')} ${node.name}`,
          search: foldVietnamese(`${node.name} ${node.code}`),
        })),
      },
    ],
    [forest.roots, groups.data, t],
  );

  return (
    <Select<string | null>
      data-testid={rest['data-testid']}
      allowClear
      loading={loading || groups.loading}
      placeholder={t('planImport.override.placeholder')}
      value={encode(value)}
      onChange={(next) => onChange(decode(next))}
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          typeof option?.search === 'string' && option.search.includes(foldVietnamese(input)),
      }}
      style={{ width: '100%', minWidth: 240 }}
      popupMatchSelectWidth={false}
    />
  );
}
