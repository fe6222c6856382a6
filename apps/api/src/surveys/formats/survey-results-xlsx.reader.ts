import { emptyCounts, foldVietnamese, isSurveyLevel, SURVEY_LEVEL_COUNT } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { MessageKey } from '../../common/i18n/messages';
import { cellText } from '../../common/xlsx/xlsx-cells';
import { readNumber } from '../../indicators/formats/measurement-xlsx.cells';
import { columnLetter } from '../../indicators/formats/measurement-xlsx.columns';
import { findHeaderRow, openParWorkbook, sheetNamedOrOnly } from '../../par-index/formats/par-xlsx-sheet';
import {
  agencyColumnOf,
  COUNTS_COLUMNS,
  COUNTS_SHEET,
  countsColumnOf,
  CountsColumnKey,
  HEADER_SEARCH_ROWS,
  MAX_CELL_COUNT,
  MAX_SURVEY_XLSX_ROWS,
  RESPONDENTS_SHEET,
} from './survey-results-xlsx';

/** Something wrong in the file, where the user finds it: Excel row and column letter (null: the whole file). */
export interface SurveyXlsxProblem {
  line: number | null;
  column: string | null;
  key: MessageKey;
  params: Record<string, string | number>;
}

/** What a file says about one agency: its counts by question code, and how many people answered. */
export interface SurveyXlsxAgency {
  agencyCode: string | null;
  agencyName: string | null;
  /** The first row naming it, where an unknown agency is reported */
  line: number;
  column: string | null;
  respondents: number;
  byQuestion: Map<string, number[]>;
}

export interface SurveyXlsxParse {
  agencies: SurveyXlsxAgency[];
  /** Respondents (RESPONDENTS) or count rows (COUNTS) read */
  rows: number;
  problems: SurveyXlsxProblem[];
}

const problem = (
  line: number | null,
  column: string | null,
  key: MessageKey,
  params: Record<string, string | number> = {},
): SurveyXlsxProblem => ({ line, column, key, params });

const failed = (p: SurveyXlsxProblem): SurveyXlsxParse => ({ agencies: [], rows: 0, problems: [p] });

/** The sheet and its title row, or the one problem that stops the reading. */
async function openSheet<K extends string>(
  buffer: Buffer,
  sheetName: string,
  columnOf: (text: string) => K | null,
) {
  const opened = await openParWorkbook(buffer);
  if (!(opened instanceof ExcelJS.Workbook)) return problem(null, null, opened.key, opened.params);
  const sheet = sheetNamedOrOnly(opened, sheetName);
  if (!sheet) return problem(null, null, 'surveyXlsx.missingSheet', { sheet: sheetName });
  const header = findHeaderRow(sheet, columnOf, HEADER_SEARCH_ROWS);
  if (!header) return problem(null, null, 'surveyXlsx.missingHeader', { header: 'Mã cơ quan' });
  return { sheet, header };
}

/** Groups rows by agency (its code, else its folded name), keeping the first row that names it. */
class AgencyBlocks {
  private readonly byKey = new Map<string, SurveyXlsxAgency>();

  get(code: string | null, name: string | null, line: number, column: string | null): SurveyXlsxAgency {
    const key = code !== null ? `code:${code.toUpperCase()}` : `name:${foldVietnamese(name ?? '')}`;
    let block = this.byKey.get(key);
    if (!block) {
      block = { agencyCode: code, agencyName: name, line, column, respondents: 0, byQuestion: new Map() };
      this.byKey.set(key, block);
    }
    return block;
  }

  all(): SurveyXlsxAgency[] {
    return [...this.byKey.values()];
  }
}

function countsOf(block: SurveyXlsxAgency, questionCode: string): number[] {
  let counts = block.byQuestion.get(questionCode);
  if (!counts) block.byQuestion.set(questionCode, (counts = emptyCounts()));
  return counts;
}

/**
 * One row per respondent: the agency (code or name) and a column per question, titled with its code, holding
 * 1–5 or nothing. Every question of the survey must have its column; other columns are the user's own. A row
 * with no answer at all is no respondent (a prefilled template row). Total: never throws.
 */
export async function parseRespondentsXlsx(
  buffer: Buffer,
  questionCodes: readonly string[],
): Promise<SurveyXlsxParse> {
  const codes = new Set(questionCodes);
  const columnOf = (text: string) =>
    agencyColumnOf(text) ?? (codes.has(text.trim()) ? `q:${text.trim()}` : null);
  const opened = await openSheet(buffer, RESPONDENTS_SHEET, columnOf);
  if (!('sheet' in opened)) return failed(opened);
  const { sheet, header } = opened;
  const agencyColumn = header.columns.get('agencyCode') ?? header.columns.get('agencyName');
  if (agencyColumn === undefined)
    return failed(problem(header.line, null, 'surveyXlsx.missingHeader', { header: 'Mã cơ quan' }));
  const missing = questionCodes.find((code) => !header.columns.has(`q:${code}`));
  if (missing !== undefined)
    return failed(problem(header.line, null, 'surveyXlsx.missingQuestion', { code: missing }));

  const questions = questionCodes.map((code) => ({ code, column: header.columns.get(`q:${code}`) ?? 0 }));
  const out: SurveyXlsxParse = { agencies: [], rows: 0, problems: [] };
  const blocks = new AgencyBlocks();
  const text = (row: ExcelJS.Row, key: 'agencyCode' | 'agencyName') => {
    const column = header.columns.get(key);
    return column === undefined ? null : cellText(row.getCell(column));
  };
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line <= header.line) return;
    const levels: number[] = [];
    const before = out.problems.length;
    for (const q of questions) {
      const read = readNumber(row.getCell(q.column));
      if (read.kind === 'blank') levels.push(0);
      else if (read.kind === 'number' && isSurveyLevel(read.value)) levels.push(read.value);
      else
        out.problems.push(
          problem(line, columnLetter(q.column), 'surveyXlsx.answer', {
            value: read.kind === 'invalid' ? read.text : String(read.value),
          }),
        );
    }
    if (out.problems.length === before && levels.every((level) => level === 0)) return;
    out.rows++;
    if (out.rows === MAX_SURVEY_XLSX_ROWS + 1)
      out.problems.push(problem(line, null, 'surveyXlsx.tooManyRows', { max: MAX_SURVEY_XLSX_ROWS }));
    if (out.rows > MAX_SURVEY_XLSX_ROWS) return;
    const code = text(row, 'agencyCode');
    const name = text(row, 'agencyName');
    if (code === null && name === null)
      out.problems.push(problem(line, columnLetter(agencyColumn), 'surveyXlsx.missingAgency'));
    if (out.problems.length > before) return;
    const block = blocks.get(code, name, line, columnLetter(agencyColumn));
    block.respondents++;
    questions.forEach((q, i) => countsOf(block, q.code)[levels[i]]++);
  });
  return finish(out, blocks, header.line);
}

/**
 * One row per agency and question, with the number of answers at each level (blank = 0) and, optionally,
 * of those who left it blank. Rows without any count are skipped (an unfilled template row). An agency's
 * respondents are the most answers (blanks included) any of its questions got.
 */
export async function parseCountsXlsx(
  buffer: Buffer,
  questionCodes: readonly string[],
): Promise<SurveyXlsxParse> {
  const opened = await openSheet(buffer, COUNTS_SHEET, countsColumnOf);
  if (!('sheet' in opened)) return failed(opened);
  const { sheet, header } = opened;
  const columns = header.columns as Map<CountsColumnKey, number>;
  const required: CountsColumnKey[] = ['questionCode', 'level1', 'level2', 'level3', 'level4', 'level5'];
  if (!columns.has('agencyName')) required.unshift('agencyCode');
  const absent = required.find((k) => !columns.has(k));
  if (absent !== undefined)
    return failed(
      problem(header.line, null, 'surveyXlsx.missingHeader', {
        header: COUNTS_COLUMNS.find((c) => c.key === absent)?.header ?? absent,
      }),
    );
  const codes = new Set(questionCodes);
  const letter = (key: CountsColumnKey) => columnLetter(columns.get(key) ?? 0);
  const out: SurveyXlsxParse = { agencies: [], rows: 0, problems: [] };
  const blocks = new AgencyBlocks();
  const seen = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line <= header.line) return;
    const counts = emptyCounts();
    let filled = false;
    const before = out.problems.length;
    for (let level = 0; level <= SURVEY_LEVEL_COUNT; level++) {
      const column = columns.get(`level${level}`);
      if (column === undefined) continue;
      const read = readNumber(row.getCell(column));
      if (read.kind === 'blank') continue;
      filled = true;
      if (
        read.kind === 'number' &&
        Number.isInteger(read.value) &&
        read.value >= 0 &&
        read.value <= MAX_CELL_COUNT
      )
        counts[level] = read.value;
      else
        out.problems.push(
          problem(line, columnLetter(column), 'surveyXlsx.count', {
            value: read.kind === 'invalid' ? read.text : String(read.value),
            max: MAX_CELL_COUNT,
          }),
        );
    }
    if (!filled) return;
    out.rows++;
    if (out.rows === MAX_SURVEY_XLSX_ROWS + 1)
      out.problems.push(problem(line, null, 'surveyXlsx.tooManyRows', { max: MAX_SURVEY_XLSX_ROWS }));
    if (out.rows > MAX_SURVEY_XLSX_ROWS) return;
    const text = (key: CountsColumnKey) => {
      const column = columns.get(key);
      return column === undefined ? null : cellText(row.getCell(column));
    };
    const code = text('agencyCode');
    const name = text('agencyName');
    const questionCode = text('questionCode');
    const agencyLetter = letter(columns.has('agencyCode') ? 'agencyCode' : 'agencyName');
    if (code === null && name === null)
      out.problems.push(problem(line, agencyLetter, 'surveyXlsx.missingAgency'));
    if (questionCode === null)
      out.problems.push(problem(line, letter('questionCode'), 'surveyXlsx.missingQuestionCode'));
    else if (!codes.has(questionCode))
      out.problems.push(
        problem(line, letter('questionCode'), 'surveyXlsx.unknownQuestion', { code: questionCode }),
      );
    if (out.problems.length > before || questionCode === null) return;
    const block = blocks.get(code, name, line, agencyLetter);
    const key = `${block.line}|${questionCode}`;
    const first = seen.get(key);
    if (first !== undefined) {
      out.problems.push(problem(line, letter('questionCode'), 'surveyXlsx.duplicateRow', { line: first }));
      return;
    }
    seen.set(key, line);
    block.byQuestion.set(questionCode, counts);
    block.respondents = Math.max(
      block.respondents,
      counts.reduce((a, b) => a + b, 0),
    );
  });
  return finish(out, blocks, header.line);
}

function finish(out: SurveyXlsxParse, blocks: AgencyBlocks, headerLine: number): SurveyXlsxParse {
  out.agencies = blocks.all();
  if (out.problems.length === 0 && out.rows === 0)
    out.problems.push(problem(headerLine + 1, null, 'surveyXlsx.noRows'));
  return out;
}
