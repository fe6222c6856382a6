import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MeasurementStatus } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useKeyedCursorPagination } from '../../../app/ui/use-keyed-cursor-pagination.hook';
import type { MeasurementFilter } from '../../../gql/graphql';
import { MeasurementsDocument } from '../graphql/measurement.operations';
import { enumParam } from '../indicator-url.util';
import { PlanPeriodPicker } from '../plan-period-picker.component';
import { usePlanPeriod } from '../use-plan-period.hook';
import { MeasurementReviewActions } from './measurement-review-actions.component';
import { MeasurementTable } from './measurement-table.component';

const PAGE_SIZE = 50;
const ALL_PERIODS = 'all';
type ReviewTab = 'submitted' | 'approved';
const TABS: readonly ReviewTab[] = ['submitted', 'approved'];
const TAB_STATUS: Readonly<Record<ReviewTab, MeasurementStatus>> = {
  submitted: MeasurementStatus.SUBMITTED,
  approved: MeasurementStatus.APPROVED,
};

/** Submitted figures waiting for a coordinator, and approved ones that can be reopened; filters in the URL. */
export function MeasurementReviewPage() {
  const { t } = useTranslation();
  const picker = usePlanPeriod();
  const { plan, params, update } = picker;
  const tab = enumParam(params, 'tab', TABS, 'submitted');
  // The queue spans every period unless one is chosen: a late Q1 figure must not hide behind Q2.
  const period = params.get('period') && params.get('period') !== ALL_PERIODS ? picker.period : null;
  const filter: MeasurementFilter = { statuses: [TAB_STATUS[tab]], planId: plan?.id };
  if (period) filter.period = period;
  const pagination = useKeyedCursorPagination(JSON.stringify(filter));
  const query = useQuery(MeasurementsDocument, {
    variables: { filter, first: PAGE_SIZE, after: pagination.after },
    skip: !plan,
  });

  let body;
  if (picker.error) body = <ApiErrorAlert error={picker.error} onRetry={() => void picker.refetch()} />;
  else if (!picker.loading && !plan) body = <Empty description={t('indicator.list.noPlan')} />;
  else
    body = (
      <MeasurementTable
        data-testid={`review-table-${tab}`}
        connection={query.data?.measurements}
        previousConnection={query.previousData?.measurements}
        loading={picker.loading || query.loading}
        error={query.error}
        onRetry={() => void query.refetch()}
        paging={{ pagination, pageSize: PAGE_SIZE, hideOnSinglePage: true }}
        emptyText={t(`indicator.review.empty.${tab}`)}
        actions={(row) => <MeasurementReviewActions row={row} />}
      />
    );

  return (
    <>
      <Typography.Title level={3}>{t('indicator.review.title')}</Typography.Title>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <PlanPeriodPicker
            plans={picker.plans}
            plan={plan}
            period={period ?? ALL_PERIODS}
            loading={picker.loading}
            onPlanChange={picker.setPlan}
            onPeriodChange={(value) => update({ period: value }, { period: ALL_PERIODS })}
            allPeriodsValue={ALL_PERIODS}
          />
        </Flex>
        <Tabs
          data-testid="review-tabs"
          activeKey={tab}
          onChange={(key) => update({ tab: key }, { tab: 'submitted' })}
          items={TABS.map((key) => ({ key, label: t(`indicator.review.tabs.${key}`) }))}
        />
        {body}
      </Card>
    </>
  );
}
