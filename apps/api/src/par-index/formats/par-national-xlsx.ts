import ExcelJS from 'exceljs';
import { xmlSafe } from '../../indicators/formats/measurement-xlsx.columns';
import { columnMatcher, writeHeaderRow, XlsxColumn } from './par-xlsx-sheet';

/**
 * The Ministry's points workbook of the province's national self-assessment: every item of the framework with
 * its maximum and the province's own score, and an empty column where Sở Nội vụ types the points the Ministry
 * of Home Affairs published (điểm Bộ Nội vụ thẩm định), with an optional remark. Columns are found by their
 * titles, so a user may reorder or add columns; only the code, the points and the remark are read.
 */
export const NATIONAL_SHEET = 'Điểm thẩm định';
export const NATIONAL_GUIDE_SHEET = 'Hướng dẫn';
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
/** The title row is looked for in the first rows, in case a user inserts a line above it. */
export const HEADER_SEARCH_ROWS = 10;
/** A framework holds at most 500 items; twice that leaves room for a user's notes. */
export const MAX_NATIONAL_ROWS = 1000;
/** As RecordParNationalAppraisalInput's remark. */
export const MAX_REASON_LENGTH = 4000;

export type NationalColumnKey = 'code' | 'title' | 'maxPoints' | 'selfPoints' | 'points' | 'reason';

export const NATIONAL_COLUMNS: readonly XlsxColumn<NationalColumnKey>[] = [
  { key: 'code', header: 'Mã', aliases: ['code', 'ma muc', 'ma tieu chi', 'item code'], width: 10 },
  { key: 'title', header: 'Nội dung', aliases: ['title', 'tieu chi', 'criterion'], width: 60 },
  { key: 'maxPoints', header: 'Điểm tối đa', aliases: ['maximum', 'max points'], width: 12 },
  {
    key: 'selfPoints',
    header: 'Điểm tự đánh giá',
    aliases: ['self-score', 'self score', 'diem tu cham'],
    width: 14,
  },
  {
    key: 'points',
    header: 'Điểm Bộ Nội vụ thẩm định',
    aliases: ['ministry points', "ministry's points", 'diem tham dinh', 'diem bo noi vu'],
    width: 16,
  },
  {
    key: 'reason',
    header: 'Ý kiến của Bộ Nội vụ',
    aliases: ['ministry remark', "ministry's remark", 'remark', 'y kien', 'ghi chu'],
    width: 40,
  },
];

export const nationalColumnOf = columnMatcher(NATIONAL_COLUMNS);

export const nationalHeaderOf = (key: NationalColumnKey) =>
  NATIONAL_COLUMNS.find((c) => c.key === key)?.header ?? key;

export interface NationalTemplateItem {
  code: string;
  title: string;
  maxPoints: number;
  selfPoints: number | null;
  /** A leaf with a scoring method: the Ministry gives it points; parents add up their children. */
  scored: boolean;
}

export interface NationalTemplateMeta {
  year: number;
  /** "Quảng Nam" */
  place: string;
  frameworkName: string;
}

const NOTE =
  'Nhập điểm Bộ Nội vụ thẩm định cho mọi dòng có nền trắng, tối đa hai chữ số thập phân (ví dụ 0,75), không vượt ' +
  'điểm tối đa. Dòng tô xám là lĩnh vực, tiêu chí có mục con: để trống. Không sửa cột Mã.';

const PARENT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

/** What the reader checks, in the words of the person filling the file. */
const RULES: readonly string[] = [
  `Trang "${NATIONAL_SHEET}" liệt kê mọi mục của bộ tiêu chí theo mã; mỗi mục được chấm (không có mục con) cần một điểm ở cột "${nationalHeaderOf('points')}".`,
  'Điểm là số không âm, không vượt điểm tối đa của mục, tối đa hai chữ số thập phân; dùng dấu phẩy hoặc dấu chấm ("0,5" hay "0.5"). Bộ Nội vụ không bị ràng buộc bởi thang điểm của tỉnh.',
  'Lĩnh vực và tiêu chí có mục con (dòng tô xám) để trống: điểm của chúng là tổng các mục con.',
  `Cột "${nationalHeaderOf('reason')}" không bắt buộc: ý kiến, nhận xét của Bộ về mục đó (tối đa ${MAX_REASON_LENGTH} ký tự).`,
  'Không sửa, không lặp lại mã; có thể đổi thứ tự dòng, thứ tự cột, thêm cột ghi chú riêng. Cột Mã định dạng Văn bản để "1.10" không bị đổi thành 1.1.',
  'Tệp có lỗi thì không điểm nào được ghi; mọi lỗi được báo kèm dòng và cột để sửa một lần. Nhập thành công thì kết quả tự đánh giá được chốt theo điểm của Bộ.',
];

/** The template of one national assessment: every item in code order, parents shaded. */
export async function buildParNationalXlsx(
  meta: NationalTemplateMeta,
  items: readonly NationalTemplateItem[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const sheet = workbook.addWorksheet(NATIONAL_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, activeCell: `E${FIRST_DATA_ROW}` }],
  });
  // Codes as text, so Excel never turns "2.10" into the number 2.1.
  sheet.columns = NATIONAL_COLUMNS.map((c) => ({
    width: c.width,
    style: c.key === 'code' ? { numFmt: '@' } : {},
  }));
  sheet.getCell(TITLE_ROW, 1).value = xmlSafe(
    `Điểm Bộ Nội vụ thẩm định Chỉ số cải cách hành chính năm ${meta.year} của tỉnh ${meta.place} – ${meta.frameworkName}`,
  );
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 14 };
  sheet.getCell(NOTE_ROW, 1).value = NOTE;
  sheet.getCell(NOTE_ROW, 1).font = { italic: true };
  writeHeaderRow(sheet, HEADER_ROW, NATIONAL_COLUMNS);
  items.forEach((item, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    row.values = [item.code, xmlSafe(item.title), item.maxPoints, item.selfPoints, null, null];
    for (const column of [3, 4, 5]) row.getCell(column).numFmt = '0.00';
    if (!item.scored) {
      row.font = { bold: true };
      for (let column = 1; column <= NATIONAL_COLUMNS.length; column++)
        row.getCell(column).fill = PARENT_FILL;
    }
  });
  const guide = workbook.addWorksheet(NATIONAL_GUIDE_SHEET);
  guide.columns = [{ width: 6 }, { width: 110 }];
  guide.getCell(1, 1).value = 'Hướng dẫn nhập điểm Bộ Nội vụ thẩm định';
  guide.getCell(1, 1).font = { bold: true, size: 14 };
  RULES.forEach((rule, i) => {
    const row = guide.getRow(3 + i);
    row.values = [i + 1, rule];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
