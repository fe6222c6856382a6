import { useMemo } from 'react';
import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ImportParNationalPointsMutation } from '../../../gql/graphql';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import { useParIndexFormat } from '../ranking/par-index-format.hook';
import { nationalLeaves, nationalPreview } from './par-national-appraisal.util';

export type NationalImportResult = ImportParNationalPointsMutation['importParNationalPoints'];
type Problem = NationalImportResult['problems'][number];
type Row = NationalImportResult['rows'][number];

interface ParNationalImportResultProps {
  result: NationalImportResult;
  /** The framework's items, for the totals the points would give */
  criteria: readonly ParCriterionItem[];
}

/**
 * What a check found: the problems by Excel line and column (in the caller's language), or every item's points
 * as read with the total and index they would give (a preview, as on the page).
 */
export function ParNationalImportResult({ result, criteria }: ParNationalImportResultProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const format = useParIndexFormat();
  const preview = useMemo(() => {
    const idOf = new Map(criteria.map((c) => [c.code, c.id]));
    const values = Object.fromEntries(
      result.rows.map((r) => [idOf.get(r.code) ?? r.code, { points: r.points, reason: r.reason ?? '' }]),
    );
    return nationalPreview(criteria, nationalLeaves(criteria), values);
  }, [criteria, result.rows]);

  if (result.problems.length > 0)
    return (
      <>
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('parIndex.excel.problems', { n: fmt.number(result.problems.length) })}
        />
        <Table<Problem>
          data-testid="par-national-import-problems"
          size="small"
          rowKey={(p) => `${p.line ?? ''}|${p.column ?? ''}|${p.code}|${p.message}`}
          dataSource={result.problems}
          pagination={result.problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 420 }}
          columns={[
            {
              key: 'line',
              title: t('parIndex.excel.line'),
              width: 70,
              render: (_v, p) => p.line ?? t('parIndex.excel.wholeFile'),
            },
            {
              key: 'column',
              title: t('parIndex.excel.column'),
              width: 60,
              render: (_v, p) => p.column ?? '—',
            },
            { key: 'message', title: t('parIndex.excel.message'), render: (_v, p) => p.message },
          ]}
        />
      </>
    );

  const points = (value: number | null) => (value === null ? '—' : format.points(value));
  return (
    <>
      <Alert
        type="success"
        showIcon
        data-testid="par-national-import-summary"
        title={t('parIndex.national.excel.summary', {
          n: fmt.number(result.rows.length),
          total: format.points(preview.total),
          max: format.points(preview.maxPoints),
          index: format.index(preview.index),
        })}
        description={t('parIndex.national.excel.clean')}
      />
      <Table<Row>
        data-testid="par-national-import-rows"
        size="small"
        rowKey="code"
        dataSource={result.rows}
        pagination={result.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 640 }}
        columns={[
          { key: 'code', title: t('parIndex.fields.code'), width: 80, render: (_v, r) => r.code },
          { key: 'title', title: t('parIndex.fields.title'), render: (_v, r) => r.title },
          {
            key: 'max',
            title: t('parIndex.national.excel.max'),
            width: 80,
            align: 'right',
            render: (_v, r) => points(r.maxPoints),
          },
          {
            key: 'self',
            title: t('parIndex.national.excel.self'),
            width: 90,
            align: 'right',
            render: (_v, r) => points(r.selfPoints),
          },
          {
            key: 'points',
            title: t('parIndex.national.excel.points'),
            width: 100,
            align: 'right',
            render: (_v, r) => (
              <span data-testid={`par-national-import-points-${r.code}`}>{points(r.points)}</span>
            ),
          },
          { key: 'reason', title: t('parIndex.national.excel.reason'), render: (_v, r) => r.reason ?? '' },
        ]}
      />
    </>
  );
}
