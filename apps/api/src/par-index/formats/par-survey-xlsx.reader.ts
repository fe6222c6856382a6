import { isValidPoints } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { MessageKey } from '../../common/i18n/messages';
import { cellText } from '../../common/xlsx/xlsx-cells';
import { readNumber } from '../../indicators/formats/measurement-xlsx.cells';
import { columnLetter } from '../../indicators/formats/measurement-xlsx.columns';
import {
  HEADER_SEARCH_ROWS,
  MAX_SURVEY_ROWS,
  SURVEY_COLUMNS,
  SURVEY_SHEET,
  surveyColumnOf,
  SurveyColumnKey,
} from './par-survey-xlsx';
import { findHeaderRow, openParWorkbook, sheetNamedOrOnly } from './par-xlsx-sheet';

/** Something wrong in the file, where the user finds it: Excel row and column letter (null: the whole file). */
export interface ParSurveyXlsxProblem {
  line: number | null;
  column: string | null;
  key: MessageKey;
  params: Record<string, string | number>;
}

/** A row with a rate, as typed: the agency by code or name, the item code, the rate in %. */
export interface ParSurveyXlsxRow {
  line: number;
  agencyCode: string | null;
  agencyName: string | null;
  itemCode: string;
  percent: number;
}

export interface ParSurveyXlsxParse {
  rows: ParSurveyXlsxRow[];
  /** Rows of the template left without a rate: nothing to import for them. */
  skipped: number;
  problems: ParSurveyXlsxProblem[];
  /** Column letters, so the service can name the cell of the problems it finds. */
  letters: ReadonlyMap<SurveyColumnKey, string>;
}

const problem = (
  line: number | null,
  column: string | null,
  key: MessageKey,
  params: Record<string, string | number> = {},
): ParSurveyXlsxProblem => ({ line, column, key, params });

const failed = (p: ParSurveyXlsxProblem): ParSurveyXlsxParse => ({
  rows: [],
  skipped: 0,
  problems: [p],
  letters: new Map(),
});

const headerOf = (key: SurveyColumnKey) => SURVEY_COLUMNS.find((c) => c.key === key)?.header ?? key;

/**
 * Reads a survey points file (par-survey-xlsx.ts). Total: bytes that are no readable workbook give one
 * problem, never a throw. Each row is checked on its own cells (a rate between 0 and 100 with at most two
 * decimals, an agency, an item code); whether the agency and the item exist is the service's to say. The
 * sheet is found by name, or is the only sheet of the file.
 */
export async function parseParSurveyXlsx(buffer: Buffer): Promise<ParSurveyXlsxParse> {
  const opened = await openParWorkbook(buffer);
  if (!(opened instanceof ExcelJS.Workbook)) return failed(problem(null, null, opened.key, opened.params));
  const sheet = sheetNamedOrOnly(opened, SURVEY_SHEET);
  if (!sheet) return failed(problem(null, null, 'parSurvey.missingSheet', { sheet: SURVEY_SHEET }));
  const header = findHeaderRow(sheet, surveyColumnOf, HEADER_SEARCH_ROWS);
  const columns = header?.columns ?? new Map<SurveyColumnKey, number>();
  const letters = new Map([...columns].map(([k, c]) => [k, columnLetter(c)]));
  const missing: SurveyColumnKey[] = ['itemCode', 'percent'];
  if (!columns.has('agencyCode') && !columns.has('agencyName')) missing.unshift('agencyCode');
  const absent = missing.filter((k) => !columns.has(k));
  if (header === null || absent.length > 0)
    return {
      ...failed(
        problem(header?.line ?? null, null, 'parSurvey.missingHeader', {
          header: headerOf(absent[0] ?? 'percent'),
        }),
      ),
      letters,
    };

  const out: ParSurveyXlsxParse = { rows: [], skipped: 0, problems: [], letters };
  const text = (row: ExcelJS.Row, k: SurveyColumnKey) => {
    const column = columns.get(k);
    return column === undefined ? null : cellText(row.getCell(column));
  };
  const at = (k: SurveyColumnKey) => letters.get(k) ?? null;
  let counted = 0;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line <= header.line) return;
    const agencyCode = text(row, 'agencyCode');
    const agencyName = text(row, 'agencyName');
    const itemCode = text(row, 'itemCode');
    const percentColumn = columns.get('percent') ?? 0;
    const rate = readNumber(row.getCell(percentColumn));
    if (rate.kind === 'blank') {
      if (agencyCode !== null || agencyName !== null || itemCode !== null) out.skipped++;
      return;
    }
    counted++;
    if (counted === MAX_SURVEY_ROWS + 1)
      out.problems.push(problem(line, null, 'parSurvey.tooManyRows', { max: MAX_SURVEY_ROWS }));
    if (counted > MAX_SURVEY_ROWS) return;
    const before = out.problems.length;
    if (agencyCode === null && agencyName === null)
      out.problems.push(problem(line, at('agencyCode') ?? at('agencyName'), 'parSurvey.missingAgency'));
    if (itemCode === null) out.problems.push(problem(line, at('itemCode'), 'parSurvey.missingItem'));
    const percent = rate.kind === 'number' ? rate.value : null;
    if (percent === null || !isValidPoints(percent) || percent > 100)
      out.problems.push(
        problem(line, at('percent'), 'parSurvey.percent', {
          value: rate.kind === 'invalid' ? rate.text : String(rate.value),
        }),
      );
    if (out.problems.length === before && percent !== null && itemCode !== null)
      out.rows.push({ line, agencyCode, agencyName, itemCode, percent });
  });
  if (out.problems.length === 0 && out.rows.length === 0)
    out.problems.push(problem(header.line + 1, at('percent'), 'parSurvey.noRows'));
  return out;
}
