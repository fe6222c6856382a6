/**
 * One agency's scorecard (phiếu điểm) as an Excel sheet: every item of its framework in tree order with its
 * maximum, the agency's score and note, the council's appraisal and reason, the agency's explanation, the
 * second appraisal and its answer, and the points that count; then the totals, the index, the band and the
 * rank. Parents show the sums of the leaves under them that count toward the maximum.
 */
import {
  countsTowardMaximum,
  finalPoints,
  fromHundredths,
  ParCriterionLevel,
  ParScoringMethod,
  ParTargetGroup,
  toHundredths,
} from '@partrack/shared';
import ExcelJS from 'exceljs';
import { xmlSafe } from '../../indicators/formats/measurement-xlsx.columns';
import { METHOD_LABELS } from './par-framework-xlsx.columns';
import {
  BORDERS,
  dmy,
  FONT_NAME,
  headerRow,
  PAR_GROUP_NAMES,
  POINTS_FORMAT,
  PROVISIONAL_NOTE,
  titleRows,
} from './par-ranking-xlsx';

export interface ParScorecardScore {
  selfPoints: number | null;
  selfNote: string | null;
  appraisedPoints: number | null;
  appraisalReason: string | null;
  explanation: string | null;
  reappraisedPoints: number | null;
  reappraisalAnswer: string | null;
}

export interface ParScorecardItem {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  level: ParCriterionLevel;
  maxPoints: number;
  method: ParScoringMethod | null;
  score: ParScorecardScore | null;
}

export interface ParScorecardModel {
  year: number;
  agencyName: string;
  targetGroup: ParTargetGroup;
  frameworkName: string;
  /** ISO date the cycle was published; null: the results may still change */
  publishedOn: string | null;
  items: ParScorecardItem[];
  /** As the ranking computed them */
  totals: {
    points: number;
    bonus: number;
    penalty: number;
    maxPoints: number;
    index: number;
    band: string | null;
    rank: number | null;
    /** Agencies ranked in the group */
    ranked: number;
  };
}

export const SCORECARD_HEADER_ROW = 4;
export const SCORECARD_COLUMNS: readonly { header: string; width: number; points?: boolean }[] = [
  { header: 'Mã', width: 8 },
  { header: 'Nội dung', width: 50 },
  { header: 'Cách chấm', width: 12 },
  { header: 'Điểm tối đa', width: 10, points: true },
  { header: 'Điểm tự chấm', width: 10, points: true },
  { header: 'Giải thích của cơ quan', width: 30 },
  { header: 'Điểm thẩm định', width: 10, points: true },
  { header: 'Lý do thẩm định', width: 30 },
  { header: 'Giải trình', width: 30 },
  { header: 'Điểm thẩm định lại', width: 11, points: true },
  { header: 'Trả lời giải trình', width: 30 },
  { header: 'Điểm đạt', width: 10, points: true },
];
const LAST = SCORECARD_COLUMNS.length;

export const scorecardTitle = (year: number) => `PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`;

type Cell = string | number | null;

/** The points a leaf scores toward the index: the final points, within [0, maximum]; none → 0. */
const earnedH = (item: ParScorecardItem, points: number | null | undefined): number =>
  Math.min(Math.max(toHundredths(points ?? 0), 0), toHundredths(item.maxPoints));

/** Self and final sums of the counting leaves under each item, in hundredths; null where none counts. */
function subtotals(items: readonly ParScorecardItem[]): Map<string, { self: number; final: number } | null> {
  const parentOf = new Map(items.map((i) => [i.id, i.parentId]));
  const parents = new Set(items.map((i) => i.parentId));
  const sums = new Map<string, { self: number; final: number } | null>(items.map((i) => [i.id, null]));
  for (const leaf of items) {
    if (parents.has(leaf.id) || leaf.method === null || !countsTowardMaximum(leaf.method)) continue;
    const self = earnedH(leaf, leaf.score?.selfPoints);
    const final = earnedH(leaf, leaf.score ? finalPoints(leaf.score) : null);
    // Up the tree (three levels at most; the bound keeps a malformed cycle from looping).
    let at: string | null = leaf.id;
    for (let depth = 0; at !== null && depth < 10; depth++) {
      const sum = sums.get(at) ?? { self: 0, final: 0 };
      sums.set(at, { self: sum.self + self, final: sum.final + final });
      at = parentOf.get(at) ?? null;
    }
  }
  return sums;
}

function itemCells(
  item: ParScorecardItem,
  leaf: boolean,
  sum: { self: number; final: number } | null,
): Cell[] {
  const s = item.score;
  const text = (v: string | null | undefined) => (v ? xmlSafe(v) : null);
  const parentSum = (h: number | undefined) => (h === undefined ? null : fromHundredths(h));
  // A bonus or penalty leaf shows its points as they are; they are added or subtracted in the totals.
  const final = leaf ? fromHundredths(earnedH(item, s ? finalPoints(s) : null)) : parentSum(sum?.final);
  return [
    item.code,
    xmlSafe(item.title),
    item.method && leaf ? METHOD_LABELS[item.method] : null,
    item.maxPoints,
    leaf ? (s?.selfPoints ?? null) : parentSum(sum?.self),
    leaf ? text(s?.selfNote) : null,
    leaf ? (s?.appraisedPoints ?? null) : null,
    leaf ? text(s?.appraisalReason) : null,
    leaf ? text(s?.explanation) : null,
    leaf ? (s?.reappraisedPoints ?? null) : null,
    leaf ? text(s?.reappraisalAnswer) : null,
    final,
  ];
}

const INDENT: Record<ParCriterionLevel, number> = {
  [ParCriterionLevel.AREA]: 0,
  [ParCriterionLevel.CRITERION]: 1,
  [ParCriterionLevel.SUB_CRITERION]: 2,
};

export async function buildParScorecardXlsx(model: ParScorecardModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const sheet = workbook.addWorksheet('Phiếu điểm', {
    views: [{ state: 'frozen', ySplit: SCORECARD_HEADER_ROW, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${SCORECARD_HEADER_ROW}:${SCORECARD_HEADER_ROW}`;
  const status = model.publishedOn ? `Công bố ngày ${dmy(model.publishedOn)}` : PROVISIONAL_NOTE;
  titleRows(
    sheet,
    [
      scorecardTitle(model.year),
      `${model.agencyName} — nhóm ${PAR_GROUP_NAMES[model.targetGroup]} — ${model.frameworkName}`,
      status,
    ],
    LAST,
  );
  headerRow(sheet, SCORECARD_HEADER_ROW, SCORECARD_COLUMNS);
  const parents = new Set(model.items.map((i) => i.parentId));
  const sums = subtotals(model.items);
  const items = [...model.items].sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
  items.forEach((item) => {
    const leaf = !parents.has(item.id);
    const row = addRow(sheet, itemCells(item, leaf, sums.get(item.id) ?? null), !leaf);
    row.getCell(2).alignment = { vertical: 'top', wrapText: true, indent: INDENT[item.level] };
  });
  addTotals(sheet, model.totals);
  SCORECARD_COLUMNS.forEach((c, k) => (sheet.getColumn(k + 1).width = c.width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addRow(sheet: ExcelJS.Worksheet, cells: Cell[], bold: boolean): ExcelJS.Row {
  const row = sheet.addRow([]);
  cells.forEach((value, k) => {
    const cell = row.getCell(k + 1);
    cell.value = value;
    cell.font = { name: FONT_NAME, size: 12, bold };
    cell.border = BORDERS;
    cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
    if (SCORECARD_COLUMNS[k].points && typeof value === 'number') cell.numFmt = POINTS_FORMAT;
  });
  return row;
}

/** The totals, label in "Nội dung" and value in "Điểm đạt", as the ranking computed them. */
export const TOTAL_LABELS = {
  points: 'Tổng điểm các tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
  maxPoints: 'Điểm tối đa tính chỉ số',
  index: 'Chỉ số cải cách hành chính',
  band: 'Xếp loại',
  rank: 'Xếp hạng trong nhóm',
} as const;

function addTotals(sheet: ExcelJS.Worksheet, totals: ParScorecardModel['totals']): void {
  sheet.addRow([]);
  const rank = totals.rank === null ? null : `${totals.rank}/${totals.ranked}`;
  const lines: [string, Cell][] = [
    [TOTAL_LABELS.points, totals.points],
    [TOTAL_LABELS.bonus, totals.bonus],
    [TOTAL_LABELS.penalty, totals.penalty],
    [TOTAL_LABELS.maxPoints, totals.maxPoints],
    [TOTAL_LABELS.index, totals.index],
    [TOTAL_LABELS.band, totals.band],
    [TOTAL_LABELS.rank, rank],
  ];
  for (const [label, value] of lines) {
    const cells: Cell[] = Array.from({ length: LAST }, () => null);
    cells[1] = label;
    cells[LAST - 1] = value;
    const row = addRow(sheet, cells, true);
    // The label spans the columns between it and the value, so it reads as one line.
    sheet.mergeCells(row.number, 2, row.number, LAST - 1);
    row.getCell(LAST).alignment = { horizontal: 'right', vertical: 'top' };
  }
}
