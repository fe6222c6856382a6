import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ImportParFrameworkMutation } from '../../../gql/graphql';

type ImportResult = ImportParFrameworkMutation['importParFramework'];
type Problem = ImportResult['problems'][number];

/** What a check found: the problems by sheet, Excel line and column (in the caller's language), or what was read. */
export function ParFrameworkImportResult({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { problems } = result;

  if (problems.length === 0) {
    const items = fmt.number(result.items);
    return (
      <Alert
        type="success"
        showIcon
        data-testid="par-import-summary"
        title={
          result.totalPoints === null
            ? t('parIndex.excel.summaryItems', { items })
            : t('parIndex.excel.summary', { items, totalPoints: fmt.number(result.totalPoints) })
        }
        description={t('parIndex.excel.clean')}
      />
    );
  }

  return (
    <>
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('parIndex.excel.problems', { n: fmt.number(problems.length) })}
      />
      <Table<Problem>
        data-testid="par-import-problems"
        size="small"
        rowKey={(p) => `${p.sheet}|${p.line ?? ''}|${p.column ?? ''}|${p.code}|${p.message}`}
        dataSource={problems}
        pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 520 }}
        columns={[
          {
            key: 'sheet',
            title: t('parIndex.excel.sheet'),
            width: 120,
            render: (_v, p) => p.sheet || t('parIndex.excel.wholeFile'),
          },
          { key: 'line', title: t('parIndex.excel.line'), width: 70, render: (_v, p) => p.line ?? '—' },
          { key: 'column', title: t('parIndex.excel.column'), width: 60, render: (_v, p) => p.column ?? '—' },
          { key: 'message', title: t('parIndex.excel.message'), render: (_v, p) => p.message },
        ]}
      />
    </>
  );
}
