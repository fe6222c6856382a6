import { ParScaleOption } from '@partrack/shared';

/**
 * The text of a MANUAL item's scale in one cell, one option per line, the way point tables print it:
 *
 *   Hoàn thành 100% kế hoạch: 1
 *   Từ 80% đến dưới 100% kế hoạch: 0,5
 *   Dưới 80% kế hoạch: 0
 *
 * The label is everything before the LAST colon, so a label may hold colons itself ("Tỷ lệ: từ 80%: 0,5").
 * Points take a comma or a dot as the decimal separator and may be followed by "điểm"; they are written
 * with a comma, as Vietnamese documents do. Blank lines are skipped.
 */

/** 0.75 → "0,75", 20 → "20": Vietnamese decimal comma, no trailing zeros. */
export function formatPoints(points: number): string {
  return String(points).replace('.', ',');
}

/** Digits with at most one decimal separator, dot or comma; no sign, no thousands separators. */
const POINTS_TEXT = /^(\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** "0,5", "0.5", " 1 " → a number; null for anything else ("một", "-1", "1.000,5"). */
export function parsePointsText(raw: string): number | null {
  const text = raw.replace(/\s+/g, '');
  return POINTS_TEXT.test(text) ? Number(text.replace(',', '.')) : null;
}

export function formatScale(options: readonly ParScaleOption[]): string {
  // A line break inside a label would split it into two options on the way back.
  return options.map((o) => `${o.label.replace(/\s*\n\s*/g, ' ')}: ${formatPoints(o.points)}`).join('\n');
}

/** A line that is not "label: points"; `position` counts non-blank lines from 1, as the user sees them. */
export interface ScaleLineProblem {
  position: number;
  text: string;
}

export type ScaleRead =
  { kind: 'options'; options: ParScaleOption[] } | { kind: 'problems'; problems: ScaleLineProblem[] };

const POINTS_SUFFIX = /\s*(?:điểm|diem)\s*\.?$/iu;

function optionOf(line: string): ParScaleOption | null {
  const at = line.lastIndexOf(':');
  if (at < 0) return null;
  const label = line.slice(0, at).trim();
  const points = parsePointsText(line.slice(at + 1).replace(POINTS_SUFFIX, ''));
  return label === '' || points === null ? null : { label, points };
}

/**
 * Every line as an option, or every line that is not one. Whether the options make a usable scale (two at
 * least, within the maximum, one worth it) is `checkScale`'s business, run with the framework's checks.
 */
export function parseScale(text: string): ScaleRead {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const options: ParScaleOption[] = [];
  const problems: ScaleLineProblem[] = [];
  lines.forEach((line, i) => {
    const option = optionOf(line);
    if (option === null) problems.push({ position: i + 1, text: line });
    else options.push(option);
  });
  return problems.length > 0 ? { kind: 'problems', problems } : { kind: 'options', options };
}
