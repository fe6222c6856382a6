import { foldVietnamese, ParTargetGroup } from '@partrack/shared';
import type {
  PublicAgencyProgress,
  PublicProgressCounts,
  PublicRankingRow,
  PublicSection,
  PublicSummary,
} from '@partrack/shared';

export type OpenDataFormat = 'json' | 'csv';

/** The API's address of a summary (the page) or of its open-data file. */
export function publicSummaryUrl(provinceCode: string, year: number, format?: OpenDataFormat): string {
  const file = format ? `summary.${format}` : 'summary';
  return `/public/v1/${encodeURIComponent(provinceCode)}/${file}?year=${year}`;
}

/** The section of a kind, if the API sent it (sections are added over time; a page shows what it knows). */
export function sectionOf<K extends PublicSection['kind']>(
  summary: PublicSummary,
  kind: K,
): Extract<PublicSection, { kind: K }> | null {
  return (summary.sections.find((s) => s.kind === kind) as Extract<PublicSection, { kind: K }>) ?? null;
}

/** Share of the counted tasks that are done, in whole percent (0 when there are none). */
export function donePercent(counts: PublicProgressCounts): number {
  return counts.total > 0 ? Math.round((counts.done / counts.total) * 100) : 0;
}

/** Agencies whose name contains the query, diacritics and case ignored ("so noi vu" finds "Sở Nội vụ"). */
export function filterAgencies(rows: readonly PublicAgencyProgress[], query: string): PublicAgencyProgress[] {
  const folded = foldVietnamese(query.trim());
  if (!folded) return [...rows];
  return rows.filter((row) => foldVietnamese(row.name).includes(folded));
}

const GROUP_ORDER: readonly ParTargetGroup[] = [
  ParTargetGroup.DEPARTMENT,
  ParTargetGroup.DISTRICT,
  ParTargetGroup.COMMUNE,
];

/** Ranking rows by group, in the groups' usual order, keeping the API's order (rank, then name) inside each. */
export function rankingByGroup(rows: readonly PublicRankingRow[]): [ParTargetGroup, PublicRankingRow[]][] {
  return GROUP_ORDER.map((group): [ParTargetGroup, PublicRankingRow[]] => [
    group,
    rows.filter((row) => row.group === group),
  ]).filter(([, groupRows]) => groupRows.length > 0);
}
