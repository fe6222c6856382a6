import type { ApolloCache } from '@apollo/client';

const FIGURE_FIELDS = [
  'measurements',
  'measurementEntries',
  'indicators',
  'indicatorValue',
  'indicatorSeries',
  'indicatorBreakdown',
  'indicatorScoreboard',
  'reportingCoverage',
];

function evict(cache: ApolloCache, fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * Recording, submitting or reviewing a figure moves it between the queue's tabs and changes every rollup
 * above its agency. The figure itself is normalised by id; lists and rollups are evicted so mounted views
 * refetch and later ones start fresh (names in refetchQueries would miss screens not mounted yet).
 */
export function invalidateFigures(cache: ApolloCache): void {
  evict(cache, FIGURE_FIELDS);
}

/**
 * Submitting from the entry grid: the grid's own figures update in place (normalised by id), so its list is
 * kept; evicting it would unmount the grid, and its message, while the list reloads.
 */
export function invalidateFiguresBesideEntries(cache: ApolloCache): void {
  evict(
    cache,
    FIGURE_FIELDS.filter((field) => field !== 'measurementEntries'),
  );
}

/**
 * A definition, state or target change moves an indicator between the list's tabs and changes statuses
 * (targets) and which rows the entry grid and scoreboard show.
 */
export function invalidateIndicators(cache: ApolloCache): void {
  evict(cache, [...FIGURE_FIELDS, 'indicator']);
}
