import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Flex, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { IndicatorDetailQuery } from '../../../gql/graphql';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { IndicatorFormModal } from '../forms/indicator-form.modal';
import { IndicatorTargetsModal } from '../forms/indicator-targets.modal';
import { IndicatorDetailDocument } from '../graphql/indicator.operations';
import { defaultPeriod, isPeriodOfYear, periodLabel, planPeriods } from '../indicator-period.util';
import { IndicatorStateActions } from '../indicator-state-actions.component';
import { IndicatorStateTag } from '../indicator-tags.component';
import { idParam, patchParams } from '../indicator-url.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';
import { IndicatorApprovedFigures } from './indicator-approved-figures.component';
import { IndicatorBreakdown } from './indicator-breakdown.component';
import { IndicatorChart } from './indicator-chart.component';
import { IndicatorCoverage } from './indicator-coverage.component';
import {
  IndicatorDefinition,
  IndicatorLinkedItems,
  IndicatorTargetList,
} from './indicator-definition.component';

type Detail = IndicatorDetailQuery['indicator'];

export function IndicatorDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IndicatorDetailDocument, { variables: { id } });
  const indicator = data?.indicator;

  if (loading && !indicator)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  if (!indicator) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('indicator.detail.notFound')} />
        )}
      </Card>
    );
  }
  return <IndicatorDetailView indicator={indicator} />;
}

type Dialog = 'edit' | 'targets' | null;

/** Agency (`agency`) and period (`period`) live in the URL: a drill-down is a link, and Back goes up again. */
function IndicatorDetailView({ indicator }: { indicator: Detail }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const canManage = useCan(Permission.INDICATOR_MANAGE);
  const canReview = useCan(Permission.MEASUREMENT_REVIEW);
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { plan } = indicator;
  const owner = plan.ownerAgencyId;
  const agencyId = idParam(params, 'agency') ?? owner;
  const requested = params.get('period');
  // The breakdown rolls up figures of exactly one period, so only the indicator's own kind of period is offered.
  const periods = planPeriods(plan.year, indicator.frequency);
  const period =
    isPeriodOfYear(requested, plan.year) && periods.includes(requested)
      ? requested
      : defaultPeriod(plan.year, undefined, indicator.frequency);
  const set = (patch: Record<string, string | null>) =>
    setParams(patchParams(params, patch, { agency: owner }));

  return (
    <Flex vertical gap={16} data-testid="indicator-detail">
      <div>
        <Link to={`/indicators?plan=${plan.id}`}>
          <ArrowLeftOutlined /> {t('indicator.detail.backToList')}
        </Link>
        <Flex justify="space-between" align="start" wrap gap={8} style={{ marginTop: 8 }}>
          <Space orientation="vertical" size={0}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="indicator-title">
              {indicator.code}. {format.name(indicator)}
            </Typography.Title>
            <Space size={8} wrap>
              <IndicatorStateTag state={indicator.state} />
              <Link to={`/plans/${plan.id}`}>
                {plan.code} — {plan.title}
              </Link>
            </Space>
          </Space>
          {canManage && (
            <IndicatorStateActions
              indicator={indicator}
              onEdit={() => setDialog('edit')}
              onTargets={() => setDialog('targets')}
            />
          )}
        </Flex>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('indicator.chart.title', { year: plan.year })}
            extra={
              <div style={{ minWidth: 260 }}>
                <AgencyPicker
                  data-testid="indicator-agency"
                  value={agencyId}
                  allowClear={false}
                  rootId={owner}
                  onChange={(agency) => set({ agency })}
                />
              </div>
            }
          >
            <IndicatorChart
              indicatorId={indicator.id}
              agencyId={agencyId}
              year={plan.year}
              frequency={indicator.frequency}
              unit={indicator.unit}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('indicator.detail.definition')}>
            <IndicatorDefinition indicator={indicator} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('indicator.breakdown.title')}
            extra={
              <Space wrap>
                {agencyId !== owner && (
                  <Button size="small" data-testid="breakdown-up" onClick={() => set({ agency: null })}>
                    {t('indicator.breakdown.backToOwner', { name: plan.ownerAgency.name })}
                  </Button>
                )}
                <Select
                  data-testid="indicator-detail-period"
                  aria-label={t('indicator.filters.period')}
                  value={period}
                  onChange={(value: string) => set({ period: value })}
                  options={periods.map((value) => ({ value, label: periodLabel(value, t) }))}
                  style={{ minWidth: 180 }}
                />
              </Space>
            }
          >
            <IndicatorBreakdown
              indicatorId={indicator.id}
              agencyId={agencyId}
              period={period}
              unit={indicator.unit}
              aggregation={indicator.aggregation}
              onDrill={(agency) => set({ agency })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('indicator.coverage.title', { period: periodLabel(period, t) })}>
            <IndicatorCoverage indicatorId={indicator.id} agencyId={agencyId} period={period} />
          </Card>
        </Col>
        {canReview && (
          <Col span={24}>
            <Card title={t('indicator.detail.approvedFigures')}>
              <IndicatorApprovedFigures indicatorId={indicator.id} agencyId={agencyId} period={period} />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={14}>
          <Card title={t('indicator.targets.title', { code: indicator.code })}>
            <IndicatorTargetList indicator={indicator} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('indicator.fields.linkedItems')}>
            <IndicatorLinkedItems indicator={indicator} />
          </Card>
        </Col>
      </Row>
      {dialog === 'edit' && (
        <IndicatorFormModal planId={plan.id} indicator={indicator} onClose={() => setDialog(null)} />
      )}
      {dialog === 'targets' && (
        <IndicatorTargetsModal indicatorId={indicator.id} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}
