import type { AgencyLevel } from '../agency/agency.enums';
import type { ParTargetGroup } from '../par-index/par-index.enums';
import type { SurveySector } from '../surveys/survey.enums';

/**
 * The public summary (docs/public.md): what a citizen may see of a province's year. Only counts of issued
 * plans, names of agencies and areas, and the ranking of a published PAR Index cycle; never people, titles,
 * notes, evidence, drafts or unpublished figures. Plain JSON (REST), versioned by the URL (/public/v1); the API answers with it and the SPA reads it.
 */

/** Tasks in each public state; `total` is their sum (cancelled tasks are not counted). */
export interface PublicProgressCounts {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export interface PublicAreaProgress extends PublicProgressCounts {
  /** I–VII; null for tasks without a reform area */
  code: string | null;
  nameVi: string | null;
  nameEn: string | null;
}

export interface PublicAgencyProgress extends PublicProgressCounts {
  name: string;
}

export interface PublicRankingRow {
  group: ParTargetGroup;
  rank: number;
  agencyName: string;
  /** 0–100, two decimals */
  index: number;
  band: string | null;
}

export interface PublicProgressSection {
  kind: 'PLAN_PROGRESS';
  byArea: PublicAreaProgress[];
  byAgency: PublicAgencyProgress[];
}

export interface PublicRankingSection {
  kind: 'PAR_INDEX_RANKING';
  /** null while the year's cycle is not published (or there is none) */
  cycle: { name: string; publishedAt: string | null } | null;
  rows: PublicRankingRow[];
}

/** Pooled answers of the shown surveys about an agency or in a sector, against the plan's target. */
export interface PublicSatisfactionFigure {
  /** People who answered */
  respondents: number;
  /** Answers on the scale (1–5) and, of them, satisfied ones (each survey's own rule) */
  valid: number;
  satisfied: number;
  /** satisfied ÷ valid × 100, two decimals; null when nobody answered */
  share: number | null;
  /** Whole percent: 85, or 80 in land, construction, investment, health and education */
  target: number;
}

export interface PublicSatisfactionAgency extends PublicSatisfactionFigure {
  name: string;
}

export interface PublicSatisfactionSector extends PublicSatisfactionFigure {
  sector: SurveySector;
}

export interface PublicSatisfactionSection {
  kind: 'SATISFACTION';
  /** CLOSED surveys of the year (and the sample survey, only on the demo province) */
  surveys: number;
  /** True when the figures include the demo's invented sample survey ("dữ liệu mẫu") */
  sample: boolean;
  overall: PublicSatisfactionFigure;
  /** By agency name */
  byAgency: PublicSatisfactionAgency[];
  /** SECTOR surveys by sector, in the enum's order */
  bySector: PublicSatisfactionSector[];
}

export interface PublicCoverageLine {
  /** null for the total */
  level: AgencyLevel | null;
  /** Agencies to inspect, and of them those inspected (an inspection DONE) */
  agencies: number;
  inspected: number;
  /** inspected ÷ agencies × 100, two decimals; 0 without agencies */
  percent: number;
  /** The plan's target, whole percent; for the total, the levels' targets weighted by agencies (two decimals) */
  target: number;
}

export interface PublicCoverageSection {
  kind: 'INSPECTION_COVERAGE';
  /** false when the year has no APPROVED inspection plan (then no lines) */
  approved: boolean;
  levels: PublicCoverageLine[];
  total: PublicCoverageLine | null;
}

/** A client must ignore kinds it does not know: new sections join this union. */
export type PublicSection =
  PublicProgressSection | PublicRankingSection | PublicSatisfactionSection | PublicCoverageSection;

export interface PublicSummary {
  province: { code: string; name: string };
  year: number;
  /** Years with published figures, newest first (the page's year switch) */
  years: number[];
  sections: PublicSection[];
}
