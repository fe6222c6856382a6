import type { ApolloCache } from '@apollo/client';

/** A new plan: the lists (cached per filter and cursor) refetch. */
export function invalidateInspectionPlans(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'inspectionPlans' });
  cache.gc();
}

/**
 * A changed plan or inspection: the plan's inspection pages and its coverage are cached per plan and cursor
 * without ids the mutation's result could update, so they refetch.
 */
export function invalidateInspections(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'inspections' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'inspectionCoverage' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'tasks' });
  cache.gc();
}
