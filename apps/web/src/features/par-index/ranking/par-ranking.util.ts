import { ParTargetGroup } from '@partrack/shared';
import { parCyclePath } from '../par-framework.util';

export const parRankingPath = (cycleId: string, group?: ParTargetGroup) =>
  `${parCyclePath(cycleId)}/ranking${group ? `?group=${group}` : ''}`;

export const parAtRiskPath = (cycleId: string) => `${parCyclePath(cycleId)}/at-risk`;

/** The groups in the order the province publishes them: departments first, the province's own index last. */
export const RANKING_GROUPS: readonly ParTargetGroup[] = [
  ParTargetGroup.DEPARTMENT,
  ParTargetGroup.DISTRICT,
  ParTargetGroup.COMMUNE,
  ParTargetGroup.PROVINCE,
];

/** `?group=` from the address bar; departments when missing or unknown (the largest published table). */
export function rankingGroupOf(params: URLSearchParams): ParTargetGroup {
  const group = params.get('group');
  return RANKING_GROUPS.find((candidate) => candidate === group) ?? ParTargetGroup.DEPARTMENT;
}

export type Trend = 'up' | 'down' | 'same' | 'none';

/** The change against last year's index, in whole hundredths so 85.1 − 85.1 is exactly "no change". */
export function changeOf(index: number, previous: number | null): { trend: Trend; delta: number } {
  if (previous === null) return { trend: 'none', delta: 0 };
  const delta = Math.round(index * 100 - previous * 100) / 100;
  return { trend: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', delta };
}

/**
 * One colour step of the index scale. Steps (not a continuous gradient) so the legend can name each range,
 * and light fills with dark text in the heatmap so every printed value stays readable.
 */
export interface ScaleStep {
  min: number;
  fill: string;
  strong: string;
}

export const INDEX_SCALE: readonly ScaleStep[] = [
  { min: 90, fill: '#95de64', strong: '#389e0d' },
  { min: 80, fill: '#d9f7be', strong: '#7cb305' },
  { min: 70, fill: '#fff1b8', strong: '#d4b106' },
  { min: 50, fill: '#ffe7ba', strong: '#d46b08' },
  { min: 0, fill: '#ffccc7', strong: '#cf1322' },
];

export function scaleStepOf(value: number): ScaleStep {
  return INDEX_SCALE.find((step) => value >= step.min) ?? INDEX_SCALE[INDEX_SCALE.length - 1];
}

/** No band: the index is under every band of the framework. */
export const NO_BAND_COLOR = '#8c8c8c';

/**
 * A band's colour follows its floor on the index scale, so "A ≥ 90" is green in every framework whatever
 * its bands are called, and the bars read like the heatmap.
 */
export function bandColorOf(band: { minIndex: number } | null): string {
  return band ? scaleStepOf(band.minIndex).strong : NO_BAND_COLOR;
}

export interface BandLegendItem {
  code: string;
  label: string;
  color: string;
}

/** The bands the rows reach, best first, then "no band" when some row has none. */
export function bandLegend(
  rows: readonly { band: { code: string; label: string; minIndex: number } | null }[],
): { bands: BandLegendItem[]; unbanded: boolean } {
  const byCode = new Map<string, { code: string; label: string; minIndex: number }>();
  for (const row of rows) if (row.band) byCode.set(row.band.code, row.band);
  const bands = [...byCode.values()]
    .sort((a, b) => b.minIndex - a.minIndex)
    .map((band) => ({ code: band.code, label: band.label, color: bandColorOf(band) }));
  return { bands, unbanded: rows.some((row) => row.band === null) };
}

export interface RadarPoint {
  x: number;
  y: number;
}

/**
 * The point of value (0–100) on axis `i` of `n`, the first axis pointing up and the others clockwise, in a
 * square of `size` with the chart's radius `radius`.
 */
export function radarPoint(i: number, n: number, value: number, size: number, radius: number): RadarPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (Math.max(0, Math.min(100, value)) / 100) * radius;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { x: round(size / 2 + r * Math.cos(angle)), y: round(size / 2 + r * Math.sin(angle)) };
}

export function polygonPoints(points: readonly RadarPoint[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}
