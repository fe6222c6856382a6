import { reformAreaCodeOf, reformAreaCodeOfNumeral, ReformAreaCode } from '../plan/reform-areas';
import { foldVietnamese } from '../text/normalize';

/**
 * One line of the flattened PDF text. Table cells are tab-indented lines; a line break inside a cell
 * continues at column 0 (the three bullet lines "- Báo cáo tự đánh giá …" of the seed), which is why
 * indentation is kept.
 */
interface LineBase {
  /** 1-based. */
  line: number;
  /** Trimmed, no-break spaces included. */
  text: string;
  indented: boolean;
}

export type PlanLine =
  /** Nothing on it at column 0: the end of a table block or page. */
  | (LineBase & { kind: 'BREAK' })
  /** Indented but empty (a tab, a no-break space): an empty cell, or padding after a row. */
  | (LineBase & { kind: 'EMPTY_CELL' })
  /** A bare number: a page number, or a row number in Appendix II. */
  | (LineBase & { kind: 'NUMBER'; value: number })
  /** "1.3: …" result, "2.15 …" activity, "3.6: …" task (the colon is sometimes missing). */
  | (LineBase & { kind: 'CODE'; level: 1 | 2 | 3; number: number; title: string })
  /** "III": the numeral column of an area row. */
  | (LineBase & { kind: 'ROMAN'; numeral: string; area: ReformAreaCode | null })
  | (LineBase & { kind: 'HEADING'; area: ReformAreaCode })
  /** "PHỤ LỤC II" on a line of its own. */
  | (LineBase & { kind: 'APPENDIX'; appendix: number })
  | (LineBase & { kind: 'TEXT' });

const CODE = /^([123])\.(\d{1,3})(?:\s*:\s*|\s+|$)(.*)$/s;
const ROMAN = /^([IVX]{1,4})\.?$/;
const NUMBER = /^\d{1,3}$/;
const APPENDIX = /^phu luc ([ivx]+|\d+)$/;
/** Appendix and area headings are short; folding long paragraphs to test them would only cost time. */
const MAX_HEADING_LENGTH = 120;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

function appendixNumber(text: string): number | null {
  const match = APPENDIX.exec(foldVietnamese(text));
  if (!match) return null;
  return ROMAN_VALUES[match[1]] ?? (Number(match[1]) || null);
}

function codeLevel(digit: string): 1 | 2 | 3 {
  if (digit === '1') return 1;
  return digit === '2' ? 2 : 3;
}

function classifyText(base: LineBase): PlanLine {
  const { text } = base;
  const code = CODE.exec(text);
  if (code) {
    const level = codeLevel(code[1]);
    return { ...base, kind: 'CODE', level, number: Number(code[2]), title: code[3].trim() };
  }
  const roman = ROMAN.exec(text);
  if (roman) return { ...base, kind: 'ROMAN', numeral: roman[1], area: reformAreaCodeOfNumeral(roman[1]) };
  if (NUMBER.test(text)) return { ...base, kind: 'NUMBER', value: Number(text) };
  if (text.length > MAX_HEADING_LENGTH) return { ...base, kind: 'TEXT' };
  const appendix = appendixNumber(text);
  if (appendix !== null) return { ...base, kind: 'APPENDIX', appendix };
  const area = reformAreaCodeOf(text);
  return area === null ? { ...base, kind: 'TEXT' } : { ...base, kind: 'HEADING', area };
}

export function classifyLine(raw: string, index: number): PlanLine {
  const base: LineBase = { line: index + 1, text: raw.trim(), indented: /^[ \t]/.test(raw) };
  if (base.text === '') return { ...base, kind: base.indented ? 'EMPTY_CELL' : 'BREAK' };
  return classifyText(base);
}

/** Splits on any line ending; a final line ending does not start another line. */
export function splitLines(content: string): string[] {
  if (content === '') return [];
  const lines = content.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function isBlank(line: PlanLine | undefined): boolean {
  return line !== undefined && (line.kind === 'BREAK' || line.kind === 'EMPTY_CELL');
}
