import { Role } from './roles';

/**
 * Every operation the API guards. The SPA reads the same table to hide what the API would refuse,
 * so adding a mutation means adding (or reusing) a permission here.
 */
export enum Permission {
  AGENCY_READ = 'AGENCY_READ',
  AGENCY_MANAGE = 'AGENCY_MANAGE',
  AGENCY_IMPORT = 'AGENCY_IMPORT',
  AGENCY_GROUP_MANAGE = 'AGENCY_GROUP_MANAGE',
  USER_MANAGE = 'USER_MANAGE',
  API_KEY_MANAGE = 'API_KEY_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
  PLAN_READ = 'PLAN_READ',
  /** Create, edit, import and copy plans and their items. */
  PLAN_MANAGE = 'PLAN_MANAGE',
  /** Issue an agency's own plan from the province's. */
  PLAN_DERIVE = 'PLAN_DERIVE',
  /** Post progress on tasks the caller's agency leads or coordinates. */
  TASK_UPDATE = 'TASK_UPDATE',
  /** Define indicators and their targets, confirm drafts extracted from a plan. */
  INDICATOR_MANAGE = 'INDICATOR_MANAGE',
  /** Enter and submit the figures of agencies in the caller's write scope. */
  MEASUREMENT_ENTER = 'MEASUREMENT_ENTER',
  /** Approve, return and reopen submitted figures. */
  MEASUREMENT_REVIEW = 'MEASUREMENT_REVIEW',
  REPORT_READ = 'REPORT_READ',
  /** Write and submit the reports of the caller's own agency (managers: and of agencies under it). */
  REPORT_WRITE = 'REPORT_WRITE',
  /** Open reporting rounds, accept or return agency reports, write the consolidated report. */
  REPORT_REVIEW = 'REPORT_REVIEW',
  /** See the province's PAR Index frameworks (and, later, its published results). */
  PAR_READ = 'PAR_READ',
  /** Write, copy and lock PAR Index criteria frameworks. */
  PAR_FRAMEWORK_MANAGE = 'PAR_FRAMEWORK_MANAGE',
  /** Open the year's PAR Index cycle (its frameworks and deadlines). */
  PAR_CYCLE_MANAGE = 'PAR_CYCLE_MANAGE',
  /** Score the caller's own agency (managers: and agencies under it) until the self-assessment is due. */
  PAR_SELF_ASSESS = 'PAR_SELF_ASSESS',
  /** Send the self-assessment, and later the explanations, of an agency in the caller's write scope. */
  PAR_SELF_SUBMIT = 'PAR_SELF_SUBMIT',
  /** Appraise self-assessments (first and second round, finalise); only members of the cycle's council. */
  PAR_APPRAISE = 'PAR_APPRAISE',
  /** See satisfaction surveys and their results. */
  SURVEY_READ = 'SURVEY_READ',
  /** Define satisfaction surveys and load their results. */
  SURVEY_MANAGE = 'SURVEY_MANAGE',
  /** See inspection plans, inspections, findings and coverage. */
  INSPECTION_READ = 'INSPECTION_READ',
  /** Propose and adjust the province's inspection plan, schedule visits, record findings, re-inspect. */
  INSPECTION_MANAGE = 'INSPECTION_MANAGE',
}

export const PERMISSIONS_BY_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMIN]: Object.values(Permission),
  [Role.COORDINATOR]: [
    Permission.AGENCY_READ,
    Permission.AGENCY_MANAGE,
    Permission.AGENCY_GROUP_MANAGE,
    Permission.PLAN_READ,
    Permission.PLAN_MANAGE,
    Permission.PLAN_DERIVE,
    Permission.TASK_UPDATE,
    Permission.INDICATOR_MANAGE,
    Permission.MEASUREMENT_ENTER,
    Permission.MEASUREMENT_REVIEW,
    Permission.REPORT_READ,
    Permission.REPORT_WRITE,
    Permission.REPORT_REVIEW,
    Permission.PAR_READ,
    Permission.PAR_FRAMEWORK_MANAGE,
    Permission.PAR_CYCLE_MANAGE,
    Permission.PAR_SELF_ASSESS,
    Permission.PAR_SELF_SUBMIT,
    Permission.PAR_APPRAISE,
    Permission.SURVEY_READ,
    Permission.SURVEY_MANAGE,
    Permission.INSPECTION_READ,
    Permission.INSPECTION_MANAGE,
  ],
  [Role.AGENCY_MANAGER]: [
    Permission.AGENCY_READ,
    Permission.PLAN_READ,
    Permission.PLAN_DERIVE,
    Permission.TASK_UPDATE,
    Permission.MEASUREMENT_ENTER,
    Permission.REPORT_READ,
    Permission.REPORT_WRITE,
    Permission.PAR_READ,
    Permission.PAR_SELF_ASSESS,
    Permission.PAR_SELF_SUBMIT,
    Permission.PAR_APPRAISE,
    Permission.SURVEY_READ,
    Permission.INSPECTION_READ,
  ],
  [Role.AGENCY_OFFICER]: [
    Permission.AGENCY_READ,
    Permission.PLAN_READ,
    Permission.TASK_UPDATE,
    Permission.MEASUREMENT_ENTER,
    Permission.REPORT_READ,
    Permission.REPORT_WRITE,
    Permission.PAR_READ,
    Permission.PAR_SELF_ASSESS,
    Permission.PAR_APPRAISE,
    Permission.SURVEY_READ,
    Permission.INSPECTION_READ,
  ],
  [Role.VIEWER]: [
    Permission.AGENCY_READ,
    Permission.PLAN_READ,
    Permission.REPORT_READ,
    Permission.PAR_READ,
    Permission.SURVEY_READ,
    Permission.INSPECTION_READ,
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}
