import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../app/i18n/language';
import { fetchPublicSummary } from './public-summary.api';
import type { PublicSummary } from '@partrack/shared';

export interface PublicSummaryState {
  data: PublicSummary | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/** The summary of a province's year; a change of province, year or language reads it again (older answers are dropped). */
export function usePublicSummary(provinceCode: string, year: number, language: Language): PublicSummaryState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<PublicSummaryState, 'retry'>>({
    data: null,
    loading: true,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    fetchPublicSummary(provinceCode, year, language, controller.signal).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [provinceCode, year, language, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
