import { InspectionFindingStatus, InspectionReasonCode } from '@partrack/shared';
import type { InspectionPlanFieldsFragment } from '../../gql/graphql';

export const INSPECTIONS_PATH = '/kiem-tra';

export const inspectionPlanPath = (planId: string) => `${INSPECTIONS_PATH}/${planId}`;

export const inspectionPath = (planId: string, inspectionId: string) =>
  `${INSPECTIONS_PATH}/${planId}/${inspectionId}`;

/** The prefix of the corrective tasks' codes (`KT-<first 8 of the inspection id>.<n>`, set by the API). */
export const correctiveTaskSearch = (inspectionId: string) => `KT-${inspectionId.slice(0, 8)}.`;

export interface InspectionReason {
  code: InspectionReasonCode;
  year?: number | null;
  value?: number | null;
  count?: number | null;
}

/** What a translated sentence needs for one reason; the value goes through the number formatter. */
export interface ReasonText {
  key: `inspection.reason.${InspectionReasonCode}`;
  params: { year?: number; value?: string; count?: number };
}

export function reasonText(reason: InspectionReason, formatNumber: (value: number) => string): ReasonText {
  return {
    key: `inspection.reason.${reason.code}`,
    params: {
      year: reason.year ?? undefined,
      value: reason.value === null || reason.value === undefined ? undefined : formatNumber(reason.value),
      count: reason.count ?? undefined,
    },
  };
}

export function openFindingCount(findings: readonly { status: InspectionFindingStatus }[]): number {
  return findings.filter((finding) => finding.status === InspectionFindingStatus.OPEN).length;
}

/** By month, unscheduled last, then by agency name, so a page reads as the year's calendar. */
export function byMonth<T extends { month?: number | null; agency?: { name: string } | null }>(
  a: T,
  b: T,
): number {
  const month = (a.month ?? 13) - (b.month ?? 13);
  if (month !== 0) return month;
  return (a.agency?.name ?? '').localeCompare(b.agency?.name ?? '', 'vi');
}

export type CoverageTargets = Pick<
  InspectionPlanFieldsFragment,
  'coverageProvince' | 'coverageDistrict' | 'coverageCommune'
>;

/** The plan's whole-percent target for an agency level (the total has none). */
export function targetOfLevel(plan: CoverageTargets, level: string | null | undefined): number | null {
  if (level === 'PROVINCE') return plan.coverageProvince;
  if (level === 'DISTRICT') return plan.coverageDistrict;
  if (level === 'COMMUNE') return plan.coverageCommune;
  return null;
}

/** Months 1–12 for the schedule picker. */
export const MONTHS = Array.from({ length: 12 }, (_v, i) => i + 1);
