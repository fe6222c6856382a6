import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Role } from '@partrack/shared';
import { useSession } from '../../../app/auth/session.context';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { MeasurementEntriesDocument } from '../graphql/measurement.operations';
import { periodLabel } from '../indicator-period.util';
import { idParam } from '../indicator-url.util';
import { PlanPeriodPicker } from '../plan-period-picker.component';
import { usePlanPeriod } from '../use-plan-period.hook';
import { MeasurementEntryExcel } from './measurement-entry-excel.component';
import { MeasurementEntryGrid } from './measurement-entry-grid.component';

/**
 * Figures of one agency for one period: the user's own agency, or (admins and coordinators, who enter for
 * units that cannot) any agency picked in the tree. Plan, period and agency are kept in the URL.
 */
export function MeasurementEntryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const picker = usePlanPeriod();
  const { plan, period, params, update } = picker;
  const role = session?.user.role;
  const mayPickAgency = role === Role.ADMIN || role === Role.COORDINATOR;
  const ownAgency = session?.user.agencyId ?? null;
  const agencyId = (mayPickAgency ? idParam(params, 'agency') : null) ?? ownAgency;
  const query = useQuery(MeasurementEntriesDocument, {
    variables: { planId: plan?.id ?? '', agencyId: agencyId ?? '', period: period ?? '' },
    skip: !plan || !period || !agencyId,
    notifyOnNetworkStatusChange: false,
  });

  let body;
  if (picker.error) body = <ApiErrorAlert error={picker.error} onRetry={() => void picker.refetch()} />;
  else if (!agencyId)
    body = mayPickAgency ? (
      <Empty description={t('indicator.entry.pickAgency')} />
    ) : (
      <Result
        status="info"
        title={t('indicator.entry.noAgencyTitle')}
        subTitle={t('indicator.entry.noAgency')}
      />
    );
  else if (!picker.loading && !plan) body = <Empty description={t('indicator.list.noPlan')} />;
  else if (query.error && !query.data)
    body = <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (picker.loading || (query.loading && !query.data))
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (plan && period && query.data) {
    const entries = query.data.measurementEntries;
    body =
      entries.length === 0 ? (
        <Empty description={t('indicator.entry.empty', { period: periodLabel(period, t) })} />
      ) : (
        <MeasurementEntryGrid
          // A new agency, plan or period starts from a clean grid rather than carrying unsaved edits over.
          key={`${plan.id}|${agencyId}|${period}`}
          entries={entries}
          agencyId={agencyId}
          period={period}
          planYear={plan.year}
          reload={() => query.refetch()}
        />
      );
  }

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('indicator.entry.title')}
        </Typography.Title>
        {plan && period && agencyId && (
          <MeasurementEntryExcel
            planId={plan.id}
            agencyId={agencyId}
            period={period}
            onImported={() => void query.refetch()}
          />
        )}
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <PlanPeriodPicker
            plans={picker.plans}
            plan={plan}
            period={period}
            loading={picker.loading}
            onPlanChange={picker.setPlan}
            onPeriodChange={picker.setPeriod}
          />
          {mayPickAgency && (
            <div style={{ minWidth: 280 }}>
              <AgencyPicker
                data-testid="entry-agency"
                value={agencyId}
                allowClear={false}
                placeholder={t('indicator.entry.agency')}
                onChange={(agency) => update({ agency }, ownAgency ? { agency: ownAgency } : {})}
              />
            </div>
          )}
        </Flex>
        {body}
      </Card>
    </>
  );
}
