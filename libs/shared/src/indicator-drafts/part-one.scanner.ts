import { foldKeepingOffsets, plainLine } from './offset-fold';

/** "1. Mục tiêu chung" states aims; "2. Các chỉ tiêu chủ yếu" states the targets. */
export type PartOneSection = 'GENERAL' | 'INDICATORS';

export interface PartOneLine {
  /** 1-based. */
  line: number;
  /** NFC, plain spaces, trimmed: the offsets every later step works with. */
  text: string;
  folded: string;
  section: PartOneSection;
}

const PART_ONE = /^i[.:]?\s+(muc tieu|chi tieu)/;
/* Part II ("II. NHIỆM VỤ TRỌNG TÂM") or an appendix ends Part I; whatever the next part is called. */
const NEXT_PART = /^(ii|iii|iv|v|vi|vii|viii|ix|x)[.:]\s+\S|^phu luc(\s|$)/;
/* A numbered sub-heading is short and states no target; a numbered target ("1. 100% …") is not one. */
const SUB_HEADING = /^\d{1,2}[.)]\s+\D/;
const MAX_SUB_HEADING_LENGTH = 80;

function subHeadingSection(folded: string): PartOneSection | null {
  if (!SUB_HEADING.test(folded) || folded.length > MAX_SUB_HEADING_LENGTH || folded.includes('%'))
    return null;
  return folded.includes('chi tieu') ? 'INDICATORS' : 'GENERAL';
}

/**
 * The text lines of Part I with the section each belongs to; headings are left out. `null` when the
 * document has no Part I heading at all, which callers report rather than guess.
 */
export function scanPartOne(content: string): PartOneLine[] | null {
  const lines = content.split(/\r\n|\r|\n/);
  const start = lines.findIndex((raw) => PART_ONE.test(foldKeepingOffsets(plainLine(raw).trim())));
  if (start < 0) return null;
  const found: PartOneLine[] = [];
  let section: PartOneSection = 'GENERAL';
  for (let index = start + 1; index < lines.length; index += 1) {
    const text = plainLine(lines[index]).trim();
    const folded = foldKeepingOffsets(text);
    if (NEXT_PART.test(folded)) break;
    if (text === '') continue;
    const heading = subHeadingSection(folded);
    if (heading !== null) section = heading;
    else found.push({ line: index + 1, text, folded, section });
  }
  return found;
}
