import { countsTowardMaximum, PAR_LEVEL_ORDER, ParCriterionLevel, ParScoringMethod } from './par-index.enums';
import { isValidPoints, sumPoints, toHundredths } from './par-points';
import { checkScale, ParScaleOption, ParScaleProblem } from './par-scale';

/** One item of a framework as the checks see it: areas, criteria and sub-criteria alike. */
export interface ParFrameworkNode {
  code: string;
  parentCode: string | null;
  level: ParCriterionLevel;
  maxPoints: number;
  /** Scoring method of a leaf; items with children are scored by adding their children up */
  method: ParScoringMethod | null;
  options?: readonly ParScaleOption[];
}

export type ParFrameworkProblem =
  | { kind: 'duplicateCode'; code: string }
  | { kind: 'unknownParent'; code: string; parentCode: string }
  | { kind: 'wrongLevel'; code: string; expected: ParCriterionLevel }
  | { kind: 'invalidMaxPoints'; code: string }
  | { kind: 'childrenDoNotAddUp'; code: string; maxPoints: number; childrenTotal: number }
  | { kind: 'leafWithoutMethod'; code: string }
  | { kind: 'methodOnParent'; code: string }
  | { kind: 'scale'; code: string; problem: ParScaleProblem }
  | { kind: 'totalDoesNotAddUp'; declaredTotal: number; total: number };

/** Leaves that count toward the maximum the index divides by (not bonus, not penalty). */
export function scoredMaximum(nodes: readonly ParFrameworkNode[]): number {
  const parents = new Set(nodes.map((n) => n.parentCode).filter((c): c is string => c !== null));
  return sumPoints(
    nodes
      .filter((n) => !parents.has(n.code) && n.method !== null && countsTowardMaximum(n.method))
      .map((n) => n.maxPoints),
  );
}

/**
 * Everything that makes a framework unusable, so an editor or an import can name each line: codes unique,
 * levels nested area → criterion → sub-criterion, every parent's maximum equal to its children's sum, every
 * leaf with a method (and a valid scale when MANUAL) and no parent with one, and the scored leaves adding up to the declared total.
 */
export function checkFramework(
  nodes: readonly ParFrameworkNode[],
  declaredTotal: number,
): ParFrameworkProblem[] {
  const problems: ParFrameworkProblem[] = [];
  const byCode = new Map<string, ParFrameworkNode>();
  for (const node of nodes) {
    if (byCode.has(node.code)) problems.push({ kind: 'duplicateCode', code: node.code });
    else byCode.set(node.code, node);
  }
  const children = new Map<string, ParFrameworkNode[]>();
  for (const node of byCode.values()) {
    if (!isValidPoints(node.maxPoints)) problems.push({ kind: 'invalidMaxPoints', code: node.code });
    if (node.parentCode === null) {
      if (node.level !== ParCriterionLevel.AREA)
        problems.push({ kind: 'wrongLevel', code: node.code, expected: ParCriterionLevel.AREA });
      continue;
    }
    const parent = byCode.get(node.parentCode);
    if (!parent) {
      problems.push({ kind: 'unknownParent', code: node.code, parentCode: node.parentCode });
      continue;
    }
    const expected = PAR_LEVEL_ORDER[PAR_LEVEL_ORDER.indexOf(parent.level) + 1];
    if (expected === undefined || node.level !== expected)
      problems.push({ kind: 'wrongLevel', code: node.code, expected: expected ?? parent.level });
    children.set(parent.code, [...(children.get(parent.code) ?? []), node]);
  }
  for (const node of byCode.values()) {
    const own = children.get(node.code);
    if (own) {
      const childrenTotal = sumPoints(own.map((c) => c.maxPoints));
      if (toHundredths(childrenTotal) !== toHundredths(node.maxPoints))
        problems.push({
          kind: 'childrenDoNotAddUp',
          code: node.code,
          maxPoints: node.maxPoints,
          childrenTotal,
        });
      if (node.method !== null) problems.push({ kind: 'methodOnParent', code: node.code });
    } else if (node.method === null) {
      problems.push({ kind: 'leafWithoutMethod', code: node.code });
    } else if (node.method === ParScoringMethod.MANUAL) {
      for (const problem of checkScale(node.options ?? [], node.maxPoints))
        problems.push({ kind: 'scale', code: node.code, problem });
    }
  }
  const total = scoredMaximum([...byCode.values()]);
  if (toHundredths(total) !== toHundredths(declaredTotal))
    problems.push({ kind: 'totalDoesNotAddUp', declaredTotal, total });
  return problems;
}
