import type { SurveyLevelLabel } from './survey-scale';

/**
 * The public, anonymous form of an OPEN survey for one agency (docs/surveys.md "The online form"): what
 * `GET /public/v1/surveys/:surveyId/agencies/:agencyId/form` answers and what its POST takes. One definition
 * for the API and the SPA. Nothing here names a person.
 */
export interface PublicSurveyForm {
  survey: { id: string; title: string; year: number; period: string };
  /** The agency asked about, by name (never its code or id on screen) */
  agency: { id: string; name: string };
  /** The five levels of the scale, 1 to 5, with their Vietnamese and English labels */
  levels: readonly (SurveyLevelLabel & { level: number })[];
  aspects: readonly PublicSurveyFormAspect[];
  /** This device has already answered about this agency today (Vietnam's calendar) */
  answeredToday: boolean;
}

export interface PublicSurveyFormAspect {
  code: string;
  title: string;
  questions: readonly { id: string; code: string; text: string }[];
}

/** One answer: a level of the scale, or 0 for "no answer". A question left out counts as no answer. */
export interface PublicSurveyFormAnswer {
  questionId: string;
  level: number;
}

export interface PublicSurveyFormSubmission {
  answers: readonly PublicSurveyFormAnswer[];
}

/** The largest body the POST reads (bytes): 100 answers of a uuid and a digit fit in about 6 KB. */
export const SURVEY_FORM_MAX_BYTES = 8 * 1024;

/** Reasons of the form's refusals, in `extensions.reason` (the codes stay the API's own). */
export const SURVEY_FORM_REASONS = {
  alreadyAnswered: 'ALREADY_ANSWERED',
  rateLimited: 'RATE_LIMITED',
  bodyTooLarge: 'BODY_TOO_LARGE',
} as const;
