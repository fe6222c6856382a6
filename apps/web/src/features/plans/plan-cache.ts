import type { ApolloCache } from '@apollo/client';

/**
 * Importing, copying or deriving a plan adds plans and items that lists, statistics and task queries may
 * already hold; evicting those root fields makes mounted views refetch and later ones start fresh.
 */
export function invalidatePlanQueries(cache: ApolloCache): void {
  for (const fieldName of ['plans', 'plan', 'tasks', 'myTasks', 'taskStats']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}
