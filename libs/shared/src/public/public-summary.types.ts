import type { ParTargetGroup } from '../par-index/par-index.enums';

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

/** Satisfaction (SIPAS) and inspection coverage join this union when their domains exist. */
export type PublicSection = PublicProgressSection | PublicRankingSection;

export interface PublicSummary {
  province: { code: string; name: string };
  year: number;
  /** Years with published figures, newest first (the page's year switch) */
  years: number[];
  sections: PublicSection[];
}
