import { ParTargetGroup } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  buildParRankingXlsx,
  CHANGE_FORMAT,
  ParOutputRow,
  ParRankingWorkbookModel,
  POINTS_FORMAT,
  PROVISIONAL_NOTE,
  RANKING_HEADER_ROW,
} from './par-ranking-xlsx';

const areas = (a: number, b: number) => [
  { code: '1', name: 'Chỉ đạo, điều hành', index: a },
  { code: '2', name: 'Sự hài lòng', index: b },
];

const row = (over: Partial<ParOutputRow>): ParOutputRow => ({
  rank: 1,
  agencyName: 'Sở Nội vụ',
  index: 85.1,
  points: 84.1,
  bonus: 1,
  penalty: 0,
  band: 'Tốt',
  previousIndex: 82.35,
  areas: areas(90, 80.25),
  ...over,
});

const rankingFixture: ParRankingWorkbookModel = {
  year: 2022,
  publishedOn: null,
  groups: [
    // Out of order on purpose: sheets follow the groups' usual order.
    {
      targetGroup: ParTargetGroup.DISTRICT,
      rows: [row({ agencyName: 'Ủy ban nhân dân huyện Một', band: null, previousIndex: null })],
    },
    {
      targetGroup: ParTargetGroup.DEPARTMENT,
      rows: [
        row({}),
        row({ rank: 2, agencyName: 'Sở Tài chính', index: 70, points: 70, bonus: 0, previousIndex: 71.5 }),
        row({ rank: 2, agencyName: 'Sở Xây dựng', index: 70, points: 72, penalty: 2, band: 'Khá' }),
      ],
    },
  ],
};

async function load(model: ParRankingWorkbookModel): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildParRankingXlsx(model)).buffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, r: number) =>
  Array.from({ length: sheet.columnCount }, (_, i) => sheet.getCell(r, i + 1).value);

describe('buildParRankingXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(rankingFixture);
  });

  it('writes one sheet per target group, in the usual order, named in Vietnamese', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sở, ban, ngành', 'UBND cấp huyện']);
  });

  it('titles each sheet with the year, the group and the provisional note, above a frozen header', () => {
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022');
    expect(sheet.getCell('A1').font).toEqual(
      expect.objectContaining({ name: 'Times New Roman', bold: true }),
    );
    expect(sheet.getCell('A2').value).toBe('Nhóm: Sở, ban, ngành. Cột lĩnh vực: chỉ số thành phần.');
    expect(sheet.getCell('A3').value).toBe(PROVISIONAL_NOTE);
    expect(sheet.getCell('A1').isMerged && sheet.getCell('J1').isMerged).toBe(true);
    expect(values(sheet, RANKING_HEADER_ROW)).toEqual([
      'Xếp hạng',
      'Cơ quan, đơn vị',
      '1. Chỉ đạo, điều hành',
      '2. Sự hài lòng',
      'Tổng điểm',
      'Điểm thưởng',
      'Điểm trừ',
      'Chỉ số CCHC',
      'Xếp loại',
      'Tăng/giảm so với năm trước',
    ]);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 4, xSplit: 2 }));
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getCell(RANKING_HEADER_ROW, 1).fill).toEqual(expect.objectContaining({ pattern: 'solid' }));
  });

  it('lists the agencies by rank with numbers stored as numbers, two decimals, the change signed', () => {
    const sheet = workbook.worksheets[0];
    const first = RANKING_HEADER_ROW + 1;
    expect(values(sheet, first)).toEqual([1, 'Sở Nội vụ', 90, 80.25, 84.1, 1, 0, 85.1, 'Tốt', 2.75]);
    expect(values(sheet, first + 1)).toEqual([2, 'Sở Tài chính', 90, 80.25, 70, 0, 0, 70, 'Tốt', -1.5]);
    expect(values(sheet, first + 2)).toEqual([2, 'Sở Xây dựng', 90, 80.25, 72, 1, 2, 70, 'Khá', -12.35]);
    expect(sheet.getCell(first, 8).numFmt).toBe(POINTS_FORMAT);
    expect(sheet.getCell(first, 3).numFmt).toBe(POINTS_FORMAT);
    expect(sheet.getCell(first, 10).numFmt).toBe(CHANGE_FORMAT);
    expect(sheet.getCell(first, 8).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.rowCount).toBe(first + 2);
  });

  it('leaves the band and the change empty when there is none', () => {
    const sheet = workbook.worksheets[1];
    expect(values(sheet, RANKING_HEADER_ROW + 1)).toEqual([
      1,
      'Ủy ban nhân dân huyện Một',
      90,
      80.25,
      84.1,
      1,
      0,
      85.1,
      null,
      null,
    ]);
  });

  it('gives the publication date instead of the note once published', async () => {
    const published = await load({ ...rankingFixture, publishedOn: '2023-02-05' });
    expect(published.worksheets[0].getCell('A3').value).toBe('Công bố ngày 05/02/2023');
  });

  it('still opens when nobody was assessed', async () => {
    const empty = await load({ year: 2022, publishedOn: null, groups: [] });
    expect(empty.worksheets.map((s) => s.name)).toEqual(['Xếp hạng']);
    expect(empty.worksheets[0].getCell('A2').value).toBe('Chưa có cơ quan nào được đánh giá.');
  });
});
