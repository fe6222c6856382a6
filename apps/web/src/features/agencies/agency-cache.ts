import type { ApolloCache } from '@apollo/client';

/**
 * Moves, merges and deactivations change parents, successors and child lists across many records, more than
 * a mutation result can describe. Evicting the tree and the per-agency lookups makes every mounted view
 * refetch, and views mounted later start fresh, without naming queries that may not be on screen.
 */
export function invalidateAgencyQueries(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencyTree' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'agency' });
  cache.gc();
}
