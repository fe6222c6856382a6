import { SURVEY_LEVEL_LABELS, SURVEY_LEVELS } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { xmlSafe } from '../../indicators/formats/measurement-xlsx.columns';
import { columnMatcher, writeHeaderRow, XlsxColumn } from '../../par-index/formats/par-xlsx-sheet';

/**
 * The two workbooks of survey results, each one sheet found by its name (or the only sheet):
 * - RESPONDENTS ("Phiếu trả lời"): one row per respondent, the agency asked about, then one column per question
 *   titled with the question's code, holding 1–5 or nothing (no answer);
 * - COUNTS ("Số lượt trả lời"): one row per agency and question, with how many answers each level got.
 * Both end as counts per agency, question and level; an import replaces the counts of the agencies it names.
 */
export const RESPONDENTS_SHEET = 'Phiếu trả lời';
export const COUNTS_SHEET = 'Số lượt trả lời';
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
export const HEADER_SEARCH_ROWS = 10;
/** Respondents or count rows in one file: a year of a busy province's desks, with room to spare. */
export const MAX_SURVEY_XLSX_ROWS = 20_000;
/** A count of one cell: more than any desk sees in a year, so a typo (an extra 0 or two) is caught. */
export const MAX_CELL_COUNT = 1_000_000;

export type AgencyColumnKey = 'agencyCode' | 'agencyName';
export type CountsColumnKey = AgencyColumnKey | 'questionCode' | 'questionText' | `level${number}`;

const AGENCY_COLUMNS: readonly XlsxColumn<AgencyColumnKey>[] = [
  { key: 'agencyCode', header: 'Mã cơ quan', aliases: ['agency code', 'ma don vi'], width: 16 },
  { key: 'agencyName', header: 'Tên cơ quan', aliases: ['agency', 'agency name', 'ten don vi'], width: 40 },
];

/** Level 0 is "no answer"; levels 1–5 are titled with their labels ("Hài lòng (4)"). */
export const COUNTS_COLUMNS: readonly XlsxColumn<CountsColumnKey>[] = [
  ...AGENCY_COLUMNS,
  { key: 'questionCode', header: 'Mã câu hỏi', aliases: ['question code', 'question', 'cau hoi'], width: 12 },
  { key: 'questionText', header: 'Nội dung câu hỏi', aliases: ['question text', 'noi dung'], width: 56 },
  ...SURVEY_LEVELS.map((level) => ({
    key: `level${level}` as const,
    header: `${SURVEY_LEVEL_LABELS[level].vi} (${level})`,
    aliases: [SURVEY_LEVEL_LABELS[level].vi, SURVEY_LEVEL_LABELS[level].en, `muc ${level}`, `level ${level}`],
    width: 14,
  })),
  { key: 'level0', header: 'Không trả lời', aliases: ['no answer', 'khong tra loi', 'bo trong'], width: 14 },
];

export const agencyColumnOf = columnMatcher(AGENCY_COLUMNS);
export const countsColumnOf = columnMatcher(COUNTS_COLUMNS);

export interface TemplateQuestion {
  code: string;
  text: string;
}

export interface TemplateAgency {
  code: string;
  name: string;
}

function sheetWithTitle(workbook: ExcelJS.Workbook, name: string, title: string, note: string) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.getCell(TITLE_ROW, 1).value = xmlSafe(title);
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 14 };
  sheet.getCell(NOTE_ROW, 1).value = note;
  sheet.getCell(NOTE_ROW, 1).font = { italic: true };
  return sheet;
}

const RESPONDENTS_NOTE =
  'Mỗi dòng là một phiếu. Ô câu hỏi ghi 1 (rất không hài lòng) đến 5 (rất hài lòng); để trống nếu không trả lời. ' +
  'Không sửa mã câu hỏi ở dòng tiêu đề.';
const COUNTS_NOTE =
  'Mỗi dòng là một câu hỏi của một cơ quan: ghi số lượt trả lời ở từng mức (số nguyên, để trống là 0). ' +
  'Không sửa mã cơ quan, mã câu hỏi.';

/** One row per respondent: agency columns (filled for the survey's agency), then a column per question code. */
export async function buildRespondentsXlsx(
  title: string,
  questions: readonly TemplateQuestion[],
  agency: TemplateAgency | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const sheet = sheetWithTitle(workbook, RESPONDENTS_SHEET, title, RESPONDENTS_NOTE);
  sheet.columns = [
    ...AGENCY_COLUMNS.map((c) => ({ width: c.width, style: { numFmt: '@' } })),
    ...questions.map(() => ({ width: 8 })),
  ];
  writeHeaderRow(sheet, HEADER_ROW, [
    ...AGENCY_COLUMNS,
    ...questions.map((q) => ({ key: q.code, header: q.code, aliases: [], width: 8 })),
  ]);
  // The question's text as the header cell's note, so the code stays what the import reads.
  questions.forEach(
    (q, i) => (sheet.getCell(HEADER_ROW, AGENCY_COLUMNS.length + 1 + i).note = xmlSafe(q.text)),
  );
  if (agency) sheet.getRow(FIRST_DATA_ROW).values = [agency.code, xmlSafe(agency.name)];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One row per agency and question, with a column per level; prefilled for the agencies given. */
export async function buildCountsXlsx(
  title: string,
  questions: readonly TemplateQuestion[],
  agencies: readonly TemplateAgency[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const sheet = sheetWithTitle(workbook, COUNTS_SHEET, title, COUNTS_NOTE);
  sheet.columns = COUNTS_COLUMNS.map((c) => ({
    width: c.width,
    style: c.key === 'agencyCode' || c.key === 'questionCode' ? { numFmt: '@' } : {},
  }));
  writeHeaderRow(sheet, HEADER_ROW, COUNTS_COLUMNS);
  const rows = (agencies.length ? agencies : [{ code: '', name: '' }]).flatMap((a) =>
    questions.map((q) => [a.code, xmlSafe(a.name), q.code, xmlSafe(q.text)]),
  );
  rows.forEach((values, i) => (sheet.getRow(FIRST_DATA_ROW + i).values = values));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
