import { AgencyLevel } from '../agency/agency.enums';
import { INSPECTION_LEVEL_ORDER, InspectionReasonCode } from './inspection.enums';

/** The seed plan's result 1.14: at least 30 % of agencies inspected every year, at every level. */
export const DEFAULT_INSPECTION_COVERAGE = 30;
/** A PAR Index below this (band B's floor) counts against the agency. */
export const DEFAULT_LOW_PAR_INDEX = 80;

/** Points, in whole hundredths so sums are exact: a reason's weight is bounded so no single one dominates. */
const NEVER_INSPECTED_POINTS = 5000;
const POINTS_PER_YEAR_SINCE = 1000;
const MAX_YEARS_SINCE = 4;
const POINTS_PER_PAR_INDEX_POINT = 100;
const MAX_PAR_INDEX_POINTS = 3000;
const POINTS_PER_OVERDUE_TASK = 300;
const MAX_OVERDUE_POINTS = 3000;

export interface InspectionCandidate {
  readonly id: string;
  readonly name: string;
  readonly level: AgencyLevel;
  /** The year of its latest inspection (DONE), null when it never had one */
  readonly lastInspectedYear: number | null;
  /** Its latest published PAR Index, null when it has none */
  readonly parIndex: number | null;
  /** Its lead tasks past their due date and not done */
  readonly overdueTasks: number;
}

export interface InspectionReason {
  readonly code: InspectionReasonCode;
  /** NOT_INSPECTED_SINCE: the year of the last inspection */
  readonly year: number | null;
  /** LOW_PAR_INDEX: the index */
  readonly value: number | null;
  /** OVERDUE_TASKS: how many */
  readonly count: number | null;
  /** What the reason added to the score */
  readonly points: number;
}

export interface ScoredCandidate {
  readonly candidate: InspectionCandidate;
  /** The sum of the reasons' points, two decimals */
  readonly score: number;
  readonly reasons: readonly InspectionReason[];
}

export interface InspectionSamplingOptions {
  /** The plan's year: "years since" counts from it */
  readonly year: number;
  /** Whole percentages 0–100 per level; a level left out takes `defaultCoverage` */
  readonly coverageByLevel?: Partial<Record<AgencyLevel, number>>;
  readonly defaultCoverage?: number;
  readonly lowParIndexBelow?: number;
}

export interface LevelProposal {
  readonly level: AgencyLevel;
  /** Candidates of the level */
  readonly agencies: number;
  /** The coverage target, whole percent */
  readonly coverage: number;
  /** ceil(agencies × coverage ÷ 100) */
  readonly required: number;
  /** Best score first */
  readonly chosen: readonly ScoredCandidate[];
}

function reason(
  code: InspectionReasonCode,
  points: number,
  extra: Partial<InspectionReason> = {},
): InspectionReason {
  return { code, year: null, value: null, count: null, points: points / 100, ...extra };
}

/** Why an agency deserves a visit, and how much. Pure: the same candidate and year always score the same. */
export function scoreInspectionCandidate(
  candidate: InspectionCandidate,
  year: number,
  lowParIndexBelow: number = DEFAULT_LOW_PAR_INDEX,
): ScoredCandidate {
  const reasons: InspectionReason[] = [];
  if (candidate.lastInspectedYear === null) {
    reasons.push(reason(InspectionReasonCode.NEVER_INSPECTED, NEVER_INSPECTED_POINTS));
  } else {
    const since = Math.min(Math.max(year - candidate.lastInspectedYear, 0), MAX_YEARS_SINCE);
    if (since > 0) {
      reasons.push(
        reason(InspectionReasonCode.NOT_INSPECTED_SINCE, since * POINTS_PER_YEAR_SINCE, {
          year: candidate.lastInspectedYear,
        }),
      );
    }
  }
  if (candidate.parIndex !== null && candidate.parIndex < lowParIndexBelow) {
    const gap = Math.round((lowParIndexBelow - candidate.parIndex) * POINTS_PER_PAR_INDEX_POINT);
    reasons.push(
      reason(InspectionReasonCode.LOW_PAR_INDEX, Math.min(gap, MAX_PAR_INDEX_POINTS), {
        value: candidate.parIndex,
      }),
    );
  }
  if (candidate.overdueTasks > 0) {
    const points = Math.min(candidate.overdueTasks * POINTS_PER_OVERDUE_TASK, MAX_OVERDUE_POINTS);
    reasons.push(reason(InspectionReasonCode.OVERDUE_TASKS, points, { count: candidate.overdueTasks }));
  }
  const hundredths = reasons.reduce((sum, r) => sum + Math.round(r.points * 100), 0);
  return { candidate, score: hundredths / 100, reasons };
}

/** ceil(agencies × coverage ÷ 100) in integers, so 10 × 30 % is exactly 3 and 11 × 30 % is 4. */
export function requiredInspections(agencies: number, coverage: number): number {
  return Math.floor((agencies * coverage + 99) / 100);
}

/** Highest score first; ties by name, then id, so the proposal never depends on the input's order. */
function compareScored(a: ScoredCandidate, b: ScoredCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.candidate.name !== b.candidate.name) return a.candidate.name < b.candidate.name ? -1 : 1;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

/**
 * The stratified sample: per level, the `required` candidates with the highest scores. A candidate listed
 * twice (same id) counts once. Chosen agencies without any reason get TO_REACH_COVERAGE so every choice says why.
 */
export function proposeInspectionSample(
  candidates: readonly InspectionCandidate[],
  options: InspectionSamplingOptions,
): LevelProposal[] {
  const unique = new Map<string, InspectionCandidate>();
  for (const c of candidates) if (!unique.has(c.id)) unique.set(c.id, c);
  const byLevel = new Map<AgencyLevel, ScoredCandidate[]>();
  for (const c of unique.values()) {
    const scored = scoreInspectionCandidate(c, options.year, options.lowParIndexBelow);
    byLevel.set(c.level, [...(byLevel.get(c.level) ?? []), scored]);
  }
  return INSPECTION_LEVEL_ORDER.filter((level) => byLevel.has(level)).map((level) => {
    const all = (byLevel.get(level) ?? []).sort(compareScored);
    const coverage =
      options.coverageByLevel?.[level] ?? options.defaultCoverage ?? DEFAULT_INSPECTION_COVERAGE;
    const required = Math.min(requiredInspections(all.length, coverage), all.length);
    const chosen = all
      .slice(0, required)
      .map((s) =>
        s.reasons.length > 0 ? s : { ...s, reasons: [reason(InspectionReasonCode.TO_REACH_COVERAGE, 0)] },
      );
    return { level, agencies: all.length, coverage, required, chosen };
  });
}
