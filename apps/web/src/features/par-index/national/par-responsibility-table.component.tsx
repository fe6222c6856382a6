import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCriterionLevel } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import type { ParCriterionRow } from '../framework/par-criteria-tree.util';
import type { ResolvedAssignment } from './par-responsibility.util';

interface ParResponsibilityTableProps {
  rows: ParCriterionRow[];
  branchKeys: string[];
  /** The province's root agency: assignments go to agencies of its tree only. */
  rootId: string;
  resolved: ReadonlyMap<string, ResolvedAssignment>;
  names: ReadonlyMap<string, string>;
  /** A refused assignment's message, by item. */
  errors: ReadonlyMap<string, string>;
  editable: boolean;
  disabled: boolean;
  onChange: (criterionId: string, agencyId: string | null) => void;
}

/** The criteria tree with the agency answering for each item, its own or inherited from the item above. */
export function ParResponsibilityTable({
  rows,
  branchKeys,
  rootId,
  resolved,
  names,
  errors,
  editable,
  disabled,
  onChange,
}: ParResponsibilityTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const nameOf = (agencyId: string) => names.get(agencyId) ?? '—';

  return (
    <Table<ParCriterionRow>
      data-testid="par-assign-table"
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 820 }}
      expandable={{ defaultExpandedRowKeys: branchKeys, indentSize: 16 }}
      columns={[
        {
          key: 'code',
          title: t('parIndex.fields.code'),
          width: 120,
          render: (_v, row) => (
            <Typography.Text strong={row.depth === 0}>{row.criterion.code}</Typography.Text>
          ),
        },
        {
          key: 'title',
          title: t('parIndex.fields.title'),
          render: (_v, row) => (
            <Typography.Text strong={row.criterion.level === ParCriterionLevel.AREA}>
              {row.criterion.title}
            </Typography.Text>
          ),
        },
        {
          key: 'maxPoints',
          title: t('parIndex.fields.maxPoints'),
          width: 90,
          align: 'right',
          render: (_v, row) => number(row.criterion.maxPoints),
        },
        {
          key: 'agency',
          title: t('parIndex.national.assign.agency'),
          width: 320,
          render: (_v, row) => {
            const { code, id } = row.criterion;
            const assignment = resolved.get(id);
            const own = assignment?.own ?? null;
            const inherited = own ? null : (assignment?.inherited ?? null);
            const error = errors.get(id);
            return (
              <Flex vertical gap={2}>
                {editable ? (
                  <AgencyPicker
                    data-testid={`par-assign-picker-${code}`}
                    id={`par-assign-${id}`}
                    rootId={rootId}
                    value={own}
                    disabled={disabled}
                    placeholder={t('parIndex.national.assign.placeholder')}
                    onChange={(agencyId) => onChange(id, agencyId)}
                  />
                ) : (
                  own && (
                    <Typography.Text data-testid={`par-assign-agency-${code}`}>{nameOf(own)}</Typography.Text>
                  )
                )}
                {inherited && (
                  // Greyed: the item has no agency of its own; the nearest item above answers for it.
                  <Typography.Text type="secondary" data-testid={`par-assign-inherited-${code}`}>
                    {nameOf(inherited.agencyId)} ·{' '}
                    {t('parIndex.national.assign.inheritedFrom', { code: inherited.fromCode })}
                  </Typography.Text>
                )}
                {!editable && !own && !inherited && (
                  <Typography.Text type="secondary">{t('parIndex.national.assign.none')}</Typography.Text>
                )}
                {error && (
                  <Typography.Text type="danger" data-testid={`par-assign-error-${code}`}>
                    {error}
                  </Typography.Text>
                )}
              </Flex>
            );
          },
        },
      ]}
    />
  );
}
