import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Flex, Progress, Result, Skeleton, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../app/i18n/language';
import { LanguageSwitch } from '../../../app/i18n/language-switch.component';
import { SurveyFormAspect } from './survey-form-aspect.component';
import { SurveyFormError, submitSurveyForm } from './survey-public-form.api';
import { answersOf, periodParts, type PeriodParts } from './survey-public-form.util';
import { useSurveyPublicForm } from './use-survey-public-form.hook';

/** What ends the form: a state of its own instead of the questions. */
type Ending = 'sent' | 'alreadyAnswered' | 'notFound' | 'tooManyRequests';

function endingOf(error: unknown): Ending | null {
  if (!(error instanceof SurveyFormError)) return null;
  return error.problem === 'other' || error.problem === 'invalid' ? null : error.problem;
}

/**
 * The public, anonymous satisfaction form of one agency (docs/surveys.md "The online form"), opened from the
 * QR code at the one-stop desk: no login, Vietnamese first with an English switch, one aspect after another
 * with large buttons, made for a 390 px phone. No name or contact is asked; the answers only add to counts.
 */
export function SurveyPublicFormPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const { surveyId = '', agencyId = '' } = useParams();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const { data, loading, error, retry } = useSurveyPublicForm(surveyId, agencyId, language);
  const [step, setStep] = useState(0);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>(null);
  const [ending, setEnding] = useState<Ending | null>(null);

  const send = async () => {
    if (!data) return;
    setSending(true);
    setSendError(null);
    try {
      await submitSurveyForm(surveyId, agencyId, { answers: answersOf(data, chosen) }, language);
      setEnding('sent');
    } catch (caught) {
      const end = endingOf(caught);
      if (end) setEnding(end);
      else setSendError(caught);
    } finally {
      setSending(false);
    }
  };

  const period = data ? periodParts(data.survey.period) : null;
  const periodText = (p: PeriodParts) =>
    p.kind === 'other'
      ? p.text
      : p.kind === 'year'
        ? t('surveyForm.period.year', p)
        : p.kind === 'quarter'
          ? t('surveyForm.period.quarter', p)
          : t(p.n === 1 ? 'surveyForm.period.half1' : 'surveyForm.period.half2', p);
  const header = (
    <Flex justify="space-between" align="flex-start" gap={8}>
      <div style={{ minWidth: 0 }}>
        <Typography.Text type="secondary">{t('surveyForm.kicker')}</Typography.Text>
        <Typography.Title level={3} style={{ margin: '4px 0' }} data-testid="survey-form-title">
          {data?.survey.title ?? t('surveyForm.kicker')}
        </Typography.Title>
        {data && period && (
          <Typography.Text strong data-testid="survey-form-agency">
            {data.agency.name} · {periodText(period)}
          </Typography.Text>
        )}
      </div>
      <LanguageSwitch />
    </Flex>
  );

  const end = ending ?? endingOf(error) ?? (data?.answeredToday ? 'alreadyAnswered' : null);
  let body: ReactNode;
  if (end) {
    const status =
      end === 'sent'
        ? 'success'
        : end === 'notFound'
          ? '404'
          : end === 'alreadyAnswered'
            ? 'info'
            : 'warning';
    body = (
      <Result
        status={status}
        title={t(`surveyForm.ending.${end}.title`)}
        subTitle={t(`surveyForm.ending.${end}.text`)}
        data-testid={`survey-form-${end}`}
      />
    );
  } else if (error) {
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="survey-form-error"
        title={error instanceof SurveyFormError ? error.message : t('surveyForm.networkError')}
        action={
          <Button size="large" onClick={retry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (loading || !data) {
    body = (
      <div data-testid="survey-form-loading">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  } else {
    const aspects = data.aspects;
    const aspect = aspects[Math.min(step, aspects.length - 1)];
    const last = step >= aspects.length - 1;
    const nothingChosen = Object.keys(chosen).length === 0;
    body = (
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('surveyForm.intro')}
        </Typography.Paragraph>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="survey-form-step">
            {t('surveyForm.step', { n: step + 1, total: aspects.length, title: aspect.title })}
          </Typography.Title>
          <Progress percent={Math.round(((step + 1) / aspects.length) * 100)} showInfo={false} />
        </div>
        <SurveyFormAspect
          aspect={aspect}
          levels={data.levels}
          language={language}
          chosen={chosen}
          onChoose={(questionId, level) =>
            setChosen(({ [questionId]: _dropped, ...rest }) =>
              level === null ? rest : { ...rest, [questionId]: level },
            )
          }
        />
        {sendError !== null && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="survey-form-send-error"
            title={sendError instanceof SurveyFormError ? sendError.message : t('surveyForm.networkError')}
          />
        )}
        {last && nothingChosen && (
          <Typography.Text type="secondary" data-testid="survey-form-nothing">
            {t('surveyForm.nothingChosen')}
          </Typography.Text>
        )}
        <Flex gap={8}>
          {step > 0 && (
            <Button
              size="large"
              style={{ flex: 1, minHeight: 52 }}
              onClick={() => setStep(step - 1)}
              data-testid="survey-form-back"
            >
              {t('surveyForm.back')}
            </Button>
          )}
          {last ? (
            <Button
              type="primary"
              size="large"
              style={{ flex: 2, minHeight: 52 }}
              loading={sending}
              disabled={nothingChosen}
              onClick={() => void send()}
              data-testid="survey-form-send"
            >
              {sendError !== null ? t('surveyForm.sendAgain') : t('surveyForm.send')}
            </Button>
          ) : (
            <Button
              type="primary"
              size="large"
              style={{ flex: 2, minHeight: 52 }}
              onClick={() => {
                setStep(step + 1);
                // The next aspect starts at the top of a phone's screen.
                document.querySelector('main')?.scrollIntoView?.({ block: 'start' });
              }}
              data-testid="survey-form-next"
            >
              {t('surveyForm.next')}
            </Button>
          )}
        </Flex>
      </Flex>
    );
  }

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5' }} data-testid="survey-form-page">
      <main style={{ maxWidth: 600, margin: '0 auto', padding: token.paddingSM }}>
        <Card styles={{ body: { padding: token.paddingMD } }}>
          <Flex vertical gap={16}>
            {header}
            {body}
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {t('surveyForm.privacy')}
            </Typography.Text>
          </Flex>
        </Card>
      </main>
    </div>
  );
}
