import { AgencyLevel } from '../agency/agency.enums';

/** Where an inspection plan stands: the coordinator adjusts a DRAFT; an APPROVED plan is the decision's. */
export enum InspectionPlanStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}

/** One visit (đợt kiểm tra) of one agency. */
export enum InspectionStatus {
  /** Scheduled, not yet conducted */
  PLANNED = 'PLANNED',
  /** Conducted: findings recorded */
  DONE = 'DONE',
  /** Dropped from the plan after approval (kept for the record; not counted in coverage) */
  CANCELLED = 'CANCELLED',
}

export enum InspectionFindingSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** A finding (tồn tại, hạn chế) stays OPEN until a re-inspection (tái kiểm tra) finds it remedied. */
export enum InspectionFindingStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Why the sampling proposed an agency; each reason carries the points it added. */
export enum InspectionReasonCode {
  /** No inspection on record */
  NEVER_INSPECTED = 'NEVER_INSPECTED',
  /** Last inspected in `year` (the longer ago, the more points) */
  NOT_INSPECTED_SINCE = 'NOT_INSPECTED_SINCE',
  /** The latest published PAR Index (`value`) is below the threshold */
  LOW_PAR_INDEX = 'LOW_PAR_INDEX',
  /** `count` of the agency's lead tasks are overdue */
  OVERDUE_TASKS = 'OVERDUE_TASKS',
  /** Nothing stood out: chosen only to reach the level's coverage */
  TO_REACH_COVERAGE = 'TO_REACH_COVERAGE',
}

/** What the team found for one checklist item (null on the item while it is not assessed). */
export enum InspectionChecklistResult {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** The order levels are listed in: the province's departments first, communes last. */
export const INSPECTION_LEVEL_ORDER: readonly AgencyLevel[] = [
  AgencyLevel.CENTRAL,
  AgencyLevel.PROVINCE,
  AgencyLevel.DISTRICT,
  AgencyLevel.COMMUNE,
];
