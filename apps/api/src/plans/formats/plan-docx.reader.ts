import type { Element } from '@xmldom/xmldom';
import { posix } from 'path';
import type JSZip from 'jszip';
import { readZipText, sniffDocument, UnpackedTooLargeError, wrongFormatMessage } from './document-sniff';
import { DocxNumbering } from './docx-numbering';
import { CellReader, tableLines } from './docx-table';
import { contentChildren, elementChildren, isW, parseXml, wChild } from './docx-xml';
import { UnreadableDocumentError } from './unreadable-document.error';

/** Parts that hold no reading text: floating shapes and text boxes, deleted and moved-away text, fields' code. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'delText',
  'instrText',
  'moveFrom',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
]);

function collect(el: Element, out: string[]): void {
  for (const child of elementChildren(el)) {
    if (SKIPPED.has(child.localName ?? '')) continue;
    // A tab, typed or as w:tab, would indent the line and make it a cell in the text layout.
    if (isW(child, 't')) out.push((child.textContent ?? '').replace(/\t/g, ' '));
    else if (isW(child, 'tab') || isW(child, 'ptab')) out.push(' ');
    else if (isW(child, 'br') || isW(child, 'cr')) out.push('\n');
    else if (isW(child, 'noBreakHyphen')) out.push('-');
    else collect(child, out);
  }
}

/** A paragraph's lines (a manual line break starts a line), its list number first; trimmed. */
function paragraphLines(paragraph: Element, numbering: DocxNumbering): string[] {
  const parts: string[] = [];
  collect(paragraph, parts);
  const label = numbering.label(paragraph);
  const text = `${label === null ? '' : `${label} `}${parts.join('')}`;
  return text.split('\n').map((line) => line.trim());
}

/** A cell's paragraphs, nested tables included, in reading order; blank lines dropped. */
function cellReader(numbering: DocxNumbering): CellReader {
  const read: CellReader = (container) =>
    contentChildren(container).flatMap((child) => {
      if (isW(child, 'p')) return paragraphLines(child, numbering).filter((l) => l !== '');
      if (isW(child, 'tbl') || isW(child, 'tr') || isW(child, 'tc')) return read(child);
      return [];
    });
  return read;
}

function bodyLines(body: Element, numbering: DocxNumbering): string[] {
  const read = cellReader(numbering);
  const headerRows = new Set<string>();
  return contentChildren(body).flatMap((block) => {
    if (isW(block, 'p')) return paragraphLines(block, numbering);
    if (isW(block, 'tbl')) return tableLines(block, read, headerRows);
    return [];
  });
}

/** Where a relationship of the given type points, from a .rels part; null when none does. */
async function relationTarget(zip: JSZip, rels: string, type: string, base: string): Promise<string | null> {
  const xml = await readZipText(zip, rels);
  if (xml === null) return null;
  const relation = elementChildren(parseXml(xml)).find(
    (r) => r.localName === 'Relationship' && (r.getAttribute('Type') ?? '').endsWith(`/${type}`),
  );
  const target = relation?.getAttribute('Target');
  if (!target) return null;
  return posix.normalize(target.startsWith('/') ? target : posix.join(base, target)).replace(/^\/+/, '');
}

async function readNumbering(zip: JSZip, mainPart: string): Promise<DocxNumbering> {
  const dir = posix.dirname(mainPart);
  const rels = posix.join(dir, '_rels', `${posix.basename(mainPart)}.rels`);
  try {
    const part = (await relationTarget(zip, rels, 'numbering', dir)) ?? posix.join(dir, 'numbering.xml');
    const xml = await readZipText(zip, part);
    return xml === null ? DocxNumbering.empty() : DocxNumbering.of(parseXml(xml));
  } catch (error) {
    if (error instanceof UnpackedTooLargeError) throw error;
    // Numbering only adds list labels; a damaged numbering part should not cost the whole text.
    return DocxNumbering.empty();
  }
}

async function readBody(zip: JSZip): Promise<{ body: Element; numbering: DocxNumbering }> {
  const mainPart = (await relationTarget(zip, '_rels/.rels', 'officeDocument', '')) ?? 'word/document.xml';
  const xml = await readZipText(zip, mainPart);
  if (xml === null)
    throw new UnreadableDocumentError('This Word document has no text part; it may be damaged.', 'DOCX');
  const body = wChild(parseXml(xml), 'body');
  if (body === null)
    throw new UnreadableDocumentError('This Word document has no body; it may be damaged.', 'DOCX');
  return { body, numbering: await readNumbering(zip, mainPart) };
}

/**
 * Converts a Word (.docx) plan into the text layout `parsePlanText` reads, so one parser serves both:
 * paragraphs become lines; every table row becomes its first cell (the code and title, or the project
 * number) followed by one tab-indented line per cell, an empty cell as a tab and a no-break space, as in
 * text copied from the plan's PDF. Nothing is interpreted here beyond the layout.
 * Throws UnreadableDocumentError, whose message names what the file is, for anything but a readable .docx.
 */
export async function docxToPlanText(buffer: Buffer): Promise<string> {
  const sniffed = await sniffDocument(buffer);
  if (sniffed.format === 'EMPTY') throw new UnreadableDocumentError('The file is empty.', 'EMPTY');
  if (sniffed.format !== 'DOCX' || sniffed.zip === null) {
    throw new UnreadableDocumentError(wrongFormatMessage(sniffed.format, 'DOCX'), sniffed.format);
  }
  try {
    const { body, numbering } = await readBody(sniffed.zip);
    return `${bodyLines(body, numbering).join('\n')}\n`;
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    const reason = error instanceof UnpackedTooLargeError ? error.message : 'its text cannot be read';
    throw new UnreadableDocumentError(`This Word document cannot be read: ${reason}.`, 'DOCX');
  }
}
