/**
 * Body text: Roman-numbered sections, Arabic-numbered subsections and narrative paragraphs.
 * Bullets are typed "- " with a hanging indent rather than Word list numbering: that is how Vietnamese
 * administrative documents are written, and the dash survives copying into any other document.
 */
import { AlignmentType, Paragraph, Tab, Table, TabStopType, TextRun } from 'docx';
import { toRoman } from '../../common/text/roman-numeral';
import { NarrativeText, ReportSection } from './report-document.model';
import { dataTable } from './report-docx.table';
import { BODY_SPACING, FIRST_LINE_INDENT, FONT, mm, run, BODY_PT } from './report-docx.style';

/** The dash sits where a first line starts; wrapped lines align with the text after it. */
const BULLET_HANGING = mm(5);

export function sectionBlocks(section: ReportSection, index: number): (Paragraph | Table)[] {
  return [
    heading(`${toRoman(index + 1)}. ${section.heading.toUpperCase()}`),
    ...narrative(section.text),
    ...(section.tables ?? []).flatMap(dataTable),
    ...(section.subsections ?? []).flatMap((sub, i) => [
      heading(`${i + 1}. ${sub.heading}`),
      ...narrative(sub.text),
      ...(sub.tables ?? []).flatMap(dataTable),
    ]),
  ];
}

/** Headings stay with the paragraph that follows them across page breaks. */
function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext: true,
    keepLines: true,
    children: [run(text, { bold: true })],
  });
}

/** One paragraph per non-empty line; blank lines only separate paragraphs. */
export function narrative(text: NarrativeText | undefined): Paragraph[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.startsWith('- ') ? bullet(l.slice(2)) : bodyParagraph(l)));
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    children: inlineRuns(text),
  });
}

/** The tab after the dash jumps to the hanging indent, so wrapped lines line up with the text. */
function bullet(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: FIRST_LINE_INDENT + BULLET_HANGING, hanging: BULLET_HANGING },
    // Word jumps to the hanging indent by itself; the explicit stop makes LibreOffice do the same.
    tabStops: [{ type: TabStopType.LEFT, position: FIRST_LINE_INDENT + BULLET_HANGING }],
    spacing: BODY_SPACING,
    children: [
      new TextRun({ font: FONT, size: BODY_PT * 2, children: ['-', new Tab()] }),
      ...inlineRuns(text.trim()),
    ],
  });
}

/** "**…**" becomes a bold run; an unpaired "**" is left as typed. */
export function inlineRuns(text: string): TextRun[] {
  return text
    .split(/\*\*(.+?)\*\*/)
    .map((part, i) => ({ part, bold: i % 2 === 1 }))
    .filter(({ part }) => part !== '')
    .map(({ part, bold }) => run(part, { bold }));
}
