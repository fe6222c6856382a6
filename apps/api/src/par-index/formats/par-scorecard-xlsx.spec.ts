import { ParCriterionLevel as L, ParScoringMethod as M, ParTargetGroup } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { POINTS_FORMAT, PROVISIONAL_NOTE } from './par-ranking-xlsx';
import {
  buildParScorecardXlsx,
  ParScorecardItem,
  ParScorecardModel,
  ParScorecardScore,
  SCORECARD_COLUMNS,
  SCORECARD_HEADER_ROW,
  TOTAL_LABELS,
} from './par-scorecard-xlsx';

const score = (over: Partial<ParScorecardScore>): ParScorecardScore => ({
  selfPoints: null,
  selfNote: null,
  appraisedPoints: null,
  appraisalReason: null,
  explanation: null,
  reappraisedPoints: null,
  reappraisalAnswer: null,
  ...over,
});

const item = (
  id: string,
  parentId: string | null,
  level: L,
  title: string,
  maxPoints: number,
  method: M | null,
  s: Partial<ParScorecardScore> | null = null,
): ParScorecardItem => ({ id, parentId, code: id, level, title, maxPoints, method, score: s && score(s) });

/** Given out of order: the sheet sorts by code ("1.10" after "1.2"). */
const items: ParScorecardItem[] = [
  item('2', null, L.AREA, 'Thưởng, trừ', 5, null),
  item('2.1', '2', L.CRITERION, 'Sáng kiến', 3, M.BONUS, { selfPoints: 3, appraisedPoints: 2 }),
  item('1.10', '1', L.CRITERION, 'Số hóa', 5, M.DATA, { appraisedPoints: 4.5 }),
  item('1', null, L.AREA, 'Chỉ đạo, điều hành', 20, null),
  item('1.2', '1', L.CRITERION, 'Kế hoạch', 15, null),
  item('1.2.1', '1.2', L.SUB_CRITERION, 'Ban hành đúng hạn', 10, M.MANUAL, {
    selfPoints: 10,
    selfNote: 'Ban hành ngày 05/01',
    appraisedPoints: 5,
    appraisalReason: 'Chậm 10 ngày',
    explanation: 'Chờ ý kiến của Bộ',
    reappraisedPoints: 11,
    reappraisalAnswer: 'Chấp nhận giải trình',
  }),
  item('1.2.2', '1.2', L.SUB_CRITERION, 'Thực hiện', 5, M.MANUAL, { selfPoints: 4 }),
];

const model: ParScorecardModel = {
  year: 2022,
  agencyName: 'Sở Nội vụ',
  targetGroup: ParTargetGroup.DEPARTMENT,
  frameworkName: 'Bộ tiêu chí 2022',
  publishedOn: null,
  items,
  totals: {
    points: 14.5,
    bonus: 2,
    penalty: 0,
    maxPoints: 20,
    index: 82.5,
    band: 'Tốt',
    rank: 3,
    ranked: 26,
  },
};

async function load(m: ParScorecardModel): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildParScorecardXlsx(m)).buffer);
  return workbook.worksheets[0];
}

const values = (sheet: ExcelJS.Worksheet, r: number) =>
  Array.from({ length: SCORECARD_COLUMNS.length }, (_, i) => sheet.getCell(r, i + 1).value);

describe('buildParScorecardXlsx', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await load(model);
  });

  it('heads the sheet with the year, the agency and the provisional note above a frozen header', () => {
    expect(sheet.name).toBe('Phiếu điểm');
    expect(sheet.getCell('A1').value).toBe('PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022');
    expect(sheet.getCell('A2').value).toBe('Sở Nội vụ — nhóm Sở, ban, ngành — Bộ tiêu chí 2022');
    expect(sheet.getCell('A3').value).toBe(PROVISIONAL_NOTE);
    expect(values(sheet, SCORECARD_HEADER_ROW)).toEqual(SCORECARD_COLUMNS.map((c) => c.header));
    expect(sheet.views[0]).toEqual(
      expect.objectContaining({ state: 'frozen', ySplit: SCORECARD_HEADER_ROW }),
    );
  });

  it('lists the tree in code order, parents in bold with the sums of their counting leaves', () => {
    const at = (r: number) => values(sheet, SCORECARD_HEADER_ROW + r);
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => at(r)[0])).toEqual([
      '1',
      '1.2',
      '1.2.1',
      '1.2.2',
      '1.10',
      '2',
      '2.1',
    ]);
    // Area 1: self 10 + 4 + 0; final min(11, 10) + 0 + 4.5.
    expect(at(1)).toEqual([
      '1',
      'Chỉ đạo, điều hành',
      null,
      20,
      14,
      null,
      null,
      null,
      null,
      null,
      null,
      14.5,
    ]);
    expect(sheet.getCell(SCORECARD_HEADER_ROW + 1, 1).font?.bold).toBe(true);
    expect(sheet.getCell(SCORECARD_HEADER_ROW + 3, 2).alignment?.indent).toBe(2);
    expect(at(3)).toEqual([
      '1.2.1',
      'Ban hành đúng hạn',
      'Thang điểm',
      10,
      10,
      'Ban hành ngày 05/01',
      5,
      'Chậm 10 ngày',
      'Chờ ý kiến của Bộ',
      11,
      'Chấp nhận giải trình',
      10,
    ]);
    // Not appraised yet: it scores 0 toward the index.
    expect(at(4)).toEqual(['1.2.2', 'Thực hiện', 'Thang điểm', 5, 4, null, null, null, null, null, null, 0]);
    // Bonus items count outside the maximum: no sum on their area; the leaf shows its own points.
    expect(at(6)).toEqual(['2', 'Thưởng, trừ', null, 5, null, null, null, null, null, null, null, null]);
    expect(at(7)[2]).toBe('Điểm thưởng');
    expect(at(7)[11]).toBe(2);
    expect(sheet.getCell(SCORECARD_HEADER_ROW + 3, 12).numFmt).toBe(POINTS_FORMAT);
  });

  it('ends with the totals, the index, the band and the rank', () => {
    const totals: [unknown, unknown][] = [];
    sheet.eachRow((row, r) => {
      if (r > SCORECARD_HEADER_ROW + items.length) totals.push([row.getCell(2).value, row.getCell(12).value]);
    });
    expect(totals).toEqual([
      [TOTAL_LABELS.points, 14.5],
      [TOTAL_LABELS.bonus, 2],
      [TOTAL_LABELS.penalty, 0],
      [TOTAL_LABELS.maxPoints, 20],
      [TOTAL_LABELS.index, 82.5],
      [TOTAL_LABELS.band, 'Tốt'],
      [TOTAL_LABELS.rank, '3/26'],
    ]);
  });
});
