import { Alert, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IndicatorState, parsePeriod } from '@partrack/shared';
import { ConnectionTable, type ConnectionTableProps } from '../../../app/ui/connection-table.component';
import type { IndicatorsQuery } from '../../../gql/graphql';
import { useAreaName } from '../../tasks/task-tags.component';
import { IndicatorStateActions } from '../indicator-state-actions.component';
import { IndicatorStatusTag } from '../indicator-tags.component';
import { useIndicatorFormat } from '../use-indicator-format.hook';

export type IndicatorRow = IndicatorsQuery['indicators']['edges'][number]['node'];

type IndicatorTableProps = Omit<ConnectionTableProps<IndicatorRow>, 'columns'> & {
  canManage: boolean;
  onEdit: (row: IndicatorRow) => void;
  onTargets: (row: IndicatorRow) => void;
};

/** Where a draft comes from: the plan's sentence and what the extractor was unsure about. */
function DraftSource({ row }: { row: IndicatorRow }) {
  const { t } = useTranslation();
  if (!row.sourceText && row.draftNotes.length === 0) return null;
  return (
    <Flex vertical gap={4} style={{ marginTop: 4 }} data-testid={`indicator-source-${row.code}`}>
      {row.sourceText && (
        <Typography.Paragraph
          type="secondary"
          italic
          style={{ margin: 0 }}
          ellipsis={{ rows: 2, expandable: true, symbol: t('indicator.list.more') }}
        >
          {row.sourceLine
            ? t('indicator.list.sourceLine', { line: row.sourceLine, text: row.sourceText })
            : row.sourceText}
        </Typography.Paragraph>
      )}
      {row.draftNotes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('indicator.list.draftNotes')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {row.draftNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  );
}

export function IndicatorTable({ canManage, onEdit, onTargets, ...rest }: IndicatorTableProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const areaName = useAreaName();

  const valueCell = (row: IndicatorRow) => {
    const value = row.value;
    // value(period:) rolls up figures of exactly that period, so a yearly indicator has none for a quarter.
    if (value && parsePeriod(value.period)?.kind !== row.frequency && value.reportedCount === 0) {
      return (
        <Tooltip
          title={t('indicator.list.otherFrequency', {
            frequency: t(`indicator.frequency.${row.frequency}`).toLocaleLowerCase(),
          })}
        >
          <Typography.Text type="secondary">—</Typography.Text>
        </Tooltip>
      );
    }
    const parts = format.ratio(value?.numerator, value?.denominator);
    return (
      <Flex vertical>
        <Typography.Text strong>{format.value(value?.value, row.unit)}</Typography.Text>
        {parts && <Typography.Text type="secondary">{parts}</Typography.Text>}
      </Flex>
    );
  };

  return (
    <ConnectionTable<IndicatorRow>
      data-testid="indicator-table"
      size="middle"
      scroll={{ x: 1000 }}
      {...rest}
      columns={[
        {
          key: 'code',
          title: t('indicator.fields.code'),
          width: 90,
          render: (_v, row) => (
            <Link to={`/indicators/${row.id}`} data-testid={`indicator-link-${row.code}`}>
              <Typography.Text strong>{row.code}</Typography.Text>
            </Link>
          ),
        },
        {
          key: 'name',
          title: t('indicator.fields.name'),
          render: (_v, row) => (
            <>
              <Link to={`/indicators/${row.id}`}>{format.name(row)}</Link>
              {row.state === IndicatorState.DRAFT && <DraftSource row={row} />}
            </>
          ),
        },
        {
          key: 'area',
          title: t('indicator.fields.area'),
          width: 80,
          render: (_v, row) => (
            <Tooltip title={areaName(row.areaCode)}>
              <span>{row.areaCode ?? '—'}</span>
            </Tooltip>
          ),
        },
        {
          key: 'unit',
          title: t('indicator.fields.unit'),
          width: 110,
          render: (_v, row) => t(`indicator.unit.${row.unit}`),
        },
        {
          key: 'target',
          title: t('indicator.fields.target'),
          width: 110,
          align: 'right',
          render: (_v, row) => format.value(row.value?.target ?? row.target, row.unit),
        },
        {
          key: 'value',
          title: t('indicator.fields.value'),
          width: 130,
          align: 'right',
          render: (_v, row) => valueCell(row),
        },
        {
          key: 'status',
          title: t('indicator.fields.status'),
          width: 150,
          render: (_v, row) => (row.value ? <IndicatorStatusTag status={row.value.status} /> : '—'),
        },
        ...(canManage
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 170,
                render: (_v: unknown, row: IndicatorRow) => (
                  <IndicatorStateActions
                    indicator={row}
                    onEdit={() => onEdit(row)}
                    onTargets={() => onTargets(row)}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
