import { ReportStatus } from '@partrack/shared';
import type { ReportCountsFragment } from '../../gql/graphql';

/** The dashboard's counters, in the order a coordinator reads them: who should, who did, how it went. */
export const COUNTER_KEYS = [
  'expected',
  'submitted',
  'accepted',
  'returned',
  'missing',
  'onTime',
  'late',
] as const;
export type CounterKey = (typeof COUNTER_KEYS)[number];

export interface Counter {
  key: CounterKey;
  value: number;
  /** Share of the expected reports (0–100), null for "expected" itself or when nothing is expected. */
  percent: number | null;
  /** Counters that call for action (missing, late, returned) are highlighted when not zero. */
  alert: boolean;
}

const ALERT_KEYS: ReadonlySet<CounterKey> = new Set(['missing', 'late', 'returned']);

export function completenessCounters(counts: Omit<ReportCountsFragment, '__typename'>): Counter[] {
  return COUNTER_KEYS.map((key) => {
    const value = counts[key];
    const percent =
      key === 'expected' || counts.expected === 0 ? null : Math.round((value / counts.expected) * 1000) / 10;
    return { key, value, percent, alert: ALERT_KEYS.has(key) && value > 0 };
  });
}

/** Where a round stands, for the calendar: not opened, collecting, all in and under review, done, or late. */
export type RoundState = 'NOT_OPENED' | 'COLLECTING' | 'REVIEWING' | 'COMPLETE' | 'OVERDUE';

export function roundState(
  round: {
    dueProvince: string;
    completeness: Pick<ReportCountsFragment, 'expected' | 'submitted' | 'accepted'>;
  } | null,
  today: string,
): RoundState {
  if (!round) return 'NOT_OPENED';
  const { expected, submitted, accepted } = round.completeness;
  if (expected > 0 && accepted === expected) return 'COMPLETE';
  if (expected > 0 && submitted === expected) return 'REVIEWING';
  // Province-level agencies hand in last (districts and communes earlier), so their date closes the round.
  if (today > round.dueProvince) return 'OVERDUE';
  return 'COLLECTING';
}

/** Filters of the dashboard's agency table: a status, or the reports handed in late. */
export const LINE_FILTERS = [
  'ALL',
  ReportStatus.DRAFT,
  ReportStatus.SUBMITTED,
  ReportStatus.RETURNED,
  ReportStatus.ACCEPTED,
  'LATE',
] as const;
export type LineFilter = (typeof LINE_FILTERS)[number];

interface LineFacts {
  status: ReportStatus;
  late: boolean;
  dueDate: string;
}

export function filterLines<T extends LineFacts>(lines: readonly T[], filter: LineFilter): T[] {
  if (filter === 'ALL') return [...lines];
  if (filter === 'LATE') return lines.filter((line) => line.late);
  return lines.filter((line) => line.status === filter);
}

/** Still with the agency after its due date: not "late" yet (that is decided on submission) but overdue. */
export function isOverdueLine(line: LineFacts, today: string): boolean {
  return (
    (line.status === ReportStatus.DRAFT || line.status === ReportStatus.RETURNED) && today > line.dueDate
  );
}

/** Counts per filter, for the labels of the filter buttons. */
export function lineFilterCounts(lines: readonly LineFacts[]): Record<LineFilter, number> {
  return Object.fromEntries(
    LINE_FILTERS.map((filter) => [filter, filterLines(lines, filter).length]),
  ) as Record<LineFilter, number>;
}
