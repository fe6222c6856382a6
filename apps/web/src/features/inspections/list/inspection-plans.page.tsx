import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DEFAULT_PAGE_SIZE, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ConnectionTable } from '../../../app/ui/connection-table.component';
import { useCursorPagination } from '../../../app/ui/use-cursor-pagination.hook';
import type { InspectionPlanFieldsFragment } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { InspectionPlansDocument } from '../graphql/inspections.operations';
import { InspectionPlanStatusTag } from '../inspection-tags.component';
import { inspectionPlanPath } from '../inspection.util';
import { InspectionProposeModal } from './inspection-propose.modal';

/** The province's inspection plans (kế hoạch kiểm tra CCHC), newest year first. */
export function InspectionPlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan(Permission.INSPECTION_MANAGE);
  const [proposing, setProposing] = useState(false);
  const pagination = useCursorPagination();
  const { data, previousData, loading, error, refetch } = useQuery(InspectionPlansDocument, {
    variables: { first: DEFAULT_PAGE_SIZE, after: pagination.after },
  });
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const proposeButton = (testId: string) =>
    canManage && (
      <Button data-testid={testId} type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
        {t('inspection.propose.open')}
      </Button>
    );

  return (
    <div data-testid="inspection-plans-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('inspection.title')}</Typography.Title>
        {proposeButton('inspection-propose')}
      </Flex>
      <Card>
        <ConnectionTable<InspectionPlanFieldsFragment>
          data-testid="inspection-plans-table"
          connection={data?.inspectionPlans}
          previousConnection={previousData?.inspectionPlans}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          emptyText={
            <Flex vertical align="center" gap={8} data-testid="inspection-plans-empty">
              <span>{t('inspection.list.empty')}</span>
              {proposeButton('inspection-propose-empty')}
            </Flex>
          }
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          scroll={{ x: 520 }}
          columns={[
            {
              key: 'year',
              title: t('inspection.fields.year'),
              render: (_v, plan) => (
                <Link to={inspectionPlanPath(plan.id)} data-testid={`inspection-plan-link-${plan.year}`}>
                  {t('inspection.list.planOf', { year: plan.year })}
                </Link>
              ),
            },
            {
              key: 'targets',
              title: t('inspection.fields.targets'),
              render: (_v, plan) =>
                t('inspection.list.targets', {
                  province: plan.coverageProvince,
                  district: plan.coverageDistrict,
                  commune: plan.coverageCommune,
                }),
            },
            {
              key: 'status',
              title: t('inspection.fields.status'),
              width: 140,
              render: (_v, plan) => <InspectionPlanStatusTag status={plan.status} />,
            },
          ]}
        />
      </Card>
      {proposing && (
        <InspectionProposeModal
          year={thisYear}
          onClose={() => setProposing(false)}
          onProposed={(planId) => {
            setProposing(false);
            void navigate(inspectionPlanPath(planId));
          }}
        />
      )}
    </div>
  );
}
