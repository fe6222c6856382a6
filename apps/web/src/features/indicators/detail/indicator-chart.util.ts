/** One period of the chart: the rolled-up value (null when nobody reported) and the target. */
export interface ChartInput {
  period: string;
  value: number | null;
  target: number | null;
}

export interface ChartBox {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartPoint {
  x: number;
  y: number;
  period: string;
  value: number;
}

export interface ChartGeometry {
  /** Reported values, in period order. */
  points: ChartPoint[];
  /** Runs of consecutive reported periods as SVG polyline `points`; a gap breaks the line. */
  valueLines: string[];
  /** The target per period (it can change by milestone), as one polyline; null without any target. */
  targetLine: string | null;
  xLabels: { x: number; period: string }[];
  yTicks: { y: number; value: number }[];
  max: number;
}

/** 1, 2, 2.5 or 5 × 10ⁿ: a step that gives round tick labels. */
function niceStep(range: number, count: number): number {
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * Places a series in an SVG box: x spreads the periods evenly, y runs from 0 at the bottom to a round
 * maximum above every value and target (100 for percentages, which cannot exceed it). Figures are never
 * negative (validation), so the axis always starts at 0 and bars of different periods compare honestly.
 */
export function chartGeometry(
  series: readonly ChartInput[],
  box: ChartBox,
  options: { percent?: boolean; ticks?: number } = {},
): ChartGeometry {
  const { width, height, padding } = box;
  const innerWidth = width - padding.left - padding.right;
  const innerHeight = height - padding.top - padding.bottom;
  const numbers = series.flatMap((s) => [s.value, s.target]).filter((n): n is number => n !== null);
  const highest = Math.max(0, ...numbers);
  const tickCount = options.ticks ?? 4;
  const step = highest > 0 ? niceStep(highest, tickCount) : 1;
  const max = options.percent ? 100 : Math.max(step, Math.ceil(highest / step) * step);
  const tickStep = options.percent ? 25 : step;

  const xOf = (index: number) =>
    series.length <= 1
      ? padding.left + innerWidth / 2
      : padding.left + (index * innerWidth) / (series.length - 1);
  const yOf = (value: number) => padding.top + innerHeight * (1 - Math.min(value, max) / max);
  const round = (n: number) => Math.round(n * 10) / 10;

  const points: ChartPoint[] = [];
  const valueLines: string[] = [];
  let run: string[] = [];
  series.forEach((s, index) => {
    if (s.value === null) {
      if (run.length > 1) valueLines.push(run.join(' '));
      run = [];
      return;
    }
    const point = { x: round(xOf(index)), y: round(yOf(s.value)), period: s.period, value: s.value };
    points.push(point);
    run.push(`${point.x},${point.y}`);
  });
  if (run.length > 1) valueLines.push(run.join(' '));

  const only = series.length === 1 ? series[0] : undefined;
  // A yearly indicator has one period: its target is drawn across the box so it still reads as a line.
  const targets =
    only && only.target !== null
      ? [`${padding.left},${round(yOf(only.target))}`, `${width - padding.right},${round(yOf(only.target))}`]
      : series.flatMap((s, index) =>
          s.target === null ? [] : [`${round(xOf(index))},${round(yOf(s.target))}`],
        );
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let value = 0; value <= max + tickStep / 1e6; value += tickStep) {
    yTicks.push({ y: round(yOf(value)), value: Math.round(value * 1e6) / 1e6 });
  }
  return {
    points,
    valueLines,
    targetLine: targets.length > 0 ? targets.join(' ') : null,
    xLabels: series.map((s, index) => ({ x: round(xOf(index)), period: s.period })),
    yTicks,
    max,
  };
}
