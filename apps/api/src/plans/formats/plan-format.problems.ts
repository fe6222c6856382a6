import type {
  PlanDocumentParse,
  PlanParseProblem,
  PlanProblemCode,
  PlanProblemSeverity,
} from '@partrack/shared';

/**
 * Problems only a spreadsheet or a binary file can have. `plan-problems.ts` of the shared library is the
 * home of problem codes; until these are added there, they live here with the same ERROR/WARNING meaning.
 */
export const FORMAT_PROBLEM_SEVERITY = {
  /** Not the expected kind of file, damaged, or too large once unpacked. */
  UNREADABLE: 'ERROR',
  /** The sheet is not the template: columns named in the message are missing. */
  MISSING_COLUMNS: 'ERROR',
  /** A row with content but no code: items are matched by code on re-import, so none can be made up. */
  MISSING_CODE: 'ERROR',
  /** A code over 32 characters (the plan_item.code column) or spanning several lines. */
  INVALID_CODE: 'ERROR',
  UNKNOWN_KIND: 'ERROR',
  PARENT_NOT_FOUND: 'ERROR',
  /** Items are written in row order, so a parent must be on an earlier row than its children. */
  PARENT_AFTER_CHILD: 'ERROR',
  /** A value longer than its database column (completion time: 120 characters). */
  VALUE_TOO_LONG: 'ERROR',
  PARENT_KIND_MISMATCH: 'WARNING',
  KIND_CODE_MISMATCH: 'WARNING',
  /** Excel turned a typed code into a number, so "1.10" may have become 1.1. */
  NUMERIC_CODE: 'WARNING',
  UNKNOWN_AREA: 'WARNING',
} as const satisfies Record<string, PlanProblemSeverity>;

export type FormatProblemCode = keyof typeof FORMAT_PROBLEM_SEVERITY;

/**
 * Severities of the shared codes these readers report, as `plan-problems.ts` defines them (that module
 * does not export its table; `plan-format.problems.spec.ts` checks the two agree).
 */
export const SHARED_PROBLEM_SEVERITY = {
  EMPTY: 'ERROR',
  NO_ITEMS: 'ERROR',
  DUPLICATE_CODE: 'ERROR',
  NO_TITLE: 'WARNING',
  NO_PLAN_YEAR: 'WARNING',
  YEAR_MISMATCH: 'WARNING',
  ORPHAN_ITEM: 'WARNING',
  NO_CHILDREN: 'WARNING',
  ITEM_WITHOUT_AREA: 'WARNING',
  EMPTY_TITLE: 'WARNING',
  EMPTY_PRODUCT: 'WARNING',
  EMPTY_LEAD: 'WARNING',
  EMPTY_COORDINATOR: 'WARNING',
  EMPTY_DEADLINE: 'WARNING',
  UNKNOWN_DEADLINE: 'WARNING',
} as const satisfies Partial<Record<PlanProblemCode, PlanProblemSeverity>>;

type SharedCode = keyof typeof SHARED_PROBLEM_SEVERITY;

export interface PlanFormatProblem extends Omit<PlanParseProblem, 'code'> {
  code: PlanProblemCode | FormatProblemCode;
}

/** `PlanDocumentParse` whose problems may also carry the codes above; a `PlanDocumentParse` is one. */
export interface PlanFormatParse extends Omit<PlanDocumentParse, 'problems'> {
  problems: PlanFormatProblem[];
}

function isFormatCode(code: string): code is FormatProblemCode {
  return Object.hasOwn(FORMAT_PROBLEM_SEVERITY, code);
}

export function formatProblem(
  code: SharedCode | FormatProblemCode,
  line: number,
  message: string,
  itemCode?: string,
): PlanFormatProblem {
  const severity = isFormatCode(code) ? FORMAT_PROBLEM_SEVERITY[code] : SHARED_PROBLEM_SEVERITY[code];
  const problem: PlanFormatProblem = { line, severity, code, message };
  return itemCode === undefined ? problem : { ...problem, itemCode };
}

/** By line, stable, so problems read top to bottom like the sheet. */
export function sortFormatProblems(problems: readonly PlanFormatProblem[]): PlanFormatProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
