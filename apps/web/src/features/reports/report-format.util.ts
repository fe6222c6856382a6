/**
 * The narrative's plain-text conventions, read exactly as the Word export reads them
 * (apps/api/src/reports/formats/report-docx.narrative.ts) so the preview shows what the document will:
 * one paragraph per non-empty line, a line starting with "- " is a bullet, and "**text**" is bold.
 */

export interface InlineSegment {
  text: string;
  bold: boolean;
}

export type NarrativeBlock =
  { kind: 'paragraph'; segments: InlineSegment[] } | { kind: 'bullets'; items: InlineSegment[][] };

/** "**…**" becomes bold; an unpaired "**" stays as typed, as in the export. */
export function parseInline(text: string): InlineSegment[] {
  return text
    .split(/\*\*(.+?)\*\*/)
    .map((part, index) => ({ text: part, bold: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}

/** Blocks in reading order; consecutive bullets share one list so they render as a single <ul>. */
export function parseNarrative(text: string | null | undefined): NarrativeBlock[] {
  if (!text) return [];
  const blocks: NarrativeBlock[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('- ')) {
      const item = parseInline(line.slice(2).trim());
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'bullets') last.items.push(item);
      else blocks.push({ kind: 'bullets', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', segments: parseInline(line) });
    }
  }
  return blocks;
}

/** True when the text uses a convention the plain textarea does not show (worth a preview). */
export function hasFormatting(text: string | null | undefined): boolean {
  if (!text) return false;
  return parseNarrative(text).some(
    (block) => block.kind === 'bullets' || block.segments.some((segment) => segment.bold),
  );
}
