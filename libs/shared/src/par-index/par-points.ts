/**
 * Points are decimals with at most two places (0.25, 1.5, 20.5). All arithmetic runs on whole hundredths so
 * that 0.1 + 0.2 adds up to exactly 0.3 and a framework whose maxima add up on paper adds up here too.
 */
export const POINT_SCALE = 100;

export function toHundredths(points: number): number {
  return Math.round(points * POINT_SCALE);
}

export function fromHundredths(hundredths: number): number {
  return hundredths / POINT_SCALE;
}

/** True when `points` is finite, not negative and has at most two decimals. */
export function isValidPoints(points: number): boolean {
  return (
    Number.isFinite(points) && points >= 0 && Math.abs(points * POINT_SCALE - toHundredths(points)) < 1e-6
  );
}

export function sumPoints(points: readonly number[]): number {
  return fromHundredths(points.reduce((total, p) => total + toHundredths(p), 0));
}

/** Rounds half away from zero to two decimals, the way a spreadsheet's ROUND(x; 2) does. */
export function roundTwo(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * POINT_SCALE + 1e-9)) / POINT_SCALE;
}
