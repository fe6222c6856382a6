import { useQuery } from '@apollo/client/react';
import { ParAssessmentStatus } from '@partrack/shared';
import { ParCycleStatusesDocument } from '../graphql/par-cycle-admin.operations';

export const PAR_ASSESSMENT_STATUSES: readonly ParAssessmentStatus[] = [
  ParAssessmentStatus.DRAFT,
  ParAssessmentStatus.SUBMITTED,
  ParAssessmentStatus.APPRAISED,
  ParAssessmentStatus.REAPPRAISAL,
  ParAssessmentStatus.FINALISED,
];

export interface ParStatusCounts {
  total: number;
  byStatus: Record<ParAssessmentStatus, number>;
}

export function countStatuses(rows: readonly { status: ParAssessmentStatus }[]): ParStatusCounts {
  const byStatus = Object.fromEntries(PAR_ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<
    ParAssessmentStatus,
    number
  >;
  for (const row of rows) byStatus[row.status] += 1;
  return { total: rows.length, byStatus };
}

/** Every assessment finalised (and at least one): the API publishes nothing else. */
export function allFinalised(counts: ParStatusCounts): boolean {
  return counts.total > 0 && counts.byStatus[ParAssessmentStatus.FINALISED] === counts.total;
}

/**
 * How many of the cycle's assessments are at each step, over the whole cycle rather than one page of the
 * table. The ranking is the one query that lists every assessment's status; its rows have no id, so they are
 * kept out of the cache (another screen reads the same field with other columns) and refetched after a change.
 */
export function useParCycleStatuses(cycleId: string) {
  const { data, loading, error, refetch } = useQuery(ParCycleStatusesDocument, {
    variables: { cycleId },
    fetchPolicy: 'no-cache',
  });
  return {
    counts: data ? countStatuses(data.parRanking) : null,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
