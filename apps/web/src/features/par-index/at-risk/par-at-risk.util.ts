import { ParEvidenceRecordType, ParProvisionalSource } from '@partrack/shared';
import type { ParPointsAtRiskQuery, ParProvisionalScoreQuery } from '../../../gql/graphql';

export type ParProvisionalItem = ParProvisionalScoreQuery['parProvisionalScore']['items'][number];
export type ParLostRecord = ParProvisionalItem['records'][number];
export type ParAtRiskRow = ParPointsAtRiskQuery['parPointsAtRisk'][number];

/** Where a record behind lost points is read in the SPA; other record types have no screen of their own. */
export function lostRecordPath(record: Pick<ParLostRecord, 'recordType' | 'recordId'>): string | null {
  switch (record.recordType) {
    case ParEvidenceRecordType.TASK:
      return `/tasks/${record.recordId}`;
    case ParEvidenceRecordType.AGENCY_REPORT:
      return `/reports/${record.recordId}`;
    // Lost points come from tasks and reports only; an update or a figure would need its parent's id.
    case ParEvidenceRecordType.TASK_UPDATE:
    case ParEvidenceRecordType.MEASUREMENT:
      return null;
  }
}

/**
 * Only a task that is still open can be "done on time" in the what-if: one done late stays late whatever
 * happens next, and reports are not part of the what-if the API offers.
 */
export function canAssumeDone(record: ParLostRecord): boolean {
  return record.recordType === ParEvidenceRecordType.TASK && record.doneOn === null;
}

/** The items computed from partrack's records, the ones losing most first (then in framework order). */
export function computedItems(items: readonly ParProvisionalItem[]): ParProvisionalItem[] {
  return items
    .filter((item) => item.source === ParProvisionalSource.COMPUTED)
    .sort((a, b) => b.atRisk - a.atRisk || a.code.localeCompare(b.code, 'vi', { numeric: true }));
}

/** The task ids for the what-if in the order of the lists on screen, each once, so equal choices give equal queries. */
export function selectedTaskIds(
  items: readonly ParProvisionalItem[],
  selected: ReadonlySet<string>,
): string[] {
  const ids: string[] = [];
  for (const item of items)
    for (const record of item.records)
      if (selected.has(record.recordId) && canAssumeDone(record) && !ids.includes(record.recordId))
        ids.push(record.recordId);
  return ids;
}

/** Most points at risk first; equal ones by the lower index (the agency in more trouble), then by name. */
export function sortAtRisk(rows: readonly ParAtRiskRow[]): ParAtRiskRow[] {
  return [...rows].sort(
    (a, b) =>
      b.pointsAtRisk - a.pointsAtRisk ||
      a.index - b.index ||
      (a.agency?.name ?? '').localeCompare(b.agency?.name ?? '', 'vi'),
  );
}
