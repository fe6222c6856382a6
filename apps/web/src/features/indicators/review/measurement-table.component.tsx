import type { ReactNode } from 'react';
import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IndicatorAggregation } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ConnectionTable, type ConnectionTableProps } from '../../../app/ui/connection-table.component';
import type { MeasurementRowFieldsFragment } from '../../../gql/graphql';
import { periodLabel } from '../indicator-period.util';
import { MeasurementStatusTag } from '../indicator-tags.component';
import { useIndicatorFormat } from '../use-indicator-format.hook';

type MeasurementTableProps = Omit<ConnectionTableProps<MeasurementRowFieldsFragment>, 'columns'> & {
  /** Hidden when every row is of the same indicator (the indicator detail). */
  showIndicator?: boolean;
  actions: (row: MeasurementRowFieldsFragment) => ReactNode;
};

/** Submitted or approved figures with who reported them and when; the caller supplies the actions. */
export function MeasurementTable({ showIndicator = true, actions, ...rest }: MeasurementTableProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { dateTime } = useFormatters();
  return (
    <ConnectionTable<MeasurementRowFieldsFragment>
      size="middle"
      // Wide enough for agency names on one or two lines; narrower screens scroll between the fixed edges.
      scroll={{ x: showIndicator ? 1300 : 1120 }}
      {...rest}
      data-testid={rest['data-testid'] ?? 'measurement-table'}
      columns={[
        {
          key: 'agency',
          title: t('indicator.review.agency'),
          width: 220,
          fixed: 'left',
          render: (_v, row) => row.agency.name,
        },
        ...(showIndicator
          ? [
              {
                key: 'indicator',
                title: t('indicator.review.indicator'),
                width: 180,
                render: (_v: unknown, row: MeasurementRowFieldsFragment) => (
                  <Tooltip title={format.name(row.indicator)}>
                    <Link to={`/indicators/${row.indicator.id}`}>{row.indicator.code}</Link>
                  </Tooltip>
                ),
              },
            ]
          : []),
        {
          key: 'period',
          title: t('indicator.filters.period'),
          width: 110,
          render: (_v, row) => periodLabel(row.period, t),
        },
        {
          key: 'value',
          title: t('indicator.fields.value'),
          align: 'right',
          width: 120,
          render: (_v, row) => (
            <Flex vertical>
              <Typography.Text strong>{format.value(row.value, row.indicator.unit)}</Typography.Text>
              {row.indicator.aggregation === IndicatorAggregation.RATIO && (
                <Typography.Text type="secondary" data-testid="measurement-parts">
                  {format.ratio(row.numerator, row.denominator) ?? '—'}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'note',
          title: t('indicator.entry.note'),
          width: 170,
          render: (_v, row) => (
            <Flex vertical gap={2}>
              <Typography.Text>{row.note ?? '—'}</Typography.Text>
              {row.reviewComment && (
                <Typography.Text type="warning">
                  {t('indicator.review.comment', { comment: row.reviewComment })}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'submitted',
          title: t('indicator.review.submittedAt'),
          width: 160,
          render: (_v, row) => (
            <Flex vertical gap={2}>
              <span>{dateTime(row.submittedAt)}</span>
              {row.updatedByLabel && <Typography.Text type="secondary">{row.updatedByLabel}</Typography.Text>}
            </Flex>
          ),
        },
        {
          key: 'status',
          title: t('indicator.fields.status'),
          width: 140,
          render: (_v, row) => <MeasurementStatusTag status={row.status} />,
        },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 200,
          fixed: 'right',
          render: (_v, row) => actions(row),
        },
      ]}
    />
  );
}
