import { toHundredths } from './par-points';

/** A band of the ranking (xếp loại), e.g. A from 90, "Tốt" from 80. */
export interface ParBand {
  code: string;
  label: string;
  /** Lowest index of the band, inclusive */
  minIndex: number;
}

export type ParBandProblem =
  | { kind: 'noBands' }
  | { kind: 'duplicateCode'; index: number }
  | { kind: 'duplicateMinimum'; index: number }
  | { kind: 'minimumOutOfRange'; index: number };

export function checkBands(bands: readonly ParBand[]): ParBandProblem[] {
  const problems: ParBandProblem[] = [];
  if (bands.length === 0) problems.push({ kind: 'noBands' });
  const codes = new Set<string>();
  const minimums = new Set<number>();
  bands.forEach((band, index) => {
    if (codes.has(band.code)) problems.push({ kind: 'duplicateCode', index });
    codes.add(band.code);
    if (!Number.isFinite(band.minIndex) || band.minIndex < 0 || band.minIndex > 100)
      problems.push({ kind: 'minimumOutOfRange', index });
    if (minimums.has(toHundredths(band.minIndex))) problems.push({ kind: 'duplicateMinimum', index });
    minimums.add(toHundredths(band.minIndex));
  });
  return problems;
}

/** The band an index falls in: the one with the highest minimum not above it; null below every band. */
export function bandOf(bands: readonly ParBand[], index: number): ParBand | null {
  let found: ParBand | null = null;
  for (const band of bands) {
    if (toHundredths(index) >= toHundredths(band.minIndex) && (!found || band.minIndex > found.minIndex))
      found = band;
  }
  return found;
}

export interface Ranked<T> {
  item: T;
  /** 1 for the best; equal indices share a rank and the next rank skips (1, 2, 2, 4) */
  rank: number;
}

/** Ranks by index, best first, ties on the two-decimal index sharing a rank; ties keep their input order. */
export function rankByIndex<T>(items: readonly T[], indexOf: (item: T) => number): Ranked<T>[] {
  const sorted = items
    .map((item, order) => ({ item, order, key: toHundredths(indexOf(item)) }))
    .sort((a, b) => b.key - a.key || a.order - b.order);
  let rank = 0;
  return sorted.map((entry, position) => {
    if (position === 0 || entry.key !== sorted[position - 1].key) rank = position + 1;
    return { item: entry.item, rank };
  });
}
