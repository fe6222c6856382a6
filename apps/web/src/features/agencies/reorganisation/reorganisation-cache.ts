import type { ApolloCache } from '@apollo/client';
import { invalidateAgencyQueries } from '../agency-cache';

/**
 * Applying or undoing a batch rewrites names, parents and successors across the tree, and changes what blocks
 * the undo of the other batches: the tree and the list of batches are evicted so mounted views refetch.
 */
export function invalidateAfterReorganisation(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencyReorganisations' });
  invalidateAgencyQueries(cache);
}
