import { ParDataRule, dataRulePoints, ParDataSource, ParProvisionalSource } from './par-data-rules';
import { ParScoringMethod } from './par-index.enums';
import { attainmentPercent, ParIndicatorFigure } from './par-indicator-attainment';
import { fromHundredths, toHundredths } from './par-points';
import { pointsForFigure } from './par-scale';

/** What is known about one leaf of an agency's assessment, to score it provisionally. */
export interface ParProvisionalLeaf {
  method: ParScoringMethod | null;
  maxPoints: number;
  dataRule?: ParDataRule | null;
  /** The records a tasks or reports rule reads, as of the day */
  counts?: { total: number; onTime: number } | null;
  /** The figure an INDICATOR_TARGET rule reads, as of the day; null: no such indicator in the year's plans */
  figure?: ParIndicatorFigure | null;
  /** The council's final points (second appraisal, else first; survey points imported) */
  final: number | null;
  /** The agency's own score */
  self: number | null;
  /** Last year's final points of the same item code */
  lastYear: number | null;
}

export interface ParProvisionalPoints {
  points: number;
  source: ParProvisionalSource;
  /** The on-time share, or the indicator's attainment percentage, read by a DATA rule */
  share: number | null;
  /** Maximum − points of a computed item: what the records cost today */
  atRisk: number;
}

/**
 * What a DATA leaf's rule reads now: the on-time share of its records, or its indicator's attainment; null
 * when it cannot be read — an indicator the year's plans do not have, or one without a target for the agency.
 */
function computed(leaf: ParProvisionalLeaf): { share: number; points: number } | null {
  const rule = leaf.dataRule;
  if (leaf.method !== ParScoringMethod.DATA || !rule) return null;
  if (rule.source !== ParDataSource.INDICATOR_TARGET)
    return dataRulePoints(rule, leaf.counts ?? { total: 0, onTime: 0 });
  const share = leaf.figure ? attainmentPercent(leaf.figure) : null;
  return share === null ? null : { share, points: pointsForFigure(rule.thresholds, share) };
}

/**
 * One leaf's provisional points: a DATA item with a rule from its records (live, whatever was appraised: the
 * records are what the appraisal will read), else the council's final points, the agency's own score, last
 * year's, or 0 — in that order. Points never leave [0, maximum].
 */
export function provisionalPoints(leaf: ParProvisionalLeaf): ParProvisionalPoints {
  const cap = (points: number) =>
    fromHundredths(Math.min(Math.max(toHundredths(points), 0), toHundredths(leaf.maxPoints)));
  const read = computed(leaf);
  if (read) {
    const { share, points } = read;
    const capped = cap(points);
    return {
      points: capped,
      source: ParProvisionalSource.COMPUTED,
      share,
      atRisk: fromHundredths(toHundredths(leaf.maxPoints) - toHundredths(capped)),
    };
  }
  const known: [number | null, ParProvisionalSource][] = [
    [leaf.final, ParProvisionalSource.APPRAISED],
    [leaf.self, ParProvisionalSource.SELF],
    [leaf.lastYear, ParProvisionalSource.LAST_YEAR],
  ];
  const found = known.find(([points]) => points !== null);
  return found
    ? { points: cap(found[0] ?? 0), source: found[1], share: null, atRisk: 0 }
    : { points: 0, source: ParProvisionalSource.NONE, share: null, atRisk: 0 };
}

/**
 * Points a computed item would gain with one more record on time (what a single late record costs). An
 * indicator has no records to count: its figure is what is shown instead.
 */
export function gainOfOneMore(leaf: ParProvisionalLeaf): number {
  if (leaf.method !== ParScoringMethod.DATA || !leaf.dataRule || !leaf.counts) return 0;
  if (leaf.dataRule.source === ParDataSource.INDICATOR_TARGET) return 0;
  const now = provisionalPoints(leaf).points;
  const { total, onTime } = leaf.counts;
  const better = provisionalPoints({
    ...leaf,
    counts: { total, onTime: Math.min(onTime + 1, total) },
  }).points;
  return fromHundredths(toHundredths(better) - toHundredths(now));
}
