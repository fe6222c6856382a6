import ExcelJS from 'exceljs';
import { xmlSafe } from '../../indicators/formats/measurement-xlsx.columns';
import { columnMatcher, writeHeaderRow, XlsxColumn } from './par-xlsx-sheet';

/**
 * The survey points workbook of a cycle: one row per assessment and SURVEY item, where the coordinator types
 * the satisfaction rate (tỷ lệ hài lòng, %) a survey measured; the import turns it into the item's points
 * (maximum × rate, two decimals). Columns are found by their titles, so a user may reorder or add columns;
 * only the agency (code or name), the item code and the rate are read.
 */
export const SURVEY_SHEET = 'Điểm khảo sát';
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
/** The title row is looked for in the first rows, in case a user inserts a line above it. */
export const HEADER_SEARCH_ROWS = 10;
/** 1,000 agencies × a dozen survey items, with room to spare. */
export const MAX_SURVEY_ROWS = 20_000;

export type SurveyColumnKey =
  'agencyCode' | 'agencyName' | 'itemCode' | 'itemTitle' | 'maxPoints' | 'percent';

export type SurveyColumn = XlsxColumn<SurveyColumnKey>;

export const SURVEY_COLUMNS: readonly SurveyColumn[] = [
  { key: 'agencyCode', header: 'Mã cơ quan', aliases: ['agency code', 'ma don vi'], width: 16 },
  { key: 'agencyName', header: 'Tên cơ quan', aliases: ['agency', 'agency name', 'ten don vi'], width: 44 },
  { key: 'itemCode', header: 'Mã mục', aliases: ['item code', 'ma tieu chi', 'item'], width: 10 },
  { key: 'itemTitle', header: 'Nội dung', aliases: ['title', 'noi dung tieu chi'], width: 56 },
  { key: 'maxPoints', header: 'Điểm tối đa', aliases: ['maximum', 'max points'], width: 12 },
  {
    key: 'percent',
    header: 'Tỷ lệ hài lòng (%)',
    aliases: ['satisfaction', 'satisfaction %', 'ty le hai long %'],
    width: 18,
  },
];

export const surveyColumnOf = columnMatcher(SURVEY_COLUMNS);

export interface SurveyTemplateRow {
  agencyCode: string;
  agencyName: string;
  itemCode: string;
  itemTitle: string;
  maxPoints: number;
}

const NOTE =
  'Nhập tỷ lệ hài lòng (%) từ 0 đến 100, tối đa hai chữ số thập phân (ví dụ 85,5). Điểm = điểm tối đa × tỷ lệ. ' +
  'Dòng để trống không được nhập. Không sửa mã cơ quan, mã mục.';

/** The template of a cycle: every assessment's agency with each SURVEY item of its framework. */
export async function buildParSurveyXlsx(
  cycleName: string,
  rows: readonly SurveyTemplateRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const sheet = workbook.addWorksheet(SURVEY_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, activeCell: `F${FIRST_DATA_ROW}` }],
  });
  // Codes as text, so Excel never turns "2.10" into the number 2.1.
  sheet.columns = SURVEY_COLUMNS.map((c) => ({
    width: c.width,
    style: c.key === 'agencyCode' || c.key === 'itemCode' ? { numFmt: '@' } : {},
  }));
  sheet.getCell(TITLE_ROW, 1).value = xmlSafe(`Điểm khảo sát – ${cycleName}`);
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 14 };
  sheet.getCell(NOTE_ROW, 1).value = NOTE;
  sheet.getCell(NOTE_ROW, 1).font = { italic: true };
  writeHeaderRow(sheet, HEADER_ROW, SURVEY_COLUMNS);
  rows.forEach((r, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    row.values = [r.agencyCode, xmlSafe(r.agencyName), r.itemCode, xmlSafe(r.itemTitle), r.maxPoints, null];
    row.getCell(6).numFmt = '0.00';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
