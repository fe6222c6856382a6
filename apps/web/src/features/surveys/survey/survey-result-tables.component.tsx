import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { SURVEY_LEVELS } from '@partrack/shared';
import type { SurveyResultsQuery } from '../../../gql/graphql';
import { useSurveyFormat } from '../survey-format.hook';

type Results = SurveyResultsQuery['surveyResults'];
type QuestionRow = Results['questions'][number];
type AgencyRow = Results['agencies'][number];

const NUMBER = { align: 'right' as const, width: 96 };

/** One row per question: the answers at each level, the blanks, the valid answers and the share. */
export function SurveyQuestionTable({ questions }: { questions: readonly QuestionRow[] }) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  return (
    <Table<QuestionRow>
      data-testid="survey-question-table"
      size="small"
      rowKey="questionId"
      dataSource={[...questions]}
      pagination={false}
      scroll={{ x: 1060 }}
      columns={[
        { key: 'code', title: t('survey.results.code'), dataIndex: 'code', width: 64, fixed: 'left' },
        { key: 'text', title: t('survey.results.question'), dataIndex: 'text', width: 260 },
        ...SURVEY_LEVELS.map((level) => ({
          ...NUMBER,
          key: `level-${level}`,
          title: `${fmt.level(level)} (${level})`,
          render: (_v: unknown, row: QuestionRow) => fmt.number(row.counts[level] ?? 0),
        })),
        {
          ...NUMBER,
          key: 'noAnswer',
          title: t('survey.results.noAnswer'),
          render: (_v, row) => fmt.number(row.noAnswer),
        },
        {
          ...NUMBER,
          key: 'valid',
          title: t('survey.results.valid'),
          render: (_v, row) => fmt.number(row.valid),
        },
        {
          ...NUMBER,
          key: 'share',
          title: t('survey.results.share'),
          render: (_v, row) => <strong>{fmt.share(row.share)}</strong>,
        },
      ]}
    />
  );
}

/** One row per agency, highest share first (the API's order); a name picks that agency's results. */
export function SurveyAgencyTable({
  agencies,
  onPick,
}: {
  agencies: readonly AgencyRow[];
  onPick: (agencyId: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  return (
    <Table<AgencyRow>
      data-testid="survey-agency-table"
      size="small"
      rowKey="agencyId"
      dataSource={[...agencies]}
      pagination={false}
      scroll={{ x: 560 }}
      columns={[
        {
          key: 'agency',
          title: t('survey.results.agency'),
          render: (_v, row) => (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              data-testid={`survey-agency-pick-${row.agencyId}`}
              onClick={() => onPick(row.agencyId)}
            >
              {row.agency?.name ?? t('survey.results.unknownAgency')}
            </Button>
          ),
        },
        {
          ...NUMBER,
          key: 'respondents',
          title: t('survey.results.respondents'),
          render: (_v, row) => fmt.number(row.respondents),
        },
        {
          ...NUMBER,
          key: 'valid',
          title: t('survey.results.valid'),
          render: (_v, row) => fmt.number(row.valid),
        },
        {
          ...NUMBER,
          key: 'share',
          title: t('survey.results.share'),
          render: (_v, row) => <strong>{fmt.share(row.share)}</strong>,
        },
      ]}
    />
  );
}
