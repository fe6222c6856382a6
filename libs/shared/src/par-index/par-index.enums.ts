/** Who a framework scores (nhóm đối tượng): the province's own groups, and the province itself nationally. */
export enum ParTargetGroup {
  /** Sở, ban, ngành */
  DEPARTMENT = 'DEPARTMENT',
  /** UBND cấp huyện (until the 2025 reform) */
  DISTRICT = 'DISTRICT',
  /** UBND cấp xã, phường */
  COMMUNE = 'COMMUNE',
  /** The province in the national PAR Index (QĐ 876/QĐ-BNV) */
  PROVINCE = 'PROVINCE',
}

/** Lĩnh vực → tiêu chí → tiêu chí thành phần. */
export enum ParCriterionLevel {
  AREA = 'AREA',
  CRITERION = 'CRITERION',
  SUB_CRITERION = 'SUB_CRITERION',
}

/** How a scored item gets its points. Only leaves (items without children) are scored. */
export enum ParScoringMethod {
  /** A scale of options with points, chosen by the agency and appraised by the council */
  MANUAL = 'MANUAL',
  /** Computed from partrack's own records (tasks on time, reports on time, indicator values) */
  DATA = 'DATA',
  /** Maximum × satisfaction share of a survey */
  SURVEY = 'SURVEY',
  /** Điểm thưởng: added on top, outside the 100 points */
  BONUS = 'BONUS',
  /** Điểm trừ: subtracted, outside the 100 points */
  PENALTY = 'PENALTY',
}

export enum ParFrameworkStatus {
  /** Being written: criteria may change */
  DRAFT = 'DRAFT',
  /** An assessment cycle uses it: frozen; a change needs a new version */
  LOCKED = 'LOCKED',
}

export const PAR_LEVEL_ORDER: readonly ParCriterionLevel[] = [
  ParCriterionLevel.AREA,
  ParCriterionLevel.CRITERION,
  ParCriterionLevel.SUB_CRITERION,
];

/** Bonus and penalty points sit outside the maximum that the index divides by. */
export function countsTowardMaximum(method: ParScoringMethod): boolean {
  return method !== ParScoringMethod.BONUS && method !== ParScoringMethod.PENALTY;
}

/** Evidence (minh chứng) behind a score: an uploaded file, a partrack record, or a link. */
export enum ParEvidenceKind {
  FILE = 'FILE',
  RECORD = 'RECORD',
  URL = 'URL',
}

/** The partrack records an agency may cite as evidence. */
export enum ParEvidenceRecordType {
  /** A plan item (task) its agency leads or coordinates */
  TASK = 'TASK',
  /** A progress update posted on such a task */
  TASK_UPDATE = 'TASK_UPDATE',
  /** One of its periodic reports */
  AGENCY_REPORT = 'AGENCY_REPORT',
  /** A figure it entered for an indicator */
  MEASUREMENT = 'MEASUREMENT',
}
