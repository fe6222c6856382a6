import { isValidPoints, toHundredths } from './par-points';

/** One choice of a MANUAL criterion's scale, e.g. "Hoàn thành 100 % kế hoạch: 1 điểm". */
export interface ParScaleOption {
  label: string;
  points: number;
}

/** A DATA criterion's mapping from a measured share (0–100 %) to points: the first step reached wins. */
export interface ParThreshold {
  /** Lower bound of the figure, inclusive (e.g. 80 for "80 % to under 100 %") */
  atLeast: number;
  points: number;
}

export type ParScaleProblem =
  | { kind: 'tooFewOptions' }
  | { kind: 'optionAboveMaximum'; index: number }
  | { kind: 'invalidOptionPoints'; index: number }
  | { kind: 'duplicateOptionLabel'; index: number }
  | { kind: 'maximumUnreachable' };

/** A scale must offer at least two choices, each within [0, max], one of them worth the maximum. */
export function checkScale(options: readonly ParScaleOption[], maxPoints: number): ParScaleProblem[] {
  const problems: ParScaleProblem[] = [];
  if (options.length < 2) problems.push({ kind: 'tooFewOptions' });
  const labels = new Set<string>();
  options.forEach((option, index) => {
    if (!isValidPoints(option.points)) problems.push({ kind: 'invalidOptionPoints', index });
    else if (toHundredths(option.points) > toHundredths(maxPoints))
      problems.push({ kind: 'optionAboveMaximum', index });
    const label = option.label.trim().toLocaleLowerCase('vi');
    if (labels.has(label)) problems.push({ kind: 'duplicateOptionLabel', index });
    labels.add(label);
  });
  if (options.length > 0 && !options.some((o) => toHundredths(o.points) === toHundredths(maxPoints)))
    problems.push({ kind: 'maximumUnreachable' });
  return problems;
}

/** Whether `points` is one of the scale's options (a MANUAL score must be). */
export function isScaleOption(options: readonly ParScaleOption[], points: number): boolean {
  return options.some((o) => toHundredths(o.points) === toHundredths(points));
}

/** Points for a measured figure: the highest threshold the figure reaches, else 0. */
export function pointsForFigure(thresholds: readonly ParThreshold[], figure: number): number {
  let best: ParThreshold | null = null;
  for (const step of thresholds) {
    if (figure + 1e-9 >= step.atLeast && (best === null || step.atLeast > best.atLeast)) best = step;
  }
  return best?.points ?? 0;
}

/**
 * SURVEY points: maximum × satisfaction share, rounded half up to two decimals. In whole hundredths of points
 * and of a percent: with floats 0.25 × 58 % (exactly 0.145) came out 0.14, since 0.58 is stored a little low.
 */
export function surveyPoints(maxPoints: number, satisfactionPercent: number): number {
  const percentHundredths = Math.min(Math.max(toHundredths(satisfactionPercent), 0), 10_000);
  return Math.floor((2 * toHundredths(maxPoints) * percentHundredths + 10_000) / 20_000) / 100;
}
