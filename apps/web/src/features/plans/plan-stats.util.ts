import type { TaskStatsFieldsFragment } from '../../gql/graphql';

export type StatsRow = TaskStatsFieldsFragment;

/** One bar of the lead-agency chart: the segments add up to the total. */
export interface AgencyBar {
  /** Agency id; null for the "other agencies" bar. */
  key: string | null;
  label: string;
  total: number;
  done: number;
  /** In progress and not overdue. */
  inProgress: number;
  /** Not started and not overdue. */
  notStarted: number;
  overdue: number;
  cancelled: number;
  /** How many agencies the bar stands for (1, or more for "others"). */
  agencies: number;
}

export const TOP_AGENCIES = 15;

/**
 * taskStats counts overdue tasks inside "in progress" and "not started"; a stacked bar needs disjoint
 * segments, so the on-time counts come from a second query filtered with overdue: false.
 */
export function agencyBars(
  all: readonly StatsRow[],
  onTime: readonly StatsRow[],
  top = TOP_AGENCIES,
): AgencyBar[] {
  const onTimeByKey = new Map(onTime.map((row) => [row.key, row]));
  const bars: AgencyBar[] = all.map((row) => {
    const punctual = onTimeByKey.get(row.key);
    return {
      key: row.key,
      label: row.label ?? row.key,
      total: row.total,
      done: row.done,
      inProgress: punctual?.inProgress ?? 0,
      notStarted: punctual?.notStarted ?? 0,
      overdue: row.overdue,
      cancelled: row.cancelled,
      agencies: 1,
    };
  });
  bars.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi'));
  if (bars.length <= top + 1) return bars;
  const rest = bars.slice(top);
  const others = rest.reduce<AgencyBar>(
    (sum, bar) => ({
      ...sum,
      total: sum.total + bar.total,
      done: sum.done + bar.done,
      inProgress: sum.inProgress + bar.inProgress,
      notStarted: sum.notStarted + bar.notStarted,
      overdue: sum.overdue + bar.overdue,
      cancelled: sum.cancelled + bar.cancelled,
      agencies: sum.agencies + 1,
    }),
    {
      key: null,
      label: '',
      total: 0,
      done: 0,
      inProgress: 0,
      notStarted: 0,
      overdue: 0,
      cancelled: 0,
      agencies: 0,
    },
  );
  return [...bars.slice(0, top), others];
}

export interface StatsTotals {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  overdue: number;
  /** Mean progress over all tasks (the area means weighted by their task counts). */
  averageProgress: number;
}

/** Area rows partition the plan's tasks, so their sums are the plan's figures. */
export function totalsOf(rows: readonly StatsRow[]): StatsTotals {
  const sum = (pick: (row: StatsRow) => number) => rows.reduce((acc, row) => acc + pick(row), 0);
  const total = sum((row) => row.total);
  return {
    total,
    done: sum((row) => row.done),
    inProgress: sum((row) => row.inProgress),
    notStarted: sum((row) => row.notStarted),
    cancelled: sum((row) => row.cancelled),
    overdue: sum((row) => row.overdue),
    averageProgress: total === 0 ? 0 : sum((row) => row.averageProgress * row.total) / total,
  };
}
