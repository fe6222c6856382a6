import { isValidPoints } from '@partrack/shared';

export const PAR_INDEX_PATH = '/par-index';

export const parFrameworkPath = (id: string) => `${PAR_INDEX_PATH}/frameworks/${id}`;

export const PAR_CYCLES_PATH = `${PAR_INDEX_PATH}/cycles`;

export const parCyclePath = (id: string) => `${PAR_CYCLES_PATH}/${id}`;

export const parAssessmentPath = (id: string) => `${PAR_INDEX_PATH}/assessments/${id}`;

export interface BandRange {
  code: string;
  label: string;
  /** "A ≥ 90" for a band with a floor; "D < 70" for the bottom band that starts at 0 under another one. */
  kind: 'atLeast' | 'below';
  value: number;
}

/** How each ranking band reads on a tag, highest first (the API already sorts them so). */
export function bandRanges(bands: readonly { code: string; label: string; minIndex: number }[]): BandRange[] {
  const sorted = [...bands].sort((a, b) => b.minIndex - a.minIndex);
  return sorted.map((band, index) => {
    const above = index > 0 ? sorted[index - 1] : undefined;
    if (band.minIndex <= 0 && above)
      return { code: band.code, label: band.label, kind: 'below', value: above.minIndex };
    return { code: band.code, label: band.label, kind: 'atLeast', value: band.minIndex };
  });
}

/**
 * The suggested name of a copy: the year in the name moved to the copy's year ("… năm 2024" → "… năm 2025");
 * a name without the year stays as it is.
 */
export function nameForYear(name: string, fromYear: number, toYear: number): string {
  return name.replaceAll(String(fromYear), String(toYear));
}

/** Points are non-negative with at most two decimals (0,25; 1,5), as the API checks them. */
export function isPointsValue(value: unknown): boolean {
  return typeof value === 'number' && isValidPoints(value);
}
