/**
 * Data tables inside the report: a bold caption, then a fully bordered table at 13 pt whose shaded header
 * row repeats on every page the table runs onto.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { ReportTable } from './report-document.model';
import { textWidth } from './report-docx.metrics';
import { line, run, sum, TABLE_PT, TEXT_WIDTH, TIGHT_SPACING } from './report-docx.style';

type Cell = string | number | null;
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const HEADER_FILL = 'E7E6E6';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Raw numbers from the caller are shown the Vietnamese way: 1.234,5. */
const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * The caption is kept with the table. Word then moves just the caption and the first rows; LibreOffice
 * (7.4) starts such a table with a repeating header on the next page: a gap, but never an orphan.
 */
export function dataTable(table: ReportTable): (Paragraph | Table)[] {
  const caption = line(table.caption, { bold: true }, { before: 120, after: 120, keepNext: true });
  // A table without columns cannot be drawn (Word refuses a table with an empty grid).
  if (table.columns.length === 0) return [caption];
  const widths = columnWidths(table);
  const aligns = table.columns.map((header) => (isSequenceHeader(header) ? AlignmentType.CENTER : undefined));
  const rows = [
    headerRow(table.columns, widths),
    ...table.rows.map((cells) => bodyRow(cells, widths, aligns, false)),
    ...(table.totalRow ? [bodyRow(table.totalRow, widths, aligns, true)] : []),
  ];
  return [
    caption,
    new Table({
      width: { size: sum(widths), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
      rows,
    }),
    // Body paragraphs have no space before, so leave 6 pt between the table and what follows.
    new Paragraph({
      spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
      children: [],
    }),
  ];
}

function headerRow(columns: string[], widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((text, i) =>
      cell(text, widths[i], { align: AlignmentType.CENTER, bold: true, fill: HEADER_FILL, keepNext: true }),
    ),
  });
}

function bodyRow(
  cells: Cell[],
  widths: number[],
  aligns: (Alignment | undefined)[],
  bold: boolean,
): TableRow {
  return new TableRow({
    cantSplit: true,
    children: widths.map((width, i) => {
      const value = cells[i] ?? null;
      const align = aligns[i] ?? (isNumeric(value) ? AlignmentType.RIGHT : AlignmentType.LEFT);
      return cell(cellText(value), width, { align, bold });
    }),
  });
}

function cell(
  text: string,
  width: number,
  style: { align: Alignment; bold: boolean; fill?: string; keepNext?: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 85, right: 85, top: 30, bottom: 30 },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: style.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } : undefined,
    children: [
      new Paragraph({
        alignment: style.align,
        spacing: TIGHT_SPACING,
        // On the header row: Word then never leaves the header alone at the foot of a page.
        keepNext: style.keepNext,
        children: [run(text, { pt: TABLE_PT, bold: style.bold })],
      }),
    ],
  });
}

export function cellText(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? NUMBER_FORMAT.format(value) : value;
}

/** Numbers, also when the caller already formatted them ("1.234", "85,5", "92%"). */
export function isNumeric(value: Cell): boolean {
  if (typeof value === 'number') return true;
  return value !== null && /^[-+−]?\d[\d.,\s]*%?$/.test(value.trim());
}

/** The "TT" (thứ tự) column holds row numbers, which Vietnamese tables centre. */
function isSequenceHeader(header: string): boolean {
  return /^(s?tt|số tt|thứ tự)$/i.test(header.trim());
}

/**
 * Number and short-label columns get room for their header on two lines; text columns share what is left in proportion
 * to how much more their longest text needs, so long descriptions wrap least. When even that does not
 * fit, every column shrinks toward its minimum (longest header word, numbers on one line).
 * Fixed layout then makes Word and LibreOffice use exactly these widths.
 */
function columnWidths(table: ReportTable): number[] {
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  const column = (c: number) => rows.map((r) => r[c] ?? null);
  const needs = table.columns.map((header, c) => columnNeed(header, column(c)));
  const base = needs.map((n) => (n.isText ? n.min : n.wanted));
  const growable = needs.map((n) => (n.isText ? n.wanted - n.min : 0));
  const widths =
    sum(base) <= TEXT_WIDTH && sum(growable) > 0
      ? share(base, growable, TEXT_WIDTH)
      : share(
          needs.map((n) => n.min),
          needs.map((n) => n.wanted - n.min),
          TEXT_WIDTH,
        );
  widths[widths.length - 1] += TEXT_WIDTH - sum(widths);
  return widths;
}

/** `base` plus the rest of `total` split by `weights` (evenly without weights, scaled down if short). */
function share(base: number[], weights: number[], total: number): number[] {
  const spare = total - sum(base);
  if (spare <= 0) return base.map((b) => Math.floor((b / sum(base)) * total));
  const weightSum = sum(weights);
  return base.map((b, i) =>
    Math.floor(b + (weightSum ? (weights[i] / weightSum) * spare : spare / base.length)),
  );
}

/** Text of a column cell stops growing the column past this (about 10 cm); longer text wraps. */
const MAX_WANTED = 5700;
/** Padding of data table cells (85 twips each side) plus a little slack for rounding in the estimate. */
const CELL_PADDING = 230;
/** A text column is never narrower than this (about 3.5 cm), or descriptions wrap every other word. */
const MIN_TEXT_COLUMN = 2000;

function columnNeed(header: string, cells: Cell[]): { min: number; wanted: number; isText: boolean } {
  const width = (text: string, bold = false) => textWidth(text, TABLE_PT, bold) + CELL_PADDING;
  const headerWords = Math.max(...header.split(/\s+/).map((w) => width(w, true)));
  const texts = cells.map(cellText).filter(Boolean);
  const numbers = cells.filter((c) => c !== null && isNumeric(c)).map((c) => width(cellText(c), true));
  const words = texts.flatMap((t) => t.split(/\s+/)).map((w) => width(w));
  const longest = Math.max(0, ...texts.map((t) => width(t)));
  // Short labels ("%", "Đạt", "Đang thực hiện") are sized like numbers; only descriptions share the rest.
  const isText = longest > MIN_TEXT_COLUMN;
  const min = Math.max(headerWords, ...numbers, ...words, isText ? Math.min(longest, MIN_TEXT_COLUMN) : 0);
  const header2 = twoLines(header, (t) => width(t, true));
  const wanted = Math.max(min, Math.min(MAX_WANTED, Math.max(longest, header2)));
  return { min, wanted, isText };
}

/** Narrowest width that fits a header on two lines, breaking between words; headers may take two lines. */
function twoLines(header: string, width: (text: string) => number): number {
  const words = header.trim().split(/\s+/);
  let best = width(words.join(' '));
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k), words.slice(k)].map((w) => width(w.join(' ')));
    best = Math.min(best, Math.max(...lines));
  }
  return best;
}
