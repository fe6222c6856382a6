import { checkBands, DEFAULT_PAR_BANDS, isValidPoints, ParBand, ParTargetGroup } from '@partrack/shared';
import type ExcelJS from 'exceljs';
import { CellRead, readRows, SheetRow } from '../../common/xlsx/xlsx-cells';
import { columnLetter } from '../../indicators/formats/measurement-xlsx.columns';
import {
  BAND_HEADERS,
  DEFAULT_TOTAL,
  headerKey,
  INFO_LABELS,
  INFO_SHEET,
  INFO_VALUE_COLUMN,
  InfoField,
  infoFieldOf,
  PAR_XLSX_LIMITS as LIMITS,
  targetGroupOf,
} from './par-framework-xlsx.columns';
import { ParFrameworkXlsxProblem, parXlsxProblem, ParXlsxMessageKey } from './par-framework-xlsx.messages';
import { parsePointsText } from './par-framework-xlsx.scale';

export interface InfoRead {
  name: string | null;
  targetGroup: ParTargetGroup | null;
  /** Null when the cell holds no valid total: the items cannot be checked against it then. */
  totalPoints: number | null;
  /** The Excel row of "Tổng điểm", where a total the items do not add up to is reported. */
  totalLine: number | null;
  bands: ParBand[];
  problems: ParFrameworkXlsxProblem[];
}

type Params = Record<string, string | number>;
const VALUE_LETTER = columnLetter(INFO_VALUE_COLUMN);
/** Each band column's folded titles: the template's, then English. */
const BAND_KEYS: readonly (readonly string[])[] = [
  ['code'],
  ['name', 'label'],
  ['min index', 'from index'],
].map((aliases, i) => [headerKey(BAND_HEADERS[i] ?? ''), ...aliases]);

function cellText(row: SheetRow, column: number): string | null {
  return row.cells.get(column)?.text ?? null;
}

/** The band table starts under the row titled "Mã | Tên | Từ chỉ số". */
function isBandHeader(row: SheetRow): boolean {
  return BAND_KEYS.every((keys, i) => keys.includes(headerKey(cellText(row, i + 1) ?? '')));
}

function numberOf(cell: CellRead | undefined): number | null {
  if (cell === undefined || cell.text === null) return null;
  return cell.numeric ? Number(cell.text) : parsePointsText(cell.text);
}

function readTotal(row: SheetRow | undefined, out: InfoRead): void {
  out.totalLine = row?.line ?? null;
  const cell = row?.cells.get(INFO_VALUE_COLUMN);
  // An empty or missing total is the usual 100 points, as in the framework editor.
  if (row === undefined || cell === undefined || cell.text === null) {
    out.totalPoints = DEFAULT_TOTAL;
    return;
  }
  const total = numberOf(cell);
  if (total === null || !isValidPoints(total) || total <= 0 || total > LIMITS.points) {
    const params = { value: cell.text, max: LIMITS.points };
    out.problems.push(parXlsxProblem(INFO_SHEET, row.line, VALUE_LETTER, 'parXlsx.total', params));
    out.totalPoints = null;
  } else out.totalPoints = total;
}

function readLabels(rows: readonly SheetRow[], out: InfoRead): void {
  const found = new Map<InfoField, SheetRow>();
  for (const row of rows) {
    const label = cellText(row, 1);
    const field = label === null ? null : infoFieldOf(label);
    if (field !== null && !found.has(field)) found.set(field, row);
  }
  const problem = (line: number, key: ParXlsxMessageKey, params: Params = {}) =>
    out.problems.push(parXlsxProblem(INFO_SHEET, line, VALUE_LETTER, key, params));
  const missing = (field: InfoField) =>
    out.problems.push(
      parXlsxProblem(INFO_SHEET, null, null, 'parXlsx.missingHeader', { header: INFO_LABELS[field] }),
    );
  const nameRow = found.get('name');
  const name = nameRow === undefined ? null : cellText(nameRow, INFO_VALUE_COLUMN);
  if (nameRow === undefined) missing('name');
  else if (name === null) problem(nameRow.line, 'parXlsx.name');
  else if (name.length > LIMITS.name) problem(nameRow.line, 'parXlsx.tooLong', { max: LIMITS.name });
  else out.name = name;
  const groupRow = found.get('targetGroup');
  const group = groupRow === undefined ? null : cellText(groupRow, INFO_VALUE_COLUMN);
  out.targetGroup = group === null ? null : targetGroupOf(group);
  if (groupRow === undefined) missing('targetGroup');
  else if (out.targetGroup === null) problem(groupRow.line, 'parXlsx.targetGroup', { value: group ?? '' });
  readTotal(found.get('total'), out);
}

/** A row of the band table, or null after reporting it: code, name and a minimum within 0–100. */
function bandOf(row: SheetRow, out: InfoRead): ParBand | null {
  const code = cellText(row, 1);
  const label = cellText(row, 2);
  const minIndex = numberOf(row.cells.get(3));
  const wrong = [
    code === null || code.length > LIMITS.bandCode,
    label === null || label.length > LIMITS.bandLabel,
    minIndex === null || !Number.isFinite(minIndex) || minIndex < 0 || minIndex > 100,
  ].indexOf(true);
  if (wrong < 0 && code !== null && label !== null && minIndex !== null) return { code, label, minIndex };
  const params = { codeMax: LIMITS.bandCode, labelMax: LIMITS.bandLabel };
  out.problems.push(parXlsxProblem(INFO_SHEET, row.line, columnLetter(wrong + 1), 'parXlsx.band', params));
  return null;
}

/**
 * Rows under the band title row; none (or no table at all) gives the default A/B/C/D bands, as the
 * framework editor does. Duplicates are reported on the later row, as `checkBands` finds them.
 */
function readBands(rows: readonly SheetRow[], out: InfoRead): void {
  const bandRows = rows.filter((r) => [1, 2, 3].some((c) => r.cells.has(c)));
  const over = bandRows[LIMITS.bands];
  if (over !== undefined) {
    const params = { max: LIMITS.bands };
    out.problems.push(parXlsxProblem(INFO_SHEET, over.line, null, 'parXlsx.tooManyBands', params));
    return;
  }
  const read = bandRows.map((row) => ({ line: row.line, band: bandOf(row, out) }));
  const bands = read.flatMap((r) => (r.band === null ? [] : [{ line: r.line, band: r.band }]));
  for (const p of checkBands(bands.map((b) => b.band))) {
    if (p.kind === 'noBands' || p.kind === 'minimumOutOfRange') continue; // empty: defaults; range: above
    const at = bands[p.index];
    if (at === undefined) continue;
    const [key, column, params]: [ParXlsxMessageKey, number, Params] =
      p.kind === 'duplicateCode'
        ? ['parXlsx.bandDuplicateCode', 1, { code: at.band.code }]
        : ['parXlsx.bandDuplicateMinimum', 3, { minIndex: at.band.minIndex }];
    out.problems.push(parXlsxProblem(INFO_SHEET, at.line, columnLetter(column), key, params));
  }
  out.bands = bandRows.length === 0 ? DEFAULT_PAR_BANDS.map((b) => ({ ...b })) : bands.map((b) => b.band);
}

/**
 * Sheet "Thông tin": label | value rows found by their labels (column A), then the band table. Year and
 * revision rows are for the reader's eyes only: the import takes them from the caller.
 */
export function readInfo(sheet: ExcelJS.Worksheet): InfoRead {
  const rows = readRows(sheet);
  const out: InfoRead = {
    name: null,
    targetGroup: null,
    totalPoints: null,
    totalLine: null,
    bands: [],
    problems: [],
  };
  const bandHeader = rows.findIndex(isBandHeader);
  readLabels(bandHeader < 0 ? rows : rows.slice(0, bandHeader), out);
  readBands(bandHeader < 0 ? [] : rows.slice(bandHeader + 1), out);
  return out;
}
