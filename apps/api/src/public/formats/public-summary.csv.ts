import type {
  PublicCoverageSection,
  PublicProgressCounts,
  PublicSatisfactionFigure,
  PublicSatisfactionSection,
  PublicSummary,
} from '@partrack/shared';

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
  // Added with satisfaction and inspection coverage: new columns only ever go at the end, so a reader that
  // takes the first twelve by position keeps working.
  'respondents',
  'valid',
  'satisfied',
  'share',
  'target',
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

const blank = (n: number): Cell[] => new Array<Cell>(n).fill(null);
const counts = (c: PublicProgressCounts): Cell[] => [c.total, c.done, c.inProgress, c.notStarted, c.overdue];
/** The twelve first columns left empty but for section, group and name. */
const lead = (section: string, group: string | null, name: string | null): Cell[] => [
  section,
  group,
  null,
  name,
  ...blank(8),
];
const satisfied = (f: PublicSatisfactionFigure): Cell[] => [
  f.respondents,
  f.valid,
  f.satisfied,
  f.share,
  f.target,
];

/** Overall (group SAMPLE when the figures are the demo's invented sample), by sector (group), by agency. */
function satisfactionRows(s: PublicSatisfactionSection): Cell[][] {
  if (s.surveys === 0) return [];
  return [
    [...lead('satisfaction_overall', s.sample ? 'SAMPLE' : null, null), ...satisfied(s.overall)],
    ...s.bySector.map((x) => [...lead('satisfaction_by_sector', x.sector, null), ...satisfied(x)]),
    ...s.byAgency.map((x) => [...lead('satisfaction_by_agency', null, x.name), ...satisfied(x)]),
  ];
}

/** One row per level (group) and the total (group TOTAL): agencies in `total`, inspected in `done`. */
function coverageRows(s: PublicCoverageSection): Cell[][] {
  return [...s.levels, ...(s.total ? [s.total] : [])].map((l) => {
    const row = lead('inspection_coverage', l.level ?? 'TOTAL', null);
    row[4] = l.agencies;
    row[5] = l.inspected;
    return [...row, null, null, null, l.percent, l.target];
  });
}

/**
 * The open-data CSV of a public summary: one table, one row per figure, the section in the first column, so
 * that the same file holds every section (new sections add rows, never columns). Names are Vietnamese.
 */
export function publicSummaryCsv(summary: PublicSummary): string {
  const rows: Cell[][] = [];
  for (const section of summary.sections) {
    if (section.kind === 'PLAN_PROGRESS') {
      for (const a of section.byArea) {
        rows.push(['progress_by_area', null, a.code, a.nameVi, ...counts(a), ...blank(8)]);
      }
      for (const a of section.byAgency) {
        rows.push(['progress_by_agency', null, null, a.name, ...counts(a), ...blank(8)]);
      }
    } else if (section.kind === 'SATISFACTION') {
      rows.push(...satisfactionRows(section));
    } else if (section.kind === 'INSPECTION_COVERAGE') {
      rows.push(...coverageRows(section));
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
          ...blank(5),
        ]);
      }
    }
  }
  const lines = [PUBLIC_CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
