import type { ApolloCache } from '@apollo/client';

/**
 * Creating, copying, locking or deleting a framework (or changing its items, which the list counts) changes
 * what the list pages hold; evicting the list field makes a mounted list refetch and a later one start fresh.
 */
export function invalidateParFrameworkLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'parFrameworks' });
  cache.gc();
}

/** Opening a cycle adds one to the cycles list and locks its DRAFT frameworks, which the frameworks list shows. */
export function invalidateParCycleLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'parCycles' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'parFrameworks' });
  cache.gc();
}
