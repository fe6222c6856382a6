import { IndicatorState, IndicatorStatus, MeasurementStatus } from '@partrack/shared';

export interface StatusStyle {
  /** antd Tag preset colour. */
  tag: string;
  /** Solid colour: chart points, legend swatches. */
  fill: string;
  /** Light cell background of the scoreboard heatmap, with a text colour readable on it. */
  background: string;
  text: string;
}

/**
 * One colour map for every indicator screen (list chips, breakdown, heatmap, legend), so "orange" always
 * means "at risk" wherever a coordinator looks.
 */
export const INDICATOR_STATUS_STYLE: Readonly<Record<IndicatorStatus, StatusStyle>> = {
  [IndicatorStatus.ACHIEVED]: { tag: 'green', fill: '#52c41a', background: '#d9f7be', text: '#135200' },
  [IndicatorStatus.ON_TRACK]: { tag: 'blue', fill: '#1677ff', background: '#d6e4ff', text: '#10239e' },
  [IndicatorStatus.AT_RISK]: { tag: 'orange', fill: '#fa8c16', background: '#ffe7ba', text: '#873800' },
  [IndicatorStatus.OFF_TRACK]: { tag: 'red', fill: '#f5222d', background: '#ffccc7', text: '#a8071a' },
  [IndicatorStatus.NO_DATA]: { tag: 'default', fill: '#bfbfbf', background: '#f5f5f5', text: '#595959' },
};

/** Best to worst, then "no data": the order of legends and of the scoreboard's summary. */
export const INDICATOR_STATUS_ORDER: readonly IndicatorStatus[] = [
  IndicatorStatus.ACHIEVED,
  IndicatorStatus.ON_TRACK,
  IndicatorStatus.AT_RISK,
  IndicatorStatus.OFF_TRACK,
  IndicatorStatus.NO_DATA,
];

export function indicatorStatusLabelKey(status: IndicatorStatus) {
  return `indicator.status.${status}` as const;
}

export const MEASUREMENT_STATUS_TAG: Readonly<Record<MeasurementStatus, string>> = {
  [MeasurementStatus.DRAFT]: 'default',
  [MeasurementStatus.SUBMITTED]: 'processing',
  [MeasurementStatus.APPROVED]: 'success',
  [MeasurementStatus.RETURNED]: 'warning',
};

export const INDICATOR_STATE_TAG: Readonly<Record<IndicatorState, string>> = {
  [IndicatorState.DRAFT]: 'gold',
  [IndicatorState.ACTIVE]: 'processing',
  [IndicatorState.ARCHIVED]: 'default',
};

/** Figures an agency can no longer change: waiting for review, or approved and locked. */
export function isLockedStatus(status: MeasurementStatus | null | undefined): boolean {
  return status === MeasurementStatus.SUBMITTED || status === MeasurementStatus.APPROVED;
}

/** Status counts in legend order, zero for statuses the API left out. */
export function orderedStatusCounts(
  counts: readonly { status: IndicatorStatus; count: number }[],
): { status: IndicatorStatus; count: number }[] {
  return INDICATOR_STATUS_ORDER.map((status) => ({
    status,
    count: counts.find((c) => c.status === status)?.count ?? 0,
  }));
}
