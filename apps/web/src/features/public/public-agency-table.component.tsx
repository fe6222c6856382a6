import { Input, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { PublicAgencyProgress } from '@partrack/shared';
import { donePercent, filterAgencies } from './public-summary.util';

/** Tasks by lead agency, searchable without diacritics; on a phone the table scrolls sideways, names stay. */
export function PublicAgencyTable({ rows }: { rows: readonly PublicAgencyProgress[] }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterAgencies(rows, query), [rows, query]);
  const count = (key: keyof Omit<PublicAgencyProgress, 'name'>) => ({
    key,
    dataIndex: key,
    title: t(key === 'total' ? 'publicPage.agencies.total' : `publicPage.status.${key}`),
    align: 'right' as const,
    width: 96,
    sorter: (a: PublicAgencyProgress, b: PublicAgencyProgress) => a[key] - b[key],
    render: (value: number) => number(value),
  });
  const columns: TableColumnsType<PublicAgencyProgress> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('publicPage.agencies.agency'),
      fixed: 'left',
      width: 180,
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
    },
    count('total'),
    count('done'),
    count('inProgress'),
    count('notStarted'),
    count('overdue'),
    {
      key: 'percent',
      title: t('publicPage.agencies.donePercent'),
      align: 'right',
      width: 96,
      render: (_: unknown, row) => `${number(donePercent(row))}%`,
    },
  ];
  return (
    <div data-testid="public-agency-table">
      <Input.Search
        allowClear
        data-testid="public-agency-search"
        placeholder={t('publicPage.agencies.search')}
        aria-label={t('publicPage.agencies.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table<PublicAgencyProgress>
        size="small"
        rowKey="name"
        columns={columns}
        dataSource={shown}
        pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('publicPage.agencies.empty') }}
      />
    </div>
  );
}
