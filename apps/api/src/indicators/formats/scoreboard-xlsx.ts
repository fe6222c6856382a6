import ExcelJS from 'exceljs';
import { AgencyLevel, IndicatorStatus, IndicatorUnit } from '@partrack/shared';
import { figureText, INDICATOR_STATUS_VI } from '../indicator.labels';
import { periodLabel, xmlSafe } from './measurement-xlsx.columns';

export interface ScoreboardXlsxIndicator {
  code: string;
  nameVi: string;
  unit: IndicatorUnit;
}

export interface ScoreboardXlsxRow {
  code: string;
  name: string;
  /** One per indicator, in the order of `indicators`. */
  values: (number | null)[];
  targets: (number | null)[];
  statuses: IndicatorStatus[];
}

export interface ScoreboardXlsxInput {
  planTitle: string;
  period: string;
  level: AgencyLevel;
  scopeName: string;
  asOf: string;
  indicators: ScoreboardXlsxIndicator[];
  rows: ScoreboardXlsxRow[];
  statusCounts: { status: IndicatorStatus; count: number }[];
}

export const SCOREBOARD_SHEET = 'Bảng theo dõi';
export const LEGEND_SHEET = 'Chú giải';
/** Rows above the agencies: title, scope, an empty line, the header. */
export const SCOREBOARD_HEADER_ROW = 4;

const LEVEL_VI: Record<AgencyLevel, string> = {
  [AgencyLevel.CENTRAL]: 'Cấp trung ương',
  [AgencyLevel.PROVINCE]: 'Cấp tỉnh',
  [AgencyLevel.DISTRICT]: 'Cấp huyện',
  [AgencyLevel.COMMUNE]: 'Cấp xã',
};

/** The SPA's heatmap colours (background, text), so the sheet reads like the screen. */
export const STATUS_COLOURS: Record<IndicatorStatus, { fill: string; font: string }> = {
  [IndicatorStatus.ACHIEVED]: { fill: 'FFD9F7BE', font: 'FF135200' },
  [IndicatorStatus.ON_TRACK]: { fill: 'FFD6E4FF', font: 'FF10239E' },
  [IndicatorStatus.AT_RISK]: { fill: 'FFFFE7BA', font: 'FF873800' },
  [IndicatorStatus.OFF_TRACK]: { fill: 'FFFFCCC7', font: 'FFA8071A' },
  [IndicatorStatus.NO_DATA]: { fill: 'FFF5F5F5', font: 'FF595959' },
};

const UNIT_VI: Record<IndicatorUnit, string> = {
  [IndicatorUnit.PERCENT]: '%',
  [IndicatorUnit.COUNT]: 'số lượng',
  [IndicatorUnit.SCORE]: 'điểm',
  [IndicatorUnit.RANK]: 'thứ hạng',
  [IndicatorUnit.BOOLEAN]: 'có (1) / không (0)',
};

const NUMBER_FORMAT: Record<IndicatorUnit, string> = {
  [IndicatorUnit.PERCENT]: '0.0"%"',
  [IndicatorUnit.COUNT]: '#,##0.##',
  [IndicatorUnit.SCORE]: '0.0#',
  [IndicatorUnit.RANK]: '0',
  [IndicatorUnit.BOOLEAN]: '0',
};

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/**
 * The scoreboard as a workbook for reading and sharing: agencies × indicators with numbers (not text, so
 * they can be summed), each cell coloured by status with status and target in its note; a legend sheet lists
 * the indicators, units and status counts.
 */
export async function buildScoreboardXlsx(input: ScoreboardXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SCOREBOARD_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: SCOREBOARD_HEADER_ROW }],
  });
  const width = 2 + input.indicators.length;
  sheet.mergeCells(1, 1, 1, width);
  sheet.getCell(1, 1).value = xmlSafe(
    `Bảng theo dõi chỉ tiêu — ${periodLabel(input.period)} — ${LEVEL_VI[input.level]}`,
  );
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = xmlSafe(
    `${input.planTitle}. Phạm vi: ${input.scopeName}. Đơn vị hành chính tính đến ngày ${ddmmyyyy(input.asOf)}.`,
  );
  const header = sheet.getRow(SCOREBOARD_HEADER_ROW);
  header.values = ['Mã', 'Cơ quan, đơn vị', ...input.indicators.map((i) => i.code)];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 42;
  input.indicators.forEach((indicator, k) => {
    sheet.getColumn(3 + k).width = 14;
    sheet.getCell(SCOREBOARD_HEADER_ROW, 3 + k).note = xmlSafe(indicator.nameVi);
  });
  input.rows.forEach((row, r) =>
    writeRow(sheet.getRow(SCOREBOARD_HEADER_ROW + 1 + r), row, input.indicators),
  );
  writeLegend(workbook.addWorksheet(LEGEND_SHEET), input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeRow(line: ExcelJS.Row, row: ScoreboardXlsxRow, indicators: ScoreboardXlsxIndicator[]) {
  line.getCell(1).value = row.code;
  line.getCell(2).value = xmlSafe(row.name);
  indicators.forEach((indicator, k) => {
    const cell = line.getCell(3 + k);
    const status = row.statuses[k] ?? IndicatorStatus.NO_DATA;
    const target = row.targets[k] ?? null;
    cell.value = row.values[k] ?? null;
    cell.numFmt = NUMBER_FORMAT[indicator.unit];
    cell.fill = fill(STATUS_COLOURS[status].fill);
    cell.font = { color: { argb: STATUS_COLOURS[status].font } };
    cell.note = `${INDICATOR_STATUS_VI[status]}${target === null ? '' : `; chỉ tiêu: ${figureText(target, indicator.unit)}`}`;
  });
}

function writeLegend(sheet: ExcelJS.Worksheet, input: ScoreboardXlsxInput) {
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 70;
  sheet.getColumn(3).width = 18;
  sheet.addRow(['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính']).font = { bold: true };
  for (const i of input.indicators) sheet.addRow([i.code, xmlSafe(i.nameVi), UNIT_VI[i.unit]]);
  sheet.addRow([]);
  sheet.addRow(['Tình trạng', 'Số ô']).font = { bold: true };
  for (const { status, count } of input.statusCounts) {
    const line = sheet.addRow([INDICATOR_STATUS_VI[status], count]);
    line.getCell(1).fill = fill(STATUS_COLOURS[status].fill);
    line.getCell(1).font = { color: { argb: STATUS_COLOURS[status].font } };
  }
}
