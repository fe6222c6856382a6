import { useMemo, useState } from 'react';
import { CopyOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, ParTargetGroup, Permission } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { ParFrameworkFilter, ParFrameworkRowFragment } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ParTemplateDownload } from '../excel/par-excel-download.component';
import { ParFrameworkImportModal } from '../excel/par-framework-import.modal';
import { ParFrameworksDocument } from '../graphql/par-index.operations';
import { ParFrameworkCopyModal } from '../par-framework-copy.modal';
import { parFrameworkPath } from '../par-framework.util';
import { ParRevisionTag, ParSampleTag, ParStatusTag } from '../par-framework-tags.component';
import { ParIndexTabs } from '../par-index-tabs.component';
import { ParFrameworkCreateModal } from './par-framework-create.modal';

type Dialog = { kind: 'create' } | { kind: 'import' } | { kind: 'copy'; framework: ParFrameworkRowFragment };

const GROUPS: readonly string[] = Object.values(ParTargetGroup);

/** Filters from the address bar (year, group), so a filtered list can be bookmarked. */
export function parFrameworkFilterOf(params: URLSearchParams): ParFrameworkFilter {
  const year = Number(params.get('year'));
  const group = params.get('group');
  const filter: ParFrameworkFilter = {};
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filter.year = year;
  if (group && GROUPS.includes(group)) filter.targetGroup = group as ParTargetGroup;
  return filter;
}

/** The province's PAR Index criteria frameworks (bộ tiêu chí), newest year first. */
export function ParFrameworksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const canManage = useCan(Permission.PAR_FRAMEWORK_MANAGE);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parFrameworkFilterOf(params), [params]);
  const pagination = useKeyedCursorPagination(JSON.stringify(filter));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(ParFrameworksDocument, {
    variables: { filter, first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: thisYear + 2 - 2020 }, (_v, i) => thisYear + 1 - i);
  const filtered = Object.keys(filter).length > 0;

  const setParam = (name: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    setParams(next);
  };
  const open = (id: string) => {
    setDialog(null);
    void navigate(parFrameworkPath(id));
  };

  return (
    <>
      <ParIndexTabs current="frameworks" />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('parIndex.list.title')}</Typography.Title>
        <Flex gap={8} wrap align="start">
          <ParTemplateDownload />
          {canManage && (
            <>
              <Button
                data-testid="par-import"
                icon={<UploadOutlined />}
                onClick={() => setDialog({ kind: 'import' })}
              >
                {t('parIndex.excel.import')}
              </Button>
              <Button
                data-testid="par-create"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: 'create' })}
              >
                {t('parIndex.list.create')}
              </Button>
            </>
          )}
        </Flex>
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select<number>
            data-testid="par-filter-year"
            allowClear
            placeholder={t('parIndex.filters.year')}
            value={filter.year ?? null}
            onChange={(year) => setParam('year', year)}
            options={years.map((year) => ({ value: year, label: String(year) }))}
            style={{ width: 140 }}
          />
          <Select<ParTargetGroup>
            data-testid="par-filter-group"
            allowClear
            placeholder={t('parIndex.filters.targetGroup')}
            value={filter.targetGroup ?? null}
            onChange={(group) => setParam('group', group)}
            options={Object.values(ParTargetGroup).map((group) => ({
              value: group,
              label: t(`parIndex.targetGroup.${group}`),
            }))}
            style={{ width: 260, maxWidth: '100%' }}
          />
        </Flex>
        <ConnectionTable<ParFrameworkRowFragment>
          data-testid="par-frameworks-table"
          connection={data?.parFrameworks}
          previousConnection={previousData?.parFrameworks}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={filtered ? t('common.noMatch') : t('parIndex.list.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 900 }}
          columns={[
            { key: 'year', title: t('parIndex.fields.year'), dataIndex: 'year', width: 80 },
            {
              key: 'targetGroup',
              title: t('parIndex.fields.targetGroup'),
              width: 210,
              render: (_v, framework) => t(`parIndex.targetGroup.${framework.targetGroup}`),
            },
            {
              key: 'name',
              title: t('parIndex.fields.name'),
              render: (_v, framework) => (
                <Space size={[6, 4]} wrap>
                  <Link to={parFrameworkPath(framework.id)} data-testid={`par-link-${framework.id}`}>
                    {framework.name}
                  </Link>
                  {framework.isSample && <ParSampleTag />}
                  <ParRevisionTag revision={framework.revision} />
                </Space>
              ),
            },
            {
              key: 'status',
              title: t('parIndex.fields.status'),
              width: 130,
              render: (_v, framework) => <ParStatusTag status={framework.status} />,
            },
            {
              key: 'items',
              title: t('parIndex.fields.itemCount'),
              width: 90,
              align: 'right',
              render: (_v, framework) => fmt.number(framework.criteria.length),
            },
            {
              key: 'total',
              title: t('parIndex.fields.totalPoints'),
              width: 100,
              align: 'right',
              render: (_v, framework) => fmt.number(framework.totalPoints),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 90,
                    fixed: 'right' as const,
                    render: (_v: unknown, framework: ParFrameworkRowFragment) => (
                      <Tooltip title={t('parIndex.copy.action')}>
                        <Button
                          data-testid={`par-copy-${framework.id}`}
                          size="small"
                          icon={<CopyOutlined />}
                          aria-label={t('parIndex.copy.action')}
                          onClick={() => setDialog({ kind: 'copy', framework })}
                        />
                      </Tooltip>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {dialog?.kind === 'create' && (
        <ParFrameworkCreateModal
          year={filter.year ?? thisYear}
          onClose={() => setDialog(null)}
          onCreated={open}
        />
      )}
      {dialog?.kind === 'import' && (
        <ParFrameworkImportModal year={thisYear} onClose={() => setDialog(null)} onImported={open} />
      )}
      {dialog?.kind === 'copy' && (
        <ParFrameworkCopyModal framework={dialog.framework} onClose={() => setDialog(null)} onCopied={open} />
      )}
    </>
  );
}
