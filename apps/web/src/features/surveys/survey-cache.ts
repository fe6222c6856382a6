import type { ApolloCache } from '@apollo/client';

/** Results are cached per (survey, agency) without ids: a real import drops them all so open views refetch. */
export function invalidateSurveyResults(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'surveyResults' });
  cache.gc();
}

/** A new or changed survey: the lists (cached per filter and cursor) refetch. */
export function invalidateSurveyLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'surveys' });
  cache.gc();
}
