/**
 * Page geometry, fonts and small paragraph/run factories shared by the report DOCX builder.
 * Measures follow Decree 30/2020/NĐ-CP, Appendix I (A4, Times New Roman, 13–14 pt body).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

export const FONT = 'Times New Roman';

/** Millimetres to twentieths of a point, rounded (docx's own helper floors, losing a twip). */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait in twips, as Word writes it (w:pgSz w=11906 h=16838). */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const BODY_PT = 14;
export const TABLE_PT = 13;
export const FIRST_LINE_INDENT = mm(12.7);
/** 6 pt after each paragraph; lines at least 18 pt, about 1.15 × the 14 pt single line. */
export const BODY_SPACING = { before: 0, after: 120, line: 360, lineRule: LineRuleType.AT_LEAST } as const;
/** Inside the header, closing and data tables: single lines, no gaps, so the blocks stay compact. */
export const TIGHT_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

export interface RunStyle {
  pt?: number;
  bold?: boolean;
  italics?: boolean;
}

/** Every run names the font and size itself, so text pasted into another document keeps the layout. */
export const run = (text: string, style: RunStyle = {}): TextRun =>
  new TextRun({
    text,
    font: FONT,
    size: (style.pt ?? BODY_PT) * 2,
    bold: style.bold,
    italics: style.italics,
  });

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** One-run line with no indent, for the header, title and closing blocks. */
export const line = (
  text: string,
  style: RunStyle = {},
  options: { align?: Alignment; before?: number; after?: number; keepNext?: boolean } = {},
): Paragraph =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { ...TIGHT_SPACING, before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    children: [run(text, style)],
  });

/**
 * A short solid line centred in a box `boxWidth` wide: an empty 2 pt paragraph whose top border is the line.
 * Drawing shapes would be closer to hand-made documents, but a border survives every Word and LibreOffice.
 */
export const rule = (width: number, boxWidth: number): Paragraph => {
  const side = Math.max(0, Math.round((boxWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // Spacing before sits above a top border: it keeps the line clear of the descenders of the text above.
    spacing: { before: 60, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
};

/** Left and right padding of layout table cells: 1 mm, so the motto fits in its column. */
export const LAYOUT_CELL_MARGIN = 57;

/** Two-column layout tables (header and closing blocks) have no visible borders, as in the decree. */
export function layoutTable(columnWidths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: sum(columnWidths), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i], type: WidthType.DXA },
                margins: { left: LAYOUT_CELL_MARGIN, right: LAYOUT_CELL_MARGIN, top: 0, bottom: 0 },
                verticalAlign: VerticalAlignTable.TOP,
                children,
              }),
          ),
        }),
    ),
  });
}

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
