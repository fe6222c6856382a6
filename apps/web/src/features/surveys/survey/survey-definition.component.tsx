import { Card, Collapse, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyQuery } from '../../../gql/graphql';
import { useSurveyFormat } from '../survey-format.hook';
import { groupByAspect } from '../survey.util';

type Question = SurveyQuery['survey']['questions'][number];

/** The questionnaire: one panel per aspect with its questions in order (collapsed beyond the first). */
export function SurveyDefinition({ questions }: { questions: readonly Question[] }) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  const groups = groupByAspect(questions);
  return (
    <Card
      size="small"
      data-testid="survey-definition"
      title={t('survey.detail.definition')}
      extra={
        <Typography.Text type="secondary">
          {t('survey.detail.questionCount', { n: fmt.number(questions.length) })}
        </Typography.Text>
      }
    >
      {groups.length === 0 ? (
        <Empty description={t('survey.detail.noQuestions')} />
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={[groups[0].aspectCode]}
          items={groups.map((group) => ({
            key: group.aspectCode,
            label: (
              <span data-testid={`survey-aspect-${group.aspectCode}`}>
                {group.aspectCode}. {group.aspectTitle}
              </span>
            ),
            children: (
              <List
                size="small"
                dataSource={group.questions}
                renderItem={(question) => (
                  <List.Item key={question.id} data-testid={`survey-question-${question.code}`}>
                    <Typography.Text>
                      <Typography.Text strong>{question.code}</Typography.Text> {question.text}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
