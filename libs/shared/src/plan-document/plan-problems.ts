import type { PlanParseProblem, PlanProblemSeverity } from './plan-document.types';

/**
 * ERRORs mean the import cannot go ahead as is (nothing usable, or identities clash); WARNINGs are gaps
 * the coordinator must review and fill in (e.g. a task without a lead cannot be tracked) before tracking.
 */
const SEVERITY = {
  EMPTY: 'ERROR',
  NO_APPENDIX: 'ERROR',
  NO_ITEMS: 'ERROR',
  TRUNCATED: 'ERROR',
  DUPLICATE_CODE: 'ERROR',
  NO_TITLE: 'WARNING',
  NO_ISSUER: 'WARNING',
  NO_PLAN_YEAR: 'WARNING',
  YEAR_MISMATCH: 'WARNING',
  NO_DECISION_NUMBER: 'WARNING',
  DECISION_NUMBER_BLANK: 'WARNING',
  DECISION_DATE_BLANK: 'WARNING',
  UNKNOWN_APPENDIX: 'WARNING',
  NUMBERING_GAP: 'WARNING',
  CODE_OUT_OF_ORDER: 'WARNING',
  ORPHAN_ITEM: 'WARNING',
  NO_CHILDREN: 'WARNING',
  ITEM_WITHOUT_AREA: 'WARNING',
  UNKNOWN_AREA_HEADING: 'WARNING',
  AREA_MISMATCH: 'WARNING',
  EMPTY_TITLE: 'WARNING',
  EMPTY_PRODUCT: 'WARNING',
  EMPTY_LEAD: 'WARNING',
  EMPTY_COORDINATOR: 'WARNING',
  EMPTY_DEADLINE: 'WARNING',
  UNKNOWN_DEADLINE: 'WARNING',
  AMBIGUOUS_CELLS: 'WARNING',
  LINE_SKIPPED: 'WARNING',
} as const satisfies Record<string, PlanProblemSeverity>;

export type PlanProblemCode = keyof typeof SEVERITY;

export function planProblem(
  code: PlanProblemCode,
  line: number,
  message: string,
  itemCode?: string,
): PlanParseProblem {
  const problem: PlanParseProblem = { line, severity: SEVERITY[code], code, message };
  return itemCode === undefined ? problem : { ...problem, itemCode };
}

export function severityOf(code: PlanProblemCode): PlanProblemSeverity {
  return SEVERITY[code];
}

/** By line (sort is stable), so problems read top to bottom like the document. */
export function sortProblems(problems: PlanParseProblem[]): PlanParseProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
