import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportSurveyResultsMutation } from '../../../gql/graphql';
import { useSurveyFormat } from '../survey-format.hook';

type ImportResult = ImportSurveyResultsMutation['importSurveyResults'];
type Problem = ImportResult['problems'][number];

/** What a check found: the problems by Excel line and column (in the caller's language), or what would be stored. */
export function SurveyImportResult({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  const { problems } = result;

  if (problems.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="survey-import-summary"
        title={t('survey.excel.summary', {
          rows: fmt.number(result.rows),
          respondents: fmt.number(result.respondents),
          agencies: fmt.number(result.agencies),
        })}
        description={t('survey.excel.clean')}
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
        data-testid="survey-import-problems"
        size="small"
        rowKey={(p) => `${p.line ?? ''}|${p.column ?? ''}|${p.code}|${p.message}`}
        dataSource={problems}
        pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 420 }}
        columns={[
          {
            key: 'line',
            title: t('parIndex.excel.line'),
            width: 70,
            render: (_v, p) => p.line ?? t('parIndex.excel.wholeFile'),
          },
          { key: 'column', title: t('parIndex.excel.column'), width: 60, render: (_v, p) => p.column ?? '—' },
          { key: 'message', title: t('parIndex.excel.message'), render: (_v, p) => p.message },
        ]}
      />
    </>
  );
}
