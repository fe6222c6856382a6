/**
 * The body of a province committee's decision (quyết định) in the layout of Decree 30/2020/NĐ-CP, from the
 * reports' blocks: issuer and motto, number and date, title, the authority, the legal bases in italics,
 * "QUYẾT ĐỊNH:", the articles, then "Nơi nhận" and the signature. The PAR Index's publication decision and the
 * inspection plan's decision add their annex after it and wrap both with `decreeDocx`.
 */
import { AlignmentType, Paragraph, Table } from 'docx';
import { ReportDocumentModel } from './report-document.model';
import { closingBlock } from './report-docx.closing';
import { headerBlock, titleBlock } from './report-docx.heading';
import { narrative } from './report-docx.narrative';
import { BODY_SPACING, FIRST_LINE_INDENT, line, run } from './report-docx.style';

export interface DecisionText {
  /** e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM" */
  authority: string;
  bases: string[];
  articles: string[];
}

export function decisionBody(frame: ReportDocumentModel, text: DecisionText): (Paragraph | Table)[] {
  return [
    headerBlock(frame),
    ...titleBlock(frame),
    line(text.authority, { bold: true }, { after: 240, keepNext: true }),
    ...text.bases.map(basis),
    line('QUYẾT ĐỊNH:', { bold: true }, { before: 120, after: 240, keepNext: true }),
    ...narrative(text.articles.join('\n')),
    ...closingBlock(frame),
  ];
}

/** The legal bases are italic, indented like the body. */
function basis(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    children: [run(text, { italics: true })],
  });
}
