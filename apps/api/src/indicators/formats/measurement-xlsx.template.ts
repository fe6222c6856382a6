import ExcelJS from 'exceljs';
import {
  columnLetter,
  FIRST_AGENCY_ROW,
  FIRST_INDICATOR_COLUMN,
  FIXED_COLUMNS,
  GROUP_ROW,
  IndicatorColumn,
  indicatorColumns,
  MEASUREMENT_SHEET,
  MeasurementXlsxAgency,
  MeasurementXlsxExisting,
  MeasurementXlsxIndicator,
  MeasurementXlsxInput,
  NOT_EXPECTED_MARK,
  NOTE_HEADER,
  pairKey,
  PART_LABELS,
  PART_ROW,
  PERIOD_ROW,
  periodLabel,
  TITLE_ROW,
  UNIT_LABELS,
  xmlSafe,
} from './measurement-xlsx.columns';
import { addGuideSheet } from './measurement-xlsx.guide';
import { addMetaSheet, skipKey } from './measurement-xlsx.meta';

export type {
  MeasurementXlsxAgency,
  MeasurementXlsxExisting,
  MeasurementXlsxIndicator,
  MeasurementXlsxInput,
} from './measurement-xlsx.columns';

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = solid('FFD9E1F2');
const LOCKED_FILL = solid('FFEDEDED');
const NOT_EXPECTED_FILL = solid('FFD0D0D0');
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8EA9DB' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTERED: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

/** Figures already submitted or approved are shown for reference; changing them takes a return first. */
export const LOCKED_NOTES: Readonly<Partial<Record<MeasurementXlsxExisting['status'], string>>> = {
  SUBMITTED: 'Đã nộp',
  APPROVED: 'Đã duyệt',
};

/** Whole-sheet protection without a password: it stops slips, not people, which is all it is for. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

interface Layout {
  columns: IndicatorColumn[];
  noteColumn: number;
}

function styleHeader(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = CENTERED;
}

function addHeading(sheet: ExcelJS.Worksheet, input: MeasurementXlsxInput, layout: Layout): void {
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, layout.noteColumn);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = xmlSafe(input.planTitle);
  title.font = { bold: true, size: 14 };
  title.alignment = CENTERED;
  sheet.getRow(TITLE_ROW).height = 36;
  sheet.mergeCells(PERIOD_ROW, 1, PERIOD_ROW, layout.noteColumn);
  const period = sheet.getCell(PERIOD_ROW, 1);
  period.value = `Kỳ báo cáo: ${periodLabel(input.period)} — Mã kế hoạch: ${xmlSafe(input.planCode)}`;
  period.font = { bold: true };
  period.alignment = { horizontal: 'center' };
}

/** Fixed columns and the note span both header rows; each indicator heads its group with its code. */
function addHeader(
  sheet: ExcelJS.Worksheet,
  indicators: readonly MeasurementXlsxIndicator[],
  layout: Layout,
): void {
  const spanBoth = (column: number, text: string) => {
    styleHeader(sheet.getCell(GROUP_ROW, column), text);
    sheet.mergeCells(GROUP_ROW, column, PART_ROW, column);
  };
  FIXED_COLUMNS.forEach((c, i) => spanBoth(i + 1, c.header));
  spanBoth(layout.noteColumn, NOTE_HEADER);
  for (const indicator of indicators) {
    const own = layout.columns.filter((c) => c.indicatorCode === indicator.code);
    const first = own[0]?.column ?? FIRST_INDICATOR_COLUMN;
    const last = own[own.length - 1]?.column ?? first;
    // Code on its own first line: the reader checks it to notice columns moved after the file was made.
    styleHeader(sheet.getCell(GROUP_ROW, first), `${xmlSafe(indicator.code)}\n${xmlSafe(indicator.name)}`);
    if (last > first) sheet.mergeCells(GROUP_ROW, first, GROUP_ROW, last);
    for (const c of own) {
      const label =
        c.part === 'value' ? `${PART_LABELS.value} (${UNIT_LABELS[indicator.unit]})` : PART_LABELS[c.part];
      styleHeader(sheet.getCell(PART_ROW, c.column), label);
    }
  }
  sheet.getRow(GROUP_ROW).height = 60;
  sheet.getRow(PART_ROW).height = 30;
}

function setWidths(sheet: ExcelJS.Worksheet, layout: Layout): void {
  FIXED_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  for (const c of layout.columns) sheet.getColumn(c.column).width = c.part === 'value' ? 16 : 12;
  sheet.getColumn(layout.noteColumn).width = 40;
}

function fillCell(cell: ExcelJS.Cell, value: ExcelJS.CellValue, locked: boolean, fill?: ExcelJS.Fill): void {
  cell.value = value;
  cell.border = BORDER;
  cell.protection = { locked };
  if (fill !== undefined) cell.fill = fill;
}

/** The note the row's measurements share, if they share one: a single cell cannot show several. */
function sharedNote(notes: ReadonlyArray<string | null>): string | null {
  const distinct = new Set(notes.filter((n): n is string => n !== null && n.trim() !== ''));
  return distinct.size === 1 ? xmlSafe([...distinct][0] ?? '') : null;
}

interface RowContext {
  sheet: ExcelJS.Worksheet;
  input: MeasurementXlsxInput;
  layout: Layout;
  skipped: Set<string>;
}

/** One indicator's cells of an agency row; returns the existing note, to be merged into the row note. */
function addPair(
  ctx: RowContext,
  line: number,
  agency: MeasurementXlsxAgency,
  indicator: MeasurementXlsxIndicator,
): string | null {
  const key = pairKey(indicator.id, agency.id);
  const own = ctx.layout.columns.filter((c) => c.indicatorCode === indicator.code);
  if (!ctx.input.expected.has(key)) {
    ctx.skipped.add(skipKey(agency.code, indicator.code));
    for (const c of own) {
      fillCell(ctx.sheet.getCell(line, c.column), NOT_EXPECTED_MARK, true, NOT_EXPECTED_FILL);
      ctx.sheet.getCell(line, c.column).alignment = { horizontal: 'center' };
    }
    return null;
  }
  const existing = ctx.input.existing.get(key);
  const lockNote = existing === undefined ? undefined : LOCKED_NOTES[existing.status];
  for (const c of own) {
    const cell = ctx.sheet.getCell(line, c.column);
    fillCell(
      cell,
      existing?.[c.part] ?? null,
      lockNote !== undefined,
      lockNote === undefined ? undefined : LOCKED_FILL,
    );
    if (lockNote !== undefined) cell.note = lockNote;
  }
  return existing?.note ?? null;
}

function addAgencyRow(ctx: RowContext, line: number, agency: MeasurementXlsxAgency): void {
  const fixed = [agency.code, agency.name, agency.level].map(xmlSafe);
  fixed.forEach((text, i) => fillCell(ctx.sheet.getCell(line, i + 1), text, true));
  const notes = ctx.input.indicators.map((indicator) => addPair(ctx, line, agency, indicator));
  const note = ctx.sheet.getCell(line, ctx.layout.noteColumn);
  fillCell(note, sharedNote(notes), false);
  note.alignment = { vertical: 'top', wrapText: true };
}

/**
 * The bulk entry workbook for one plan and period: one row per agency, one column group per indicator,
 * figures already entered filled in, submitted and approved ones locked. `parseMeasurementXlsx` reads it
 * back; the layout is recorded in the hidden "_meta" sheet (see measurement-xlsx.meta.ts).
 */
export async function buildMeasurementXlsx(input: MeasurementXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  workbook.title = xmlSafe(input.planTitle);
  const columns = indicatorColumns(input.indicators);
  const layout: Layout = { columns, noteColumn: FIRST_INDICATOR_COLUMN + columns.length };
  const sheet = workbook.addWorksheet(MEASUREMENT_SHEET, {
    views: [
      {
        state: 'frozen',
        xSplit: FIXED_COLUMNS.length,
        ySplit: PART_ROW,
        activeCell: `${columnLetter(FIRST_INDICATOR_COLUMN)}${FIRST_AGENCY_ROW}`,
      },
    ],
  });
  sheet.getColumn(1).numFmt = '@'; // agency codes such as "01" must stay text
  setWidths(sheet, layout);
  addHeading(sheet, input, layout);
  addHeader(sheet, input.indicators, layout);
  const ctx: RowContext = { sheet, input, layout, skipped: new Set() };
  input.agencies.forEach((agency, i) => addAgencyRow(ctx, FIRST_AGENCY_ROW + i, agency));
  await sheet.protect('', PROTECTION);
  addGuideSheet(workbook, input.indicators);
  addMetaSheet(workbook, { planCode: input.planCode, period: input.period, ...layout, skipped: ctx.skipped });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
