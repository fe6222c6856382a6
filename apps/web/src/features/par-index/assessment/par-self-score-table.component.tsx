import { Empty, Flex, Input, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isSelfScored, ParCriterionLevel, ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCriterionItem, ParCriterionRow } from '../framework/par-criteria-tree.util';
import { ParPointsInput } from '../par-points-input.component';
import type { SelfScore } from './par-self-score.util';

interface ParSelfScoreTableProps {
  rows: ParCriterionRow[];
  branchKeys: string[];
  /** The score an item shows: the user's edit over the saved one. */
  scoreOf: (criterionId: string) => SelfScore;
  /** A refused or invalid score's message, by item. */
  errors: ReadonlyMap<string, string>;
  editable: boolean;
  onChange: (criterionId: string, patch: Partial<SelfScore>) => void;
}

/** The framework's items as the indented tree, each self-scored leaf with its points and note. */
export function ParSelfScoreTable({
  rows,
  branchKeys,
  scoreOf,
  errors,
  editable,
  onChange,
}: ParSelfScoreTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (rows.length === 0) return <Empty description={t('parIndex.criteria.empty')} />;

  const selfScored = (row: ParCriterionRow) => !row.children && isSelfScored(row.criterion.method);
  return (
    <Table<ParCriterionRow>
      data-testid="par-self-scores"
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 980 }}
      expandable={{ defaultExpandedRowKeys: branchKeys, indentSize: 20 }}
      columns={[
        {
          key: 'code',
          title: t('parIndex.fields.code'),
          width: 130,
          render: (_v, row) => (
            <Typography.Text strong={row.depth === 0}>{row.criterion.code}</Typography.Text>
          ),
        },
        {
          key: 'title',
          title: t('parIndex.fields.title'),
          render: (_v, row) => (
            <Typography.Text strong={row.criterion.level === ParCriterionLevel.AREA}>
              {row.criterion.title}
            </Typography.Text>
          ),
        },
        {
          key: 'maxPoints',
          title: t('parIndex.fields.maxPoints'),
          width: 90,
          align: 'right',
          render: (_v, row) => (
            <Typography.Text strong={row.depth === 0}>{number(row.criterion.maxPoints)}</Typography.Text>
          ),
        },
        {
          key: 'selfPoints',
          title: t('parIndex.assessment.selfScore'),
          width: 300,
          render: (_v, row) => {
            if (row.children) return null;
            const { method } = row.criterion;
            if (!selfScored(row))
              return (
                <Typography.Text type="secondary">
                  {method ? t(`parIndex.method.${method}`) : t('parIndex.noMethod')}
                </Typography.Text>
              );
            const error = errors.get(row.criterion.id);
            return (
              <Flex vertical gap={2} data-testid={`par-score-${row.criterion.code}`}>
                <ScoreField
                  criterion={row.criterion}
                  points={scoreOf(row.criterion.id).points}
                  editable={editable}
                  invalid={!!error}
                  onChange={(points) => onChange(row.criterion.id, { points })}
                />
                {error && (
                  <Typography.Text type="danger" data-testid={`par-score-error-${row.criterion.code}`}>
                    {error}
                  </Typography.Text>
                )}
                {method && method !== ParScoringMethod.MANUAL && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`parIndex.method.${method}`)}
                  </Typography.Text>
                )}
              </Flex>
            );
          },
        },
        {
          key: 'note',
          title: t('parIndex.assessment.note'),
          width: 240,
          render: (_v, row) => {
            if (!selfScored(row)) return null;
            const { note } = scoreOf(row.criterion.id);
            if (!editable) return <Typography.Text>{note}</Typography.Text>;
            return (
              <Input.TextArea
                data-testid={`par-note-${row.criterion.code}`}
                aria-label={t('parIndex.assessment.noteOf', { code: row.criterion.code })}
                value={note}
                maxLength={2000}
                autoSize={{ minRows: 1, maxRows: 4 }}
                onChange={(event) => onChange(row.criterion.id, { note: event.target.value })}
              />
            );
          },
        },
      ]}
    />
  );
}

function ScoreField({
  criterion,
  points,
  editable,
  invalid,
  onChange,
}: {
  criterion: ParCriterionItem;
  points: number | null;
  editable: boolean;
  invalid: boolean;
  onChange: (points: number | null) => void;
}) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const options = (criterion.scale ?? []).map((option) => ({
    value: option.points,
    label: t('parIndex.assessment.option', { label: option.label, points: number(option.points) }),
  }));
  const manual = criterion.method === ParScoringMethod.MANUAL;
  if (!editable) {
    if (points === null)
      return <Typography.Text type="secondary">{t('parIndex.assessment.notScored')}</Typography.Text>;
    const chosen = manual ? options.find((option) => option.value === points) : undefined;
    return <Typography.Text strong>{chosen?.label ?? number(points)}</Typography.Text>;
  }
  const label = t('parIndex.assessment.scoreOf', { code: criterion.code });
  if (manual)
    return (
      <Select<number>
        data-testid={`par-select-${criterion.code}`}
        aria-label={label}
        allowClear
        placeholder={t('parIndex.assessment.choose')}
        status={invalid ? 'error' : undefined}
        value={points ?? undefined}
        options={options}
        onChange={(value) => onChange(value ?? null)}
        style={{ width: '100%' }}
      />
    );
  return (
    <ParPointsInput
      data-testid={`par-points-${criterion.code}`}
      aria-label={label}
      max={criterion.maxPoints}
      status={invalid ? 'error' : undefined}
      value={points}
      onChange={(value) => onChange(value ?? null)}
    />
  );
}
