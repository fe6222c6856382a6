import type { PublicProgressCounts, PublicSummary } from '@partrack/shared';

/** Excel opens UTF-8 as a legacy code page unless the file starts with a byte order mark. */
const BOM = '\uFEFF';

export const PUBLIC_CSV_COLUMNS = [
  'section',
  'group',
  'area_code',
  'name',
  'total',
  'done',
  'in_progress',
  'not_started',
  'overdue',
  'rank',
  'index',
  'band',
] as const;

type Cell = string | number | null;

/**
 * A text cell quoted when it must be (RFC 4180), and never read as a formula by a spreadsheet: a cell
 * starting with = + - @ (or a tab or return) gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const counts = (c: PublicProgressCounts): Cell[] => [c.total, c.done, c.inProgress, c.notStarted, c.overdue];

/**
 * The open-data CSV of a public summary: one table, one row per figure, the section in the first column, so
 * that the same file holds every section (new sections add rows, never columns). Names are Vietnamese.
 */
export function publicSummaryCsv(summary: PublicSummary): string {
  const rows: Cell[][] = [];
  for (const section of summary.sections) {
    if (section.kind === 'PLAN_PROGRESS') {
      for (const a of section.byArea) {
        rows.push(['progress_by_area', null, a.code, a.nameVi, ...counts(a), null, null, null]);
      }
      for (const a of section.byAgency) {
        rows.push(['progress_by_agency', null, null, a.name, ...counts(a), null, null, null]);
      }
    } else {
      for (const r of section.rows) {
        rows.push([
          'par_index_ranking',
          r.group,
          null,
          r.agencyName,
          null,
          null,
          null,
          null,
          null,
          r.rank,
          r.index,
          r.band,
        ]);
      }
    }
  }
  const lines = [PUBLIC_CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
