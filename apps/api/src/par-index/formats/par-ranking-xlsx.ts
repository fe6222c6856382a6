/**
 * The PAR Index ranking as an Excel workbook: one sheet per target group, best first, with the component index
 * of every area, the points, the band and the change against the year before. Layout only: the ranking comes
 * computed (ParRankingService), so the file and the parRanking query cannot disagree.
 */
import { ParTargetGroup } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { xmlSafe } from '../../indicators/formats/measurement-xlsx.columns';
import { uniqueSheetNames } from '../../reports/formats/report-xlsx.builder';

export interface ParOutputArea {
  code: string;
  name: string;
  /** Component index, two decimals */
  index: number;
}

/** One agency's line of the ranking, in words and numbers. */
export interface ParOutputRow {
  rank: number;
  agencyName: string;
  index: number;
  points: number;
  bonus: number;
  penalty: number;
  /** The band's label ("Tốt"), null when the index is under every band */
  band: string | null;
  previousIndex: number | null;
  areas: ParOutputArea[];
}

export interface ParOutputGroup {
  targetGroup: ParTargetGroup;
  /** By rank, then agency name */
  rows: ParOutputRow[];
}

export interface ParRankingWorkbookModel {
  year: number;
  /** ISO date of publication; null while the cycle is OPEN (the results are then provisional) */
  publishedOn: string | null;
  groups: ParOutputGroup[];
}

/** The groups' names in the documents, and the order their sheets come in. */
export const PAR_GROUP_NAMES: Readonly<Record<ParTargetGroup, string>> = {
  [ParTargetGroup.DEPARTMENT]: 'Sở, ban, ngành',
  [ParTargetGroup.DISTRICT]: 'UBND cấp huyện',
  [ParTargetGroup.COMMUNE]: 'UBND cấp xã',
  [ParTargetGroup.PROVINCE]: 'Tỉnh',
};
export const PAR_GROUP_ORDER: readonly ParTargetGroup[] = [
  ParTargetGroup.DEPARTMENT,
  ParTargetGroup.DISTRICT,
  ParTargetGroup.COMMUNE,
  ParTargetGroup.PROVINCE,
];

export const PROVISIONAL_NOTE = 'Kết quả tạm thời — chưa công bố';
export const rankingTitle = (year: number) => `BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`;

// Copied from reports/formats/report-xlsx.builder.ts, where they are private: the same look as the reports.
export const FONT_NAME = 'Times New Roman';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Two decimals, tagged Vietnamese (LCID 042A): LibreOffice then shows "85,50" whatever the reader's locale;
 * Excel shows the separators of the reader's Windows locale, a comma on Vietnamese systems.
 */
export const POINTS_FORMAT = '[$-42A]#,##0.00';
/** A change shows its sign: +2,35 / -1,20 / 0,00. */
export const CHANGE_FORMAT = '[$-42A]+#,##0.00;-#,##0.00;0.00';

/** Title, group, note on rows 1–3; the header row is frozen with them. */
export const RANKING_HEADER_ROW = 4;

/** dd/MM/yyyy from an ISO date, read as text so no time zone can shift it. */
export const dmy = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('/');

export async function buildParRankingXlsx(model: ParRankingWorkbookModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const groups = PAR_GROUP_ORDER.flatMap((g) => model.groups.filter((x) => x.targetGroup === g));
  const names = uniqueSheetNames(groups.map((g) => PAR_GROUP_NAMES[g.targetGroup]));
  groups.forEach((group, i) => addGroupSheet(workbook, names[i], model, group));
  // A workbook without sheets does not open in Excel: say that nobody was assessed.
  if (groups.length === 0) {
    const sheet = workbook.addWorksheet('Xếp hạng');
    titleRows(sheet, [rankingTitle(model.year), 'Chưa có cơ quan nào được đánh giá.', noteOf(model)], 8);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function noteOf(model: ParRankingWorkbookModel): string {
  return model.publishedOn ? `Công bố ngày ${dmy(model.publishedOn)}` : PROVISIONAL_NOTE;
}

/** Area columns in the framework's order; a union, in case rows of one group ever differ. */
function areasOf(rows: readonly ParOutputRow[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) for (const a of row.areas) if (!seen.has(a.code)) seen.set(a.code, a.name);
  return [...seen].map(([code, name]) => ({ code, name }));
}

type Column = { header: string; width: number; value: (r: ParOutputRow) => string | number | null };

function columnsOf(rows: readonly ParOutputRow[]): Column[] {
  const areas = areasOf(rows).map((a): Column => ({
    header: `${a.code}. ${a.name}`,
    width: 14,
    value: (r) => r.areas.find((x) => x.code === a.code)?.index ?? null,
  }));
  return [
    { header: 'Xếp hạng', width: 9, value: (r) => r.rank },
    { header: 'Cơ quan, đơn vị', width: 40, value: (r) => xmlSafe(r.agencyName) },
    ...areas,
    { header: 'Tổng điểm', width: 11, value: (r) => r.points },
    { header: 'Điểm thưởng', width: 10, value: (r) => r.bonus },
    { header: 'Điểm trừ', width: 10, value: (r) => r.penalty },
    { header: 'Chỉ số CCHC', width: 12, value: (r) => r.index },
    { header: 'Xếp loại', width: 14, value: (r) => r.band },
    {
      header: 'Tăng/giảm so với năm trước',
      width: 14,
      // In whole hundredths: 85.1 − 82.35 in floating point is not 2.75.
      value: (r) =>
        r.previousIndex === null
          ? null
          : (Math.round(r.index * 100) - Math.round(r.previousIndex * 100)) / 100,
    },
  ];
}

function addGroupSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  model: ParRankingWorkbookModel,
  group: ParOutputGroup,
): void {
  const sheet = workbook.addWorksheet(name, {
    // Rank and agency stay in view when the area columns scroll by.
    views: [{ state: 'frozen', ySplit: RANKING_HEADER_ROW, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${RANKING_HEADER_ROW}:${RANKING_HEADER_ROW}`;
  const columns = columnsOf(group.rows);
  const caption = `Nhóm: ${PAR_GROUP_NAMES[group.targetGroup]}. Cột lĩnh vực: chỉ số thành phần.`;
  titleRows(sheet, [rankingTitle(model.year), caption, noteOf(model)], columns.length);
  headerRow(sheet, RANKING_HEADER_ROW, columns);
  const changeColumn = columns.length;
  group.rows.forEach((r, i) => {
    const row = sheet.getRow(RANKING_HEADER_ROW + 1 + i);
    columns.forEach((c, k) => {
      const cell = row.getCell(k + 1);
      cell.value = c.value(r);
      cell.font = { name: FONT_NAME, size: 12 };
      cell.border = BORDERS;
      cell.alignment = { vertical: 'top', wrapText: k === 1, horizontal: k === 0 ? 'center' : undefined };
      if (k >= 2 && typeof cell.value === 'number')
        cell.numFmt = k + 1 === changeColumn ? CHANGE_FORMAT : POINTS_FORMAT;
    });
  });
  columns.forEach((c, k) => (sheet.getColumn(k + 1).width = c.width));
}

/** Merged, centred lines above the table; the third (the note) in red while provisional. */
export function titleRows(sheet: ExcelJS.Worksheet, lines: string[], columns: number): void {
  lines.forEach((text, i) => {
    const row = i + 1;
    if (columns > 1) sheet.mergeCells(row, 1, row, columns);
    const cell = sheet.getCell(row, 1);
    cell.value = xmlSafe(text);
    const provisional = text === PROVISIONAL_NOTE;
    cell.font = {
      name: FONT_NAME,
      size: i === 0 ? 13 : 12,
      bold: i === 0 || provisional,
      italic: i > 0,
      color: provisional ? { argb: 'FFC00000' } : undefined,
    };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(1).height = 33;
}

export function headerRow(
  sheet: ExcelJS.Worksheet,
  at: number,
  columns: readonly { header: string }[],
): void {
  const row = sheet.getRow(at);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT_NAME, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  // Area names take two or three lines in their narrow columns.
  row.height = 48;
}
