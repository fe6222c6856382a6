import ExcelJS from 'exceljs';
import { AgencyLevel, IndicatorStatus, IndicatorUnit } from '@partrack/shared';
import {
  buildScoreboardXlsx,
  LEGEND_SHEET,
  SCOREBOARD_HEADER_ROW,
  SCOREBOARD_SHEET,
  STATUS_COLOURS,
  ScoreboardXlsxInput,
} from './scoreboard-xlsx';

const input: ScoreboardXlsxInput = {
  planTitle: 'KH-CCHC-2022 — Kế hoạch CCHC năm 2022',
  period: '2022-Q3',
  level: AgencyLevel.DISTRICT,
  scopeName: 'Ủy ban nhân dân tỉnh Quảng Nam',
  asOf: '2022-09-30',
  indicators: [
    { code: 'ONLINE', nameVi: 'Tỷ lệ hồ sơ trực tuyến', unit: IndicatorUnit.PERCENT },
    { code: 'PAR-RANK', nameVi: 'Xếp hạng PAR Index', unit: IndicatorUnit.RANK },
  ],
  rows: [
    {
      code: 'TK',
      name: 'UBND thành phố Tam Kỳ',
      values: [52.5, 12],
      targets: [50, 25],
      statuses: [IndicatorStatus.ACHIEVED, IndicatorStatus.ACHIEVED],
    },
    {
      code: 'NT',
      name: 'UBND huyện Núi Thành',
      values: [null, null],
      targets: [50, null],
      statuses: [IndicatorStatus.NO_DATA, IndicatorStatus.NO_DATA],
    },
  ],
  statusCounts: [
    { status: IndicatorStatus.ACHIEVED, count: 2 },
    { status: IndicatorStatus.NO_DATA, count: 2 },
  ],
};

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('buildScoreboardXlsx', () => {
  it('writes a title, the scope and one row per agency with the figures as numbers', async () => {
    const sheet = (await read(await buildScoreboardXlsx(input))).getWorksheet(SCOREBOARD_SHEET)!;
    expect(sheet.getCell(1, 1).value).toBe('Bảng theo dõi chỉ tiêu — Quý III/2022 — Cấp huyện');
    expect(sheet.getCell(2, 1).text).toContain('Phạm vi: Ủy ban nhân dân tỉnh Quảng Nam');
    expect(sheet.getCell(2, 1).text).toContain('30/09/2022');
    expect(sheet.getRow(SCOREBOARD_HEADER_ROW).values).toEqual([
      undefined,
      'Mã',
      'Cơ quan, đơn vị',
      'ONLINE',
      'PAR-RANK',
    ]);
    const tamKy = sheet.getRow(SCOREBOARD_HEADER_ROW + 1);
    expect([tamKy.getCell(1).value, tamKy.getCell(2).value, tamKy.getCell(3).value]).toEqual([
      'TK',
      'UBND thành phố Tam Kỳ',
      52.5,
    ]);
    expect(tamKy.getCell(3).numFmt).toBe('0.0"%"');
    expect(sheet.getRow(SCOREBOARD_HEADER_ROW + 2).getCell(3).value).toBeNull();
  });

  it('colours each figure by its status and notes the status and target', async () => {
    const sheet = (await read(await buildScoreboardXlsx(input))).getWorksheet(SCOREBOARD_SHEET)!;
    const achieved = sheet.getRow(SCOREBOARD_HEADER_ROW + 1).getCell(3);
    const noData = sheet.getRow(SCOREBOARD_HEADER_ROW + 2).getCell(3);
    expect(achieved.fill).toMatchObject({ fgColor: { argb: STATUS_COLOURS.ACHIEVED.fill } });
    expect(noData.fill).toMatchObject({ fgColor: { argb: STATUS_COLOURS.NO_DATA.fill } });
    // Targets as Vietnamese documents write them, in the indicator's unit.
    expect(achieved.note).toBe('Đạt; chỉ tiêu: 50%');
    expect(sheet.getRow(SCOREBOARD_HEADER_ROW + 1).getCell(4).note).toBe('Đạt; chỉ tiêu: hạng 25');
    expect(sheet.getRow(SCOREBOARD_HEADER_ROW + 2).getCell(4).note).toBe('Chưa có số liệu');
  });

  it('lists the indicators with their units and the status counts on the legend sheet', async () => {
    const legend = (await read(await buildScoreboardXlsx(input))).getWorksheet(LEGEND_SHEET)!;
    const rows = legend.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị tính'],
      ['ONLINE', 'Tỷ lệ hồ sơ trực tuyến', '%'],
      ['PAR-RANK', 'Xếp hạng PAR Index', 'thứ hạng'],
      ['Tình trạng', 'Số ô'],
      ['Đạt', 2],
      ['Chưa có số liệu', 2],
    ]);
  });
});
