import { SurveyStatus } from '@partrack/shared';
import type { SurveyFilter } from '../../gql/graphql';

export const SURVEYS_PATH = '/surveys';

export const surveyPath = (id: string) => `${SURVEYS_PATH}/${id}`;

const STATUSES: readonly string[] = Object.values(SurveyStatus);

/** Filters from the address bar (`?year=&status=`), so a filtered list can be bookmarked; unknown values are dropped. */
export function surveyFilterOf(params: URLSearchParams): SurveyFilter {
  const filter: SurveyFilter = {};
  const year = Number(params.get('year'));
  const status = params.get('status');
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filter.year = year;
  if (status && STATUSES.includes(status)) filter.status = status as SurveyStatus;
  return filter;
}

export interface AspectGroup<Q> {
  aspectCode: string;
  aspectTitle: string;
  questions: Q[];
}

/** Questions grouped by aspect, aspects in the order of their first question, questions in survey order. */
export function groupByAspect<Q extends { aspectCode: string; aspectTitle: string; position: number }>(
  questions: readonly Q[],
): AspectGroup<Q>[] {
  const groups = new Map<string, AspectGroup<Q>>();
  for (const question of [...questions].sort((a, b) => a.position - b.position)) {
    let group = groups.get(question.aspectCode);
    if (!group) {
      group = { aspectCode: question.aspectCode, aspectTitle: question.aspectTitle, questions: [] };
      groups.set(question.aspectCode, group);
    }
    group.questions.push(question);
  }
  return [...groups.values()];
}

/** A share as a bar's width: within 0–100, nothing for no share. */
export function barWidth(share: number | null): number {
  if (share === null || !Number.isFinite(share)) return 0;
  return Math.max(0, Math.min(100, share));
}

/** The counts of levels 1–5 (the API sends `[no answer, 1, 2, 3, 4, 5]`), zeros for what is missing. */
export function levelCounts(counts: readonly number[]): number[] {
  return [1, 2, 3, 4, 5].map((level) => counts[level] ?? 0);
}
