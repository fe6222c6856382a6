import type { ApolloCache } from '@apollo/client';

function evict(cache: ApolloCache, fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * Opening a round adds rows to the calendar and a report to every agency's list; a review step moves a
 * report between the dashboard's counters. The reports themselves are normalised by id and update in place;
 * lists and counters are evicted so mounted views refetch and later ones start fresh.
 */
export function invalidateReportLists(cache: ApolloCache): void {
  evict(cache, ['reportingRounds', 'reportingRound', 'agencyReports', 'consolidatedReport']);
}
