import type { Element } from '@xmldom/xmldom';
import { toRoman } from '../../common/text/roman-numeral';
import { elementChildren, isW, wAttr, wChild, wNumber } from './docx-xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

/**
 * Word's automatic numbering ("I.", "1.", "a)") is not in the text of a paragraph but in numbering.xml:
 * without it an auto-numbered "TT" column of Appendix II, where each project row starts with its number,
 * would read as empty. Lists are counted per w:num; lower levels restart when a higher one advances.
 * Numbering that comes from a paragraph style is not rendered.
 */
export class DocxNumbering {
  private readonly counters = new Map<string, number[]>();

  private constructor(private readonly levels: ReadonlyMap<string, ReadonlyMap<number, Level>>) {}

  static empty(): DocxNumbering {
    return new DocxNumbering(new Map());
  }

  static of(root: Element): DocxNumbering {
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abstract of elementChildren(root).filter((e) => isW(e, 'abstractNum'))) {
      abstracts.set(wAttr(abstract, 'abstractNumId') ?? '', levelsOf(abstract));
    }
    const nums = new Map<string, ReadonlyMap<number, Level>>();
    for (const num of elementChildren(root).filter((e) => isW(e, 'num'))) {
      const levels = new Map(abstracts.get(wAttr(wChild(num, 'abstractNumId'), 'val') ?? '') ?? []);
      for (const override of elementChildren(num).filter((e) => isW(e, 'lvlOverride'))) {
        const ilvl = Number(wAttr(override, 'ilvl'));
        const start = wNumber(override, 'startOverride');
        const level = levels.get(ilvl);
        if (level !== undefined && start !== null) levels.set(ilvl, { ...level, start });
      }
      nums.set(wAttr(num, 'numId') ?? '', levels);
    }
    return new DocxNumbering(nums);
  }

  /** The label Word shows before the paragraph ("1.", "II", "-"), advancing its list; null if none. */
  label(paragraph: Element): string | null {
    const numPr = wChild(wChild(paragraph, 'pPr'), 'numPr');
    const numId = wAttr(wChild(numPr, 'numId'), 'val');
    const levels = numId === null ? undefined : this.levels.get(numId);
    if (numId === null || levels === undefined) return null;
    const ilvl = wNumber(numPr, 'ilvl') ?? 0;
    const level = levels.get(ilvl);
    if (level === undefined) return null;
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    if (level.format === 'bullet') return bullet(level.text);
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const of = levels.get(at);
      return of === undefined ? '' : formatNumber(counts[at] ?? of.start, of.format);
    });
    return label.trim() === '' ? null : label.trim();
  }
}

function levelsOf(abstract: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elementChildren(abstract).filter((e) => isW(e, 'lvl'))) {
    levels.set(Number(wAttr(lvl, 'ilvl')), {
      start: wNumber(lvl, 'start') ?? 1,
      format: wAttr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: wAttr(wChild(lvl, 'lvlText'), 'val') ?? '',
    });
  }
  return levels;
}

/** Symbol-font bullets are private-use characters that mean nothing as text. */
function bullet(text: string): string | null {
  if (text.trim() === '') return null;
  const code = text.codePointAt(0) ?? 0;
  return code >= 0xe000 && code <= 0xf8ff ? '•' : text.trim();
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb …
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}
