import { useQuery } from '@apollo/client/react';
import { ParAssessmentStatus, ParTargetGroup } from '@partrack/shared';
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
  /** What publication waits for: every group but the province's national assessment (the Ministry's). */
  awaited: { total: number; finalised: number };
}

export function countStatuses(
  counts: readonly { targetGroup: ParTargetGroup; status: ParAssessmentStatus; count: number }[],
): ParStatusCounts {
  const byStatus = Object.fromEntries(PAR_ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<
    ParAssessmentStatus,
    number
  >;
  const awaited = { total: 0, finalised: 0 };
  for (const { targetGroup, status, count } of counts) {
    byStatus[status] += count;
    if (targetGroup === ParTargetGroup.PROVINCE) continue;
    awaited.total += count;
    if (status === ParAssessmentStatus.FINALISED) awaited.finalised += count;
  }
  return { total: counts.reduce((sum, { count }) => sum + count, 0), byStatus, awaited };
}

/** Every assessment publication waits for is finalised (and there is one): the API publishes nothing else. */
export function allFinalised(counts: ParStatusCounts): boolean {
  return counts.awaited.total > 0 && counts.awaited.finalised === counts.awaited.total;
}

/**
 * How many of the cycle's assessments are at each step, over the whole cycle rather than one page of the
 * table (ParCycle.statusCounts, counted by the API). Always asked anew, and refetched after a change: an
 * extension, a reopening or another coordinator's work moves them.
 */
export function useParCycleStatuses(cycleId: string) {
  const { data, loading, error, refetch } = useQuery(ParCycleStatusesDocument, {
    variables: { cycleId },
    fetchPolicy: 'network-only',
  });
  return {
    counts: data ? countStatuses(data.parCycle.statusCounts) : null,
    loading,
    error,
    refetch: () => void refetch(),
  };
}
