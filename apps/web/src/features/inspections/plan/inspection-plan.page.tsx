import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InspectionPlanStatus, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { InspectionRowFragment } from '../../../gql/graphql';
import { InspectionPlanDocument } from '../graphql/inspections.operations';
import { InspectionPlanStatusTag } from '../inspection-tags.component';
import { INSPECTIONS_PATH } from '../inspection.util';
import { InspectionAdjustModal } from './inspection-adjust.modal';
import { InspectionCoverage } from './inspection-coverage.component';
import { InspectionCoverageRecordModal } from './inspection-coverage-record.modal';
import { InspectionPlanActions, type PlanDialog } from './inspection-plan-actions.component';
import { InspectionScheduleModal } from './inspection-schedule.modal';
import { InspectionTable } from './inspection-table.component';

/** One year's inspection plan: its targets and coverage, the agencies to inspect by month, and its actions. */
export function InspectionPlanPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const canManage = useCan(Permission.INSPECTION_MANAGE);
  const [dialog, setDialog] = useState<PlanDialog | null>(null);
  const [scheduling, setScheduling] = useState<InspectionRowFragment | null>(null);
  const { data, error, refetch } = useQuery(InspectionPlanDocument, { variables: { id: planId } });
  const plan = data?.inspectionPlan;

  const back = (
    <Link to={INSPECTIONS_PATH} data-testid="inspection-plan-back">
      <ArrowLeftOutlined /> {t('inspection.plan.back')}
    </Link>
  );
  if (!plan || !data) {
    return (
      <Flex vertical gap={16}>
        {back}
        {error ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Skeleton active data-testid="inspection-plan-loading" />
        )}
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="inspection-plan-page">
      {back}
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Space size={[8, 4]} wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="inspection-plan-title">
            {t('inspection.list.planOf', { year: plan.year })}
          </Typography.Title>
          <InspectionPlanStatusTag status={plan.status} />
        </Space>
        <InspectionPlanActions plan={plan} onOpen={setDialog} onStale={() => void refetch()} />
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 4 }}
        data-testid="inspection-plan-header"
        items={[
          { key: 'year', label: t('inspection.fields.year'), children: plan.year },
          {
            key: 'status',
            label: t('inspection.fields.status'),
            children: t(`inspection.planStatus.${plan.status}`),
          },
          ...(['coverageProvince', 'coverageDistrict', 'coverageCommune'] as const).map((name) => ({
            key: name,
            label: t(`inspection.fields.${name}`),
            children: t('inspection.percent', { value: plan[name] }),
          })),
        ]}
      />
      <InspectionCoverage plan={plan} coverage={data.inspectionCoverage} />
      <Card size="small" title={t('inspection.plan.inspections')}>
        <InspectionTable planId={plan.id} onSchedule={canManage ? setScheduling : undefined} />
      </Card>
      {plan.status === InspectionPlanStatus.DRAFT && dialog === 'adjust' && (
        <InspectionAdjustModal plan={plan} onClose={() => setDialog(null)} />
      )}
      {dialog === 'coverage' && <InspectionCoverageRecordModal plan={plan} onClose={() => setDialog(null)} />}
      {scheduling && <InspectionScheduleModal inspection={scheduling} onClose={() => setScheduling(null)} />}
    </Flex>
  );
}
