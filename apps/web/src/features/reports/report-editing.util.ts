import {
  REFORM_AREAS,
  ReportAction,
  ReportStatus,
  Role,
  ScopeKind,
  isReportEditable,
  scopeOfRole,
} from '@partrack/shared';
import type { ReportNarrativeFieldsFragment, ReportNarrativeInput } from '../../gql/graphql';

/**
 * Coordinators, viewers and admins read every agency's report of the province, so round dashboards are theirs;
 * agency staff read only their own (sub)tree and would open a dashboard of reports they cannot see.
 */
export function readsWholeProvince(role: Role): boolean {
  const scope = scopeOfRole(role);
  return scope === ScopeKind.PROVINCE || scope === ScopeKind.GLOBAL;
}

/** Why a report is shown read-only; null when the user may edit it now. */
export type ReadOnlyReason = 'noPermission' | 'otherAgency' | ReportStatus.SUBMITTED | ReportStatus.ACCEPTED;

export interface EditAccess {
  editable: boolean;
  reason: ReadOnlyReason | null;
}

/**
 * Mirrors the API's rule (AgencyReportsService.editable) to hide what it would refuse: the agency's own staff,
 * managers above it (a manager reads only its subtree, so any report it can open qualifies) and admins edit;
 * coordinators only their own agency's report. And only while the report is with the agency.
 */
export function reportEditAccess(input: {
  role: Role;
  canWrite: boolean;
  userAgencyId: string | null;
  reportAgencyId: string;
  status: ReportStatus;
}): EditAccess {
  if (!input.canWrite) return { editable: false, reason: 'noPermission' };
  const mayWrite =
    input.role === Role.ADMIN ||
    input.role === Role.AGENCY_MANAGER ||
    input.userAgencyId === input.reportAgencyId;
  if (!mayWrite) return { editable: false, reason: 'otherAgency' };
  if (!isReportEditable(input.status)) {
    return {
      editable: false,
      reason: input.status === ReportStatus.ACCEPTED ? ReportStatus.ACCEPTED : ReportStatus.SUBMITTED,
    };
  }
  return { editable: true, reason: null };
}

/** The editor's form: one text per section, section II keyed by reform area code. */
export interface NarrativeValues {
  direction: string;
  areas: Record<string, string>;
  assessment: string;
  nextTasks: string;
  proposals: string;
  documentNumber: string;
  signerName: string;
  signerTitle: string;
}

interface NarrativeSource {
  narrative: Omit<ReportNarrativeFieldsFragment, '__typename'>;
  documentNumber: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

export function narrativeValues(report: NarrativeSource): NarrativeValues {
  const areas: Record<string, string> = Object.fromEntries(REFORM_AREAS.map((area) => [area.code, '']));
  for (const area of report.narrative.areas ?? []) areas[area.areaCode] = area.text;
  return {
    direction: report.narrative.direction ?? '',
    areas,
    assessment: report.narrative.assessment ?? '',
    nextTasks: report.narrative.nextTasks ?? '',
    proposals: report.narrative.proposals ?? '',
    documentNumber: report.documentNumber ?? '',
    signerName: report.signerName ?? '',
    signerTitle: report.signerTitle ?? '',
  };
}

const blankToNull = (text: string | undefined) => text?.trim() || null;

/**
 * What Save sends. Area texts left empty are dropped (the API replaces the list as a whole, so clearing an
 * area removes it); the other texts are sent as typed, trailing space trimmed.
 */
export function narrativeInput(values: NarrativeValues): {
  narrative: ReportNarrativeInput;
  documentNumber: string | null;
  signerName: string | null;
  signerTitle: string | null;
} {
  return {
    narrative: {
      direction: values.direction.trimEnd(),
      areas: Object.entries(values.areas)
        .filter(([, text]) => text.trim() !== '')
        .map(([areaCode, text]) => ({ areaCode, text: text.trimEnd() })),
      assessment: values.assessment.trimEnd(),
      nextTasks: values.nextTasks.trimEnd(),
      proposals: values.proposals.trimEnd(),
    },
    documentNumber: blankToNull(values.documentNumber),
    signerName: blankToNull(values.signerName),
    signerTitle: blankToNull(values.signerTitle),
  };
}

/** The narrative as the document shows it, from form values (the preview of unsaved edits). */
export function narrativeOfValues(
  values: NarrativeValues,
): Omit<ReportNarrativeFieldsFragment, '__typename'> {
  const { narrative } = narrativeInput(values);
  return {
    direction: narrative.direction ?? null,
    areas: (narrative.areas ?? []).map((area) => ({ ...area })),
    assessment: narrative.assessment ?? null,
    nextTasks: narrative.nextTasks ?? null,
    proposals: narrative.proposals ?? null,
  };
}

interface EventLike {
  action: ReportAction;
  comment: string | null;
}

/** The coordinator's latest return or reopening comment (events arrive newest first). */
export function latestReviewComment<T extends EventLike>(events: readonly T[]): T | null {
  return (
    events.find(
      (event) =>
        (event.action === ReportAction.RETURN || event.action === ReportAction.REOPEN) && event.comment,
    ) ?? null
  );
}
