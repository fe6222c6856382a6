import { useQuery } from '@apollo/client/react';
import { Button, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndicatorAggregation, type IndicatorUnit } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { IndicatorBreakdownQuery } from '../../../gql/graphql';
import { IndicatorBreakdownDocument } from '../graphql/indicator.operations';
import { IndicatorStatusTag } from '../indicator-tags.component';
import { useIndicatorFormat } from '../use-indicator-format.hook';

type BreakdownRow = IndicatorBreakdownQuery['indicatorBreakdown'][number];

interface IndicatorBreakdownProps {
  indicatorId: string;
  agencyId: string;
  period: string;
  unit: IndicatorUnit;
  aggregation: IndicatorAggregation;
  /** Opens the breakdown of a child agency (its own children). */
  onDrill: (agencyId: string) => void;
}

/** The agency's figure, then each agency directly under it; a child with units below can be opened. */
export function IndicatorBreakdown({
  indicatorId,
  agencyId,
  period,
  unit,
  aggregation,
  onDrill,
}: IndicatorBreakdownProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { data, loading, error, refetch } = useQuery(IndicatorBreakdownDocument, {
    variables: { indicatorId, agencyId, period },
  });
  if (error && !data) return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  const rows = data?.indicatorBreakdown ?? [];
  const ratio = aggregation === IndicatorAggregation.RATIO;

  return (
    <Table<BreakdownRow>
      data-testid="indicator-breakdown"
      rowKey="agencyId"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: <Empty description={t('indicator.breakdown.empty')} /> }}
      rowClassName={(row) => (row.agencyId === agencyId ? 'indicator-breakdown-total' : '')}
      columns={[
        {
          key: 'agency',
          title: t('indicator.breakdown.agency'),
          render: (_v, row) =>
            row.agencyId === agencyId ? (
              <Typography.Text strong>
                {t('indicator.breakdown.total', { name: row.agency.name })}
              </Typography.Text>
            ) : row.agency.descendantCount > 0 ? (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                data-testid={`breakdown-drill-${row.agency.code}`}
                onClick={() => onDrill(row.agencyId)}
              >
                {row.agency.name}
              </Button>
            ) : (
              row.agency.name
            ),
        },
        {
          key: 'value',
          title: t('indicator.fields.value'),
          align: 'right',
          width: 120,
          render: (_v, row) => format.value(row.value, unit),
        },
        ...(ratio
          ? [
              {
                key: 'parts',
                title: t('indicator.breakdown.parts'),
                align: 'right' as const,
                width: 150,
                render: (_v: unknown, row: BreakdownRow) =>
                  format.ratio(row.numerator, row.denominator) ?? '—',
              },
            ]
          : []),
        {
          key: 'reported',
          title: t('indicator.breakdown.reported'),
          align: 'right',
          width: 110,
          render: (_v, row) => format.number(row.reportedCount),
        },
        {
          key: 'target',
          title: t('indicator.fields.target'),
          align: 'right',
          width: 110,
          render: (_v, row) => format.value(row.target, unit),
        },
        {
          key: 'status',
          title: t('indicator.fields.status'),
          width: 150,
          render: (_v, row) => <IndicatorStatusTag status={row.status} />,
        },
      ]}
    />
  );
}
