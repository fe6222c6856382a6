import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Input, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndicatorState, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { IndicatorFilter } from '../../../gql/graphql';
import { IndicatorFormModal } from '../forms/indicator-form.modal';
import { IndicatorTargetsModal } from '../forms/indicator-targets.modal';
import { IndicatorsDocument } from '../graphql/indicator.operations';
import { enumParam, INDICATOR_STATES } from '../indicator-url.util';
import { PlanPeriodPicker } from '../plan-period-picker.component';
import { usePlanPeriod } from '../use-plan-period.hook';
import { IndicatorTable, type IndicatorRow } from './indicator-table.component';

const PAGE_SIZE = 50;

type Dialog = { kind: 'create' } | { kind: 'edit' | 'targets'; indicator: IndicatorRow };

/** Indicators of a plan with their rolled-up value for the plan owner; plan, period, state and q in the URL. */
export function IndicatorListPage() {
  const { t } = useTranslation();
  const canManage = useCan(Permission.INDICATOR_MANAGE);
  const picker = usePlanPeriod();
  const { plan, period, params, update } = picker;
  const state = enumParam(params, 'state', INDICATOR_STATES, IndicatorState.ACTIVE);
  const search = (params.get('q') ?? '').trim();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const filter: IndicatorFilter = { planId: plan?.id, states: [state] };
  if (search) filter.search = search;
  const pagination = useKeyedCursorPagination(JSON.stringify(filter));
  const query = useQuery(IndicatorsDocument, {
    variables: { filter, period: period ?? '', first: PAGE_SIZE, after: pagination.after },
    skip: !plan || !period,
  });

  let body;
  if (picker.error) body = <ApiErrorAlert error={picker.error} onRetry={() => void picker.refetch()} />;
  else if (!picker.loading && !plan) body = <Empty description={t('indicator.list.noPlan')} />;
  else
    body = (
      <IndicatorTable
        connection={query.data?.indicators}
        previousConnection={query.previousData?.indicators}
        loading={picker.loading || query.loading}
        error={query.error}
        onRetry={() => void query.refetch()}
        paging={{ pagination, pageSize: PAGE_SIZE, hideOnSinglePage: true }}
        canManage={canManage}
        emptyText={search ? t('common.noMatch') : t(`indicator.list.empty.${state}`)}
        onEdit={(indicator) => setDialog({ kind: 'edit', indicator })}
        onTargets={(indicator) => setDialog({ kind: 'targets', indicator })}
      />
    );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('indicator.list.title')}
        </Typography.Title>
        {canManage && plan && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="indicator-create"
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('indicator.list.create')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="indicator-filters">
          <PlanPeriodPicker
            plans={picker.plans}
            plan={plan}
            period={period}
            loading={picker.loading}
            onPlanChange={picker.setPlan}
            onPeriodChange={picker.setPeriod}
          />
          <Input.Search
            key={search}
            data-testid="indicator-search"
            allowClear
            defaultValue={search}
            placeholder={t('indicator.filters.search')}
            onSearch={(q) => update({ q: q.trim() })}
            style={{ maxWidth: 320 }}
          />
        </Flex>
        <Tabs
          data-testid="indicator-state-tabs"
          activeKey={state}
          onChange={(key) => update({ state: key }, { state: IndicatorState.ACTIVE })}
          items={INDICATOR_STATES.map((key) => ({ key, label: t(`indicator.stateTabs.${key}`) }))}
        />
        {state === IndicatorState.DRAFT && (
          <Typography.Paragraph type="secondary">{t('indicator.list.draftHint')}</Typography.Paragraph>
        )}
        {body}
      </Card>
      {dialog && plan && dialog.kind !== 'targets' && (
        <IndicatorFormModal
          planId={plan.id}
          indicator={dialog.kind === 'edit' ? dialog.indicator : null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'targets' && plan && (
        <IndicatorTargetsModal indicatorId={dialog.indicator.id} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
