import { Button, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicSurveyForm, PublicSurveyFormAspect } from '@partrack/shared';
import type { Language } from '../../../app/i18n/language';

interface SurveyFormAspectProps {
  aspect: PublicSurveyFormAspect;
  levels: PublicSurveyForm['levels'];
  language: Language;
  chosen: Readonly<Record<string, number>>;
  onChoose: (questionId: string, level: number | null) => void;
}

/**
 * The questions of one aspect, each with the five levels as large buttons (at least 48 px high, one per line on
 * a phone), so a thumb finds them. Choosing the chosen level again clears it: that question is not answered.
 */
export function SurveyFormAspect({ aspect, levels, language, chosen, onChoose }: SurveyFormAspectProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={24} data-testid={`survey-form-aspect-${aspect.code}`}>
      {aspect.questions.map((question, index) => (
        <fieldset key={question.id} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend style={{ marginBottom: token.marginSM, fontSize: token.fontSizeLG, lineHeight: 1.4 }}>
            <Typography.Text type="secondary">
              {t('surveyForm.questionNumber', { n: index + 1 })}{' '}
            </Typography.Text>
            {question.text}
          </legend>
          <Flex vertical gap={8} role="group" aria-label={question.text}>
            {[...levels].reverse().map(({ level, ...labels }) => {
              const selected = chosen[question.id] === level;
              return (
                <Button
                  key={level}
                  block
                  size="large"
                  type={selected ? 'primary' : 'default'}
                  aria-pressed={selected}
                  style={{
                    minHeight: 52,
                    justifyContent: 'flex-start',
                    whiteSpace: 'normal',
                    height: 'auto',
                  }}
                  data-testid={`survey-form-level-${question.code}-${level}`}
                  onClick={() => onChoose(question.id, selected ? null : level)}
                >
                  {labels[language]}
                </Button>
              );
            })}
          </Flex>
        </fieldset>
      ))}
    </Flex>
  );
}
