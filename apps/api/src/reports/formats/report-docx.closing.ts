/**
 * The end of the document (Decree 30/2020/NĐ-CP, Appendix I, items 7–9): "Nơi nhận" on the left, the
 * signer's authority, title, room for the signature and seal, and name on the right.
 */
import { AlignmentType, LineRuleType, Paragraph, Table } from 'docx';
import { ReportDocumentModel } from './report-document.model';
import { layoutTable, line, mm, TEXT_WIDTH } from './report-docx.style';

const LEFT_WIDTH = mm(75);
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;
/** Empty 14 pt lines between the title and the name, where the signature and seal go. */
const SIGNATURE_LINES = 4;

export function closingBlock(model: ReportDocumentModel): (Paragraph | Table)[] {
  return [
    // Keeps the table off the last body paragraph; tables have no spacing of their own.
    new Paragraph({
      spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
      children: [],
    }),
    layoutTable([LEFT_WIDTH, RIGHT_WIDTH], [[recipientsCell(model.recipients), signerCell(model.signer)]]),
  ];
}

/** "- A;" for each recipient and "- Z." for the last, as the decree punctuates the list. */
export function recipientLines(recipients: string[]): string[] {
  return recipients.map((r, i) => `- ${r.trim()}${i === recipients.length - 1 ? '.' : ';'}`);
}

function recipientsCell(recipients: string[]): Paragraph[] {
  const left = { align: AlignmentType.LEFT } as const;
  return [
    line('Nơi nhận:', { pt: 12, bold: true, italics: true }, left),
    ...recipientLines(recipients).map((text) => line(text, { pt: 11 }, left)),
  ];
}

function signerCell(signer: ReportDocumentModel['signer']): Paragraph[] {
  const authority = signer.authority ? [line(signer.authority.toUpperCase(), { bold: true })] : [];
  return [
    ...authority,
    line(signer.title.toUpperCase(), { bold: true }),
    ...Array.from({ length: SIGNATURE_LINES }, () => line('')),
    line(signer.name?.trim() ?? '', { bold: true }),
  ];
}
