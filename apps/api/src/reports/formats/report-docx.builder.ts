/**
 * Periodic reform report as a Word document laid out per Decree 30/2020/NĐ-CP, Appendix I.
 * Layout only: every word and number comes ready in the model.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
} from 'docx';
import { ReportDocumentModel } from './report-document.model';
import { closingBlock } from './report-docx.closing';
import { headerBlock, titleBlock } from './report-docx.heading';
import { narrative, sectionBlocks } from './report-docx.narrative';
import { BODY_PT, FONT, MARGIN, PAGE, TIGHT_SPACING } from './report-docx.style';

export function buildReportDocx(model: ReportDocumentModel): Promise<Buffer> {
  return decreeDocx(model, `${model.documentType} ${model.summary}`.trim(), [
    headerBlock(model),
    ...titleBlock(model),
    ...narrative(model.introduction),
    ...model.sections.flatMap(sectionBlocks),
    ...closingBlock(model),
  ]);
}

/**
 * A document in the decree's page layout (A4, margins, body font, page numbers from page 2, the draft mark
 * boxed on page 1) around `children`: the reports, and the decisions built from their blocks
 * (report-docx.decision.ts).
 */
export function decreeDocx(
  model: Pick<ReportDocumentModel, 'issuer' | 'draftMark'>,
  title: string,
  children: (Paragraph | Table)[],
): Promise<Buffer> {
  const document = new Document({
    creator: model.issuer.name,
    title,
    styles: { default: { document: { run: { font: FONT, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN },
          // The first page carries no number (decree: numbering starts on page 2), so it gets its own header.
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: firstPageHeader(model.draftMark ?? null) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Arabic page number, centred in the top margin, same size as the body. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: TIGHT_SPACING,
        children: [new TextRun({ font: FONT, size: BODY_PT * 2, children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * Drafts say so in a box at the top right of the first page. A run border boxes just the word, where a
 * paragraph border would run across the whole width.
 */
function firstPageHeader(draftMark: string | null): Header {
  const mark = draftMark?.trim();
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: TIGHT_SPACING,
        children: mark
          ? [
              new TextRun({
                text: ` ${mark.toUpperCase()} `,
                font: FONT,
                size: BODY_PT * 2,
                bold: true,
                border: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 },
              }),
            ]
          : [],
      }),
    ],
  });
}
