/** A reporting round: one of the four periodic reports of the national rule, or an ad hoc request. */
export enum ReportRoundKind {
  Q1 = 'Q1',
  H1 = 'H1',
  Q3 = 'Q3',
  YEAR = 'YEAR',
  AD_HOC = 'AD_HOC',
}

/** An agency report's review lifecycle. */
export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

/** What someone does to an agency report. */
export enum ReportAction {
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
}

export enum ConsolidatedReportStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}

/** Narrative sections of the standard outline; section II has one text per reform area. */
export const REPORT_SECTIONS = ['direction', 'results', 'assessment', 'nextTasks', 'proposals'] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

/** A coordinator's decision on a submitted agency report. */
export enum ReportDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
