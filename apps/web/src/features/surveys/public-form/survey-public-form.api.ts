import type { Language } from '../../../app/i18n/language';
import type { PublicSurveyForm, PublicSurveyFormSubmission } from '@partrack/shared';

/** The screen's path of an agency's form: what the QR code and the printed link open. */
export function surveyFormPath(surveyId: string, agencyId: string): string {
  return `/khao-sat/${encodeURIComponent(surveyId)}/${encodeURIComponent(agencyId)}`;
}

/** The API route of the same form (GET reads it, POST sends the answers). */
export function surveyFormApiUrl(surveyId: string, agencyId: string): string {
  return `/public/v1/surveys/${encodeURIComponent(surveyId)}/agencies/${encodeURIComponent(agencyId)}/form`;
}

/** What a refusal means for the screen; anything else is shown with the API's own message. */
export type SurveyFormProblem = 'notFound' | 'alreadyAnswered' | 'tooManyRequests' | 'invalid' | 'other';

/** A refusal of the form's API in its one error shape; the message is already in the asked language. */
export class SurveyFormError extends Error {
  constructor(
    message: string,
    readonly problem: SurveyFormProblem,
  ) {
    super(message);
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
}

function problemOf(status: number, code: string | undefined, reason: string | undefined): SurveyFormProblem {
  if (status === 404 || code === 'NOT_FOUND') return 'notFound';
  if (status === 429 || reason === 'RATE_LIMITED') return 'tooManyRequests';
  if (reason === 'ALREADY_ANSWERED') return 'alreadyAnswered';
  if (status === 400 || status === 413) return 'invalid';
  return 'other';
}

async function refusal(response: Response): Promise<SurveyFormError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const first = body.errors?.[0];
  return new SurveyFormError(
    first?.message ?? response.statusText,
    problemOf(response.status, first?.extensions?.code, first?.extensions?.reason),
  );
}

/**
 * A plain fetch, not Apollo: the routes are REST and need no login. The device cookie (httpOnly, set by the API)
 * goes along by itself, same origin. Network failures reject with the fetch error (a TypeError).
 */
export async function fetchSurveyForm(
  surveyId: string,
  agencyId: string,
  language: Language,
  signal?: AbortSignal,
): Promise<PublicSurveyForm> {
  const response = await fetch(surveyFormApiUrl(surveyId, agencyId), {
    headers: { accept: 'application/json', 'accept-language': language },
    credentials: 'same-origin',
    signal,
  });
  if (response.ok) return (await response.json()) as PublicSurveyForm;
  throw await refusal(response);
}

export async function submitSurveyForm(
  surveyId: string,
  agencyId: string,
  submission: PublicSurveyFormSubmission,
  language: Language,
): Promise<void> {
  const response = await fetch(surveyFormApiUrl(surveyId, agencyId), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': language },
    credentials: 'same-origin',
    body: JSON.stringify(submission),
  });
  if (!response.ok) throw await refusal(response);
}
