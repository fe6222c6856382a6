/**
 * Problem codes of importPlanDocument that have a Vietnamese (and English) label in the locale files under
 * planImport.problemCodes; any other code is shown with the API's own message.
 */
export const KNOWN_PROBLEM_CODES = [
  'EMPTY',
  'NO_APPENDIX',
  'NO_ITEMS',
  'TRUNCATED',
  'DUPLICATE_CODE',
  'PLAN_CODE_TAKEN',
  'NO_TITLE',
  'NO_ISSUER',
  'NO_PLAN_YEAR',
  'YEAR_MISMATCH',
  'NO_DECISION_NUMBER',
  'DECISION_NUMBER_BLANK',
  'DECISION_DATE_BLANK',
  'UNKNOWN_APPENDIX',
  'NUMBERING_GAP',
  'CODE_OUT_OF_ORDER',
  'ORPHAN_ITEM',
  'NO_CHILDREN',
  'ITEM_WITHOUT_AREA',
  'UNKNOWN_AREA_HEADING',
  'AREA_MISMATCH',
  'EMPTY_TITLE',
  'EMPTY_PRODUCT',
  'EMPTY_LEAD',
  'EMPTY_COORDINATOR',
  'EMPTY_DEADLINE',
  'UNKNOWN_DEADLINE',
  'AMBIGUOUS_CELLS',
  'LINE_SKIPPED',
  'AGENCY_UNRESOLVED',
  'AGENCY_FUZZY',
  // DOCX and XLSX (plan-format.problems.ts of the API).
  'UNREADABLE',
  'MISSING_COLUMNS',
  'MISSING_CODE',
  'INVALID_CODE',
  'UNKNOWN_KIND',
  'PARENT_NOT_FOUND',
  'PARENT_AFTER_CHILD',
  'VALUE_TOO_LONG',
  'PARENT_KIND_MISMATCH',
  'KIND_CODE_MISMATCH',
  'NUMERIC_CODE',
  'UNKNOWN_AREA',
] as const;

export type KnownProblemCode = (typeof KNOWN_PROBLEM_CODES)[number];

export function isKnownProblemCode(code: string): code is KnownProblemCode {
  return (KNOWN_PROBLEM_CODES as readonly string[]).includes(code);
}

/**
 * Codes whose API message carries what the label cannot: what the file really is (UNREADABLE) or which
 * template columns are missing (MISSING_COLUMNS). Their message is shown under the label, not only on hover.
 */
const DETAILED_PROBLEM_CODES: ReadonlySet<string> = new Set(['UNREADABLE', 'MISSING_COLUMNS']);

export function showsProblemMessage(code: string): boolean {
  return DETAILED_PROBLEM_CODES.has(code);
}
