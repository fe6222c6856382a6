import { Empty, Flex, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import { ParPointsInput } from '../par-points-input.component';
import type { NationalValue } from './par-national-appraisal.util';

/** The Ministry's remark, as long as the API takes it. */
const REMARK_MAX = 4000;

interface ParNationalAppraisalTableProps {
  leaves: readonly ParCriterionItem[];
  valueOf: (criterionId: string) => NationalValue;
  selfPointsOf: (criterionId: string) => number | null;
  /** The message under an item's points: a local check or the API's refusal. */
  errorOf: (criterionId: string) => string | undefined;
  editable: boolean;
  disabled?: boolean;
  onChange: (criterionId: string, patch: Partial<NationalValue>) => void;
}

/** Every scored item with its maximum, the province's own points and the Ministry's points and remark. */
export function ParNationalAppraisalTable({
  leaves,
  valueOf,
  selfPointsOf,
  errorOf,
  editable,
  disabled = false,
  onChange,
}: ParNationalAppraisalTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (leaves.length === 0) return <Empty description={t('parIndex.criteria.empty')} />;

  return (
    <Table<ParCriterionItem>
      data-testid="par-national-table"
      rowKey="id"
      size="small"
      dataSource={[...leaves]}
      pagination={false}
      scroll={{ x: 920 }}
      columns={[
        { key: 'code', title: t('parIndex.fields.code'), width: 90, render: (_v, item) => item.code },
        {
          key: 'title',
          title: t('parIndex.fields.title'),
          render: (_v, item) => (
            <Flex vertical gap={2}>
              <Typography.Text>{item.title}</Typography.Text>
              {item.method && item.method !== ParScoringMethod.MANUAL && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`parIndex.method.${item.method}`)}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'maxPoints',
          title: t('parIndex.fields.maxPoints'),
          width: 90,
          align: 'right',
          render: (_v, item) => (
            <span data-testid={`par-national-max-${item.code}`}>{number(item.maxPoints)}</span>
          ),
        },
        {
          key: 'selfPoints',
          title: t('parIndex.assessment.selfScore'),
          width: 100,
          align: 'right',
          render: (_v, item) => {
            const self = selfPointsOf(item.id);
            return (
              <span data-testid={`par-national-self-${item.code}`}>{self === null ? '—' : number(self)}</span>
            );
          },
        },
        {
          key: 'points',
          title: t('parIndex.national.ministry.points'),
          width: 170,
          render: (_v, item) => {
            const { points } = valueOf(item.id);
            const error = errorOf(item.id);
            if (!editable)
              return (
                <Typography.Text strong data-testid={`par-national-value-${item.code}`}>
                  {points === null ? '—' : number(points)}
                </Typography.Text>
              );
            return (
              <Flex vertical gap={2}>
                <ParPointsInput
                  data-testid={`par-national-points-${item.code}`}
                  aria-label={t('parIndex.national.ministry.pointsOf', { code: item.code })}
                  value={points}
                  status={error ? 'error' : undefined}
                  disabled={disabled}
                  onChange={(value) => onChange(item.id, { points: value ?? null })}
                />
                {error && (
                  <Typography.Text type="danger" data-testid={`par-national-error-${item.code}`}>
                    {error}
                  </Typography.Text>
                )}
              </Flex>
            );
          },
        },
        {
          key: 'remark',
          title: t('parIndex.national.ministry.remark'),
          width: 240,
          render: (_v, item) => {
            const { reason } = valueOf(item.id);
            if (!editable) return <Typography.Text>{reason}</Typography.Text>;
            return (
              <Input.TextArea
                data-testid={`par-national-remark-${item.code}`}
                aria-label={t('parIndex.national.ministry.remarkOf', { code: item.code })}
                value={reason}
                maxLength={REMARK_MAX}
                disabled={disabled}
                rows={1}
                onChange={(event) => onChange(item.id, { reason: event.target.value })}
              />
            );
          },
        },
      ]}
    />
  );
}
