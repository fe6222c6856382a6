import { useCallback, useEffect, useState } from 'react';
import type { PublicSurveyForm } from '@partrack/shared';
import type { Language } from '../../../app/i18n/language';
import { fetchSurveyForm } from './survey-public-form.api';

export interface SurveyPublicFormState {
  data: PublicSurveyForm | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * The form of a survey for an agency. A change of language does not read it again: the questions are the
 * survey's own words and the level labels come in both languages.
 */
export function useSurveyPublicForm(
  surveyId: string,
  agencyId: string,
  language: Language,
): SurveyPublicFormState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<SurveyPublicFormState, 'retry'>>({
    data: null,
    loading: true,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    setState({ data: null, loading: true, error: null });
    fetchSurveyForm(surveyId, agencyId, language, controller.signal).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, loading: false, error });
      },
    );
    return () => controller.abort();
    // The language only names the error messages' language; a switch keeps what was read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [surveyId, agencyId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
