/**
 * The top of the first page (Decree 30/2020/NĐ-CP, Appendix I, items 1–6): issuing body and national motto
 * side by side, number and place/date on the line below, then document type, summary and addressee.
 */
import { Paragraph, Table } from 'docx';
import { ReportDocumentModel } from './report-document.model';
import { textWidth } from './report-docx.metrics';
import { LAYOUT_CELL_MARGIN, layoutTable, line, mm, rule, TEXT_WIDTH } from './report-docx.style';

export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_SUBTITLE = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Left column just wide enough for "UBND TỈNH QUẢNG NAM" on one line; the right one must hold the motto
 * at 12 pt bold (about 9 cm) without wrapping.
 */
const LEFT_WIDTH = mm(66);
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;
/** Where the text of each column can go, inside the cell padding: the rules are centred in this. */
const LEFT_INNER = LEFT_WIDTH - 2 * LAYOUT_CELL_MARGIN;
const RIGHT_INNER = RIGHT_WIDTH - 2 * LAYOUT_CELL_MARGIN;
const ISSUER_PT = 13;
const MOTTO_PT = 12;
const SUBTITLE_PT = 13;

/** Blanks to fill by hand when the number or date is not yet given. */
const NUMBER_BLANK = ' '.repeat(8);
const DATE_BLANK = ' '.repeat(6);

export function headerBlock(model: ReportDocumentModel): Table {
  return layoutTable(
    [LEFT_WIDTH, RIGHT_WIDTH],
    [
      [issuerCell(model.issuer), mottoCell()],
      [
        [line(numberLine(model), { pt: 13 }, { before: 120 })],
        [line(placeDateLine(model.place, model.date), { pt: 14, italics: true }, { before: 120 })],
      ],
    ],
  );
}

function issuerCell(issuer: ReportDocumentModel['issuer']): Paragraph[] {
  const name = issuer.name.toUpperCase();
  const parent = issuer.parentName ? [line(issuer.parentName.toUpperCase(), { pt: ISSUER_PT })] : [];
  // The decree asks for a line 1/3–1/2 as long as the name; 0.45 sits in the middle of that range.
  const ruleWidth = Math.min(textWidth(name, ISSUER_PT, true), LEFT_INNER) * 0.45;
  return [...parent, line(name, { pt: ISSUER_PT, bold: true }), rule(ruleWidth, LEFT_INNER)];
}

function mottoCell(): Paragraph[] {
  return [
    line(NATIONAL_MOTTO, { pt: MOTTO_PT, bold: true }),
    line(MOTTO_SUBTITLE, { pt: SUBTITLE_PT, bold: true }),
    // Under the subtitle the line is as long as the text itself.
    rule(textWidth(MOTTO_SUBTITLE, SUBTITLE_PT, true), RIGHT_INNER),
  ];
}

export function numberLine(model: Pick<ReportDocumentModel, 'number' | 'symbol'>): string {
  return model.number ? `Số: ${model.number}` : `Số:${NUMBER_BLANK}/${model.symbol}`;
}

/**
 * "Quảng Nam, ngày 05 tháng 02 năm 2022": days below 10 and months 1 and 2 take a leading zero (the
 * decree's rule, so "tháng 02" cannot be misread as "tháng 12"); months 3–9 do not.
 */
export function placeDateLine(place: string, isoDate: string | null): string {
  if (!isoDate) return `${place}, ngày${DATE_BLANK}tháng${DATE_BLANK}năm 20…`;
  // Read the calendar date from the text: going through Date would shift it across time zones.
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mmText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mmText} năm ${year}`;
}

/** "BÁO CÁO", the summary with a short line under it, and the optional "Kính gửi: …". */
export function titleBlock(model: ReportDocumentModel): Paragraph[] {
  const summary = model.summary.trim();
  const summaryLines = summary.split(/\r?\n/).filter((s) => s.trim());
  const longest = Math.max(...summaryLines.map((s) => textWidth(s, 14, true)));
  const addressee = model.addressee?.trim();
  return [
    line(model.documentType.toUpperCase(), { bold: true }, { before: 360, keepNext: true }),
    ...summaryLines.map((s) => line(s.trim(), { bold: true }, { keepNext: true })),
    rule(Math.min(longest, TEXT_WIDTH) / 3, TEXT_WIDTH),
    ...(addressee
      ? [line(addressee.startsWith('Kính gửi') ? addressee : `Kính gửi: ${addressee}`, {}, { before: 240 })]
      : []),
    line('', {}, { after: 120 }),
  ];
}
