import { countsTowardMaximum, ParScoringMethod } from './par-index.enums';
import { ParFrameworkNode } from './par-framework-check';
import { fromHundredths, roundTwo, toHundredths } from './par-points';

export interface ParAreaResult {
  code: string;
  points: number;
  maxPoints: number;
  /** Component index of the area: points ÷ maximum × 100, two decimals */
  index: number;
}

export interface ParIndexResult {
  /** Points of the scored leaves (appraised, DATA and survey points) */
  points: number;
  bonus: number;
  penalty: number;
  /** What the index divides by: the scored leaves' maxima, without surveys when there was none */
  maxPoints: number;
  /** (points + bonus − penalty) ÷ maximum × 100, within [0, 100], two decimals */
  index: number;
  areas: ParAreaResult[];
}

export interface ParIndexOptions {
  /**
   * Without a survey, the survey criteria leave the maximum and the rest is scaled to 100 (Hà Nội's rule for
   * its district departments: "được quy về thang điểm 100").
   */
  surveyHeld?: boolean;
}

function percent(pointsHundredths: number, maxHundredths: number): number {
  if (maxHundredths <= 0) return 0;
  return Math.min(100, Math.max(0, roundTwo((pointsHundredths / maxHundredths) * 100)));
}

/**
 * The PAR Index of one assessment from the points of its leaves. A leaf without points scores 0; points above
 * a leaf's maximum are capped at the maximum (the service refuses them before; the cap keeps the arithmetic
 * safe for imported data).
 */
export function computeParIndex(
  nodes: readonly ParFrameworkNode[],
  leafPoints: ReadonlyMap<string, number>,
  options: ParIndexOptions = {},
): ParIndexResult {
  const surveyHeld = options.surveyHeld ?? true;
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const parents = new Set(nodes.map((n) => n.parentCode).filter((c): c is string => c !== null));
  const areaOf = (node: ParFrameworkNode): string => {
    let current = node;
    while (current.parentCode !== null) current = byCode.get(current.parentCode) ?? current;
    return current.code;
  };
  const areaTotals = new Map<string, { points: number; max: number }>();
  let points = 0;
  let max = 0;
  let bonus = 0;
  let penalty = 0;
  for (const node of nodes) {
    if (parents.has(node.code) || node.method === null) continue;
    if (node.method === ParScoringMethod.SURVEY && !surveyHeld) continue;
    const nodeMax = toHundredths(node.maxPoints);
    const earned = Math.min(Math.max(toHundredths(leafPoints.get(node.code) ?? 0), 0), nodeMax);
    if (node.method === ParScoringMethod.BONUS) bonus += earned;
    else if (node.method === ParScoringMethod.PENALTY) penalty += earned;
    if (!countsTowardMaximum(node.method)) continue;
    points += earned;
    max += nodeMax;
    const area = areaOf(node);
    const totals = areaTotals.get(area) ?? { points: 0, max: 0 };
    areaTotals.set(area, { points: totals.points + earned, max: totals.max + nodeMax });
  }
  const areas = nodes
    .filter((n) => n.parentCode === null && areaTotals.has(n.code))
    .map((n) => {
      const totals = areaTotals.get(n.code) ?? { points: 0, max: 0 };
      return {
        code: n.code,
        points: fromHundredths(totals.points),
        maxPoints: fromHundredths(totals.max),
        index: percent(totals.points, totals.max),
      };
    });
  return {
    points: fromHundredths(points),
    bonus: fromHundredths(bonus),
    penalty: fromHundredths(penalty),
    maxPoints: fromHundredths(max),
    index: percent(points + bonus - penalty, max),
    areas,
  };
}
