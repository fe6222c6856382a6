import ExcelJS from 'exceljs';
import { cellText } from '../../common/xlsx/xlsx-cells';
import {
  IndicatorColumn,
  MeasurementPart,
  META_SHEET,
  PART_LABELS,
  TEMPLATE_ID,
  xmlSafe,
} from './measurement-xlsx.columns';

/**
 * What the template knows about its own layout, kept in a very hidden sheet so the reader trusts
 * positions it wrote rather than header text people may retype. One record per row, its kind in column A:
 *   template | <TEMPLATE_ID>          planCode | <code>          period | 2022-Q1
 *   noteColumn | <n>                  column | <n> | <indicator code> | value|numerator|denominator
 *   skip | <agency code> | <indicator code>   (a pair that needs no figure: its cells are ignored)
 */
export interface TemplateMeta {
  planCode: string;
  period: string;
  noteColumn: number;
  columns: IndicatorColumn[];
  /** See {@link skipKey}. */
  skipped: ReadonlySet<string>;
}

export type MetaRead = { meta: TemplateMeta } | { failure: string };

/** Agency and indicator codes never hold a line break, so it separates them unambiguously. */
export function skipKey(agencyCode: string, indicatorCode: string): string {
  return `${agencyCode}\n${indicatorCode}`;
}

export function addMetaSheet(workbook: ExcelJS.Workbook, meta: TemplateMeta): void {
  // Very hidden: Excel's "Unhide" does not list it, so nobody edits the layout by accident.
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  // Cleaned as the figures sheet cleans them, so codes read from either sheet still match.
  const add = (values: ReadonlyArray<string | number>) =>
    sheet.addRow(values.map((v) => (typeof v === 'string' ? xmlSafe(v) : v)));
  add(['template', TEMPLATE_ID]);
  add(['planCode', meta.planCode]);
  add(['period', meta.period]);
  add(['noteColumn', meta.noteColumn]);
  for (const c of meta.columns) add(['column', c.column, c.indicatorCode, c.part]);
  for (const key of meta.skipped) add(['skip', ...key.split('\n')]);
}

function isPart(text: string | null): text is MeasurementPart {
  return text !== null && Object.keys(PART_LABELS).includes(text);
}

interface Draft {
  fields: Map<string, string>;
  columns: IndicatorColumn[];
  skipped: Set<string>;
  broken: number[];
}

function readRecord(row: ExcelJS.Row, line: number, draft: Draft): void {
  const [kind, a, b, c] = [1, 2, 3, 4].map((i) => cellText(row.getCell(i)));
  if (kind === 'column') {
    const column = Number(a);
    if (Number.isInteger(column) && column > 0 && b !== null && isPart(c)) {
      draft.columns.push({ column, indicatorCode: b, part: c });
    } else draft.broken.push(line);
  } else if (kind === 'skip') {
    if (a !== null && b !== null) draft.skipped.add(skipKey(a, b));
    else draft.broken.push(line);
  } else if (kind !== null && a !== null) draft.fields.set(kind, a);
}

function failure(draft: Draft): string | null {
  if (draft.fields.get('template') !== TEMPLATE_ID) {
    return `its "${META_SHEET}" sheet does not name the template ${TEMPLATE_ID}`;
  }
  const missing = ['planCode', 'period', 'noteColumn'].filter((k) => !draft.fields.has(k));
  if (missing.length > 0) return `its "${META_SHEET}" sheet lacks ${missing.join(', ')}`;
  if (draft.broken.length > 0) return `its "${META_SHEET}" sheet is damaged at row ${draft.broken[0]}`;
  return null;
}

/** The layout the template recorded, or why this workbook is not (or no longer) one of its files. */
export function readMeta(workbook: ExcelJS.Workbook): MetaRead {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (sheet === undefined) return { failure: `it has no "${META_SHEET}" sheet` };
  const draft: Draft = { fields: new Map(), columns: [], skipped: new Set(), broken: [] };
  sheet.eachRow({ includeEmpty: false }, (row, line) => readRecord(row, line, draft));
  const problem = failure(draft);
  if (problem !== null) return { failure: problem };
  const noteColumn = Number(draft.fields.get('noteColumn'));
  if (!Number.isInteger(noteColumn) || noteColumn < 1) return { failure: 'its note column is damaged' };
  const planCode = draft.fields.get('planCode') ?? '';
  const period = draft.fields.get('period') ?? '';
  return { meta: { planCode, period, noteColumn, columns: draft.columns, skipped: draft.skipped } };
}
