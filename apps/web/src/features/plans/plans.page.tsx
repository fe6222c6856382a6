import { useMemo, useState } from 'react';
import { BranchesOutlined, CopyOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Input, Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, Permission, PlanStatus } from '@partrack/shared';
import { useCan } from '../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../app/ui/connection-table.component';
import { useKeyedCursorPagination } from '../../app/ui/use-keyed-cursor-pagination.hook';
import type { PlanFilter, PlanRowFieldsFragment } from '../../gql/graphql';
import { todayInVietnam } from '../tasks/task-dates.util';
import { PlansDocument } from './graphql/plan.operations';
import { PlanCopyModal } from './plan-copy.modal';
import { PlanDeriveModal } from './plan-derive.modal';
import { PlanStatusTag } from './plan-status.component';

type Dialog = { kind: 'copy' | 'derive'; plan: PlanRowFieldsFragment };

const STATUSES: readonly string[] = Object.values(PlanStatus);

/** Filters from the address bar (year, status, q), so a filtered list can be bookmarked. */
export function planFilterOf(params: URLSearchParams): PlanFilter {
  const year = Number(params.get('year'));
  const status = params.get('status');
  const search = params.get('q')?.trim();
  const filter: PlanFilter = {};
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filter.year = year;
  if (status && STATUSES.includes(status)) filter.status = status as PlanStatus;
  if (search) filter.search = search;
  return filter;
}

export function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan(Permission.PLAN_MANAGE);
  const canDerive = useCan(Permission.PLAN_DERIVE);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => planFilterOf(params), [params]);
  const pagination = useKeyedCursorPagination(JSON.stringify(filter));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(PlansDocument, {
    variables: { filter, first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const connection = (data ?? previousData)?.plans;
  const filtered = Object.keys(filter).length > 0;
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: thisYear + 2 - 2020 }, (_v, i) => thisYear + 1 - i);

  const setParam = (name: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    setParams(next);
  };
  const open = (planId: string) => {
    setDialog(null);
    void navigate(`/plans/${planId}`);
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('plan.list.title')}</Typography.Title>
        {canManage && (
          <Button
            data-testid="plan-import"
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => void navigate('/plans/import')}
          >
            {t('plan.list.import')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={filter.search ?? ''}
            data-testid="plan-filter-search"
            allowClear
            defaultValue={filter.search ?? ''}
            placeholder={t('plan.filters.search')}
            onSearch={(q) => setParam('q', q.trim())}
            style={{ width: 300 }}
          />
          <Select<number>
            data-testid="plan-filter-year"
            allowClear
            placeholder={t('plan.filters.year')}
            value={filter.year ?? null}
            onChange={(year) => setParam('year', year)}
            options={years.map((year) => ({ value: year, label: String(year) }))}
            style={{ width: 140 }}
          />
          <Select<PlanStatus>
            data-testid="plan-filter-status"
            allowClear
            placeholder={t('plan.filters.status')}
            value={filter.status ?? null}
            onChange={(status) => setParam('status', status)}
            options={Object.values(PlanStatus).map((status) => ({
              value: status,
              label: t(`plan.status.${status}`),
            }))}
            style={{ width: 180 }}
          />
        </Flex>
        <ConnectionTable<PlanRowFieldsFragment>
          data-testid="plans-table"
          connection={connection}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={filtered ? t('common.noMatch') : t('plan.list.empty')}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'code',
              title: t('plan.fields.code'),
              width: 190,
              render: (_v, plan) => (
                <Link to={`/plans/${plan.id}`} data-testid={`plan-link-${plan.code}`}>
                  {plan.code}
                </Link>
              ),
            },
            {
              key: 'title',
              title: t('plan.fields.title'),
              render: (_v, plan) => <Link to={`/plans/${plan.id}`}>{plan.title}</Link>,
            },
            { key: 'year', title: t('plan.fields.year'), dataIndex: 'year', width: 80 },
            {
              key: 'status',
              title: t('plan.fields.status'),
              width: 140,
              render: (_v, plan) => <PlanStatusTag status={plan.status} />,
            },
            {
              key: 'owner',
              title: t('plan.fields.owner'),
              width: 240,
              render: (_v, plan) => plan.ownerAgency.name,
            },
            ...(canManage || canDerive
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 110,
                    fixed: 'right' as const,
                    render: (_v: unknown, plan: PlanRowFieldsFragment) => (
                      <Space size={4}>
                        {canManage && (
                          <Tooltip title={t('plan.copy.action')}>
                            <Button
                              data-testid={`plan-copy-${plan.code}`}
                              size="small"
                              icon={<CopyOutlined />}
                              aria-label={t('plan.copy.action')}
                              onClick={() => setDialog({ kind: 'copy', plan })}
                            />
                          </Tooltip>
                        )}
                        {canDerive && !plan.parentPlanId && (
                          <Tooltip title={t('plan.derive.action')}>
                            <Button
                              data-testid={`plan-derive-${plan.code}`}
                              size="small"
                              icon={<BranchesOutlined />}
                              aria-label={t('plan.derive.action')}
                              onClick={() => setDialog({ kind: 'derive', plan })}
                            />
                          </Tooltip>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {dialog?.kind === 'copy' && (
        <PlanCopyModal plan={dialog.plan} onClose={() => setDialog(null)} onCopied={open} />
      )}
      {dialog?.kind === 'derive' && (
        <PlanDeriveModal plan={dialog.plan} onClose={() => setDialog(null)} onDerived={open} />
      )}
    </>
  );
}
