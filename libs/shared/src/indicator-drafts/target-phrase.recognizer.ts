import type { DraftDirection } from './indicator-draft.types';
import { foldKeepingOffsets } from './offset-fold';

/** A target stated in a clause: "đạt 85% trở lên", "tối thiểu 90%", "thuộc nhóm 25 tỉnh, thành phố đứng đầu". */
export interface TargetPhrase {
  unit: 'PERCENT' | 'RANK';
  value: number;
  direction: DraftDirection;
  /** "trên 50%" is strictly above 50, which a draft can only record as AT_LEAST 50. */
  strict: boolean;
  /** Offset of the qualifier ("đạt từ", "thuộc"), or of the number when there is none. */
  start: number;
  /** Offset after the number and its closing words ("trở lên", "tỉnh, thành phố đứng đầu cả nước"). */
  end: number;
  /** The thing measured comes before the phrase ("… đạt 85%", "… thuộc nhóm 25") rather than after ("90% cán bộ"). */
  subjectFirst: boolean;
}

const QUALIFIER_WORDS = [
  'khong vuot qua',
  'khong thap hon',
  'khong duoi',
  'khong qua',
  'toi thieu',
  'it nhat',
  'toi da',
  'cao hon',
  'thap hon',
  'xuong con',
  'giam con',
  'dat',
  'tu',
  'tren',
  'hon',
  'duoi',
].join('|');

const PERCENT = new RegExp(
  `(?<![a-z0-9])((?:(?:${QUALIFIER_WORDS})\\s+){0,3})(\\d+(?:[.,]\\d+)?)\\s*%(\\s+tro (?:len|xuong)(?![a-z]))?`,
  'g',
);

/*
 * "nhóm N" alone can count anything ("nhóm 3 thủ tục"), so it is a rank only when provinces or a "top"
 * word follow; "top N" and "xếp (hạng) thứ N" are ranks on their own.
 */
const RANK = new RegExp(
  [
    '(?<![a-z0-9])((?:(?:nam trong|thuoc|trong|vao)\\s+)?)',
    '(?:top\\s+(\\d+)|nhom\\s+(\\d+)(?=\\s+(?:tinh|dia phuong|dung dau|dan dau))|xep (?:hang )?(?:thu )?(\\d+))',
    '(?:\\s+tinh(?:,?\\s+thanh pho)?|\\s+dia phuong)?',
    '(?:\\s+(?:dung dau|dan dau|cao nhat|tot nhat))?',
    '(?:\\s+(?:ca nuoc|toan quoc))?',
  ].join(''),
  'g',
);

/** "80,5" (Vietnamese decimal comma) and "80.5" both read 80.5. */
export function parseDecimal(raw: string): number {
  return Number(raw.replace(',', '.'));
}

function percentDirection(qualifier: string, trailer: string): Pick<TargetPhrase, 'direction' | 'strict'> {
  // Negated bounds first: "không dưới" contains "dưới" but is a minimum.
  if (/khong (duoi|thap hon)/.test(qualifier)) return { direction: 'AT_LEAST', strict: false };
  if (/khong (vuot )?qua|toi da|xuong con|giam con/.test(qualifier) || trailer.includes('xuong')) {
    return { direction: 'AT_MOST', strict: false };
  }
  if (/(^|\s)(duoi|thap hon)\s/.test(` ${qualifier}`)) return { direction: 'AT_MOST', strict: true };
  if (/(^|\s)(tren|hon|cao hon)\s/.test(` ${qualifier}`)) return { direction: 'AT_LEAST', strict: true };
  // A bare "80% giao dịch" is read as a floor: plans state what must at least be reached.
  return { direction: 'AT_LEAST', strict: false };
}

function percentPhrases(folded: string): TargetPhrase[] {
  return [...folded.matchAll(PERCENT)].map((match) => {
    const [whole, qualifier, number, trailer = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    const rest = folded.slice(end);
    const subjectFirst = /(^|\s)dat\s/.test(` ${qualifier}`) || /^[\s).]*([,;]|$)/.test(rest);
    return {
      unit: 'PERCENT',
      value: parseDecimal(number),
      start,
      end,
      subjectFirst,
      ...percentDirection(qualifier, trailer),
    };
  });
}

function rankPhrases(folded: string): TargetPhrase[] {
  return [...folded.matchAll(RANK)].map((match) => {
    const [whole, , top, group, place] = match;
    const start = match.index;
    const subjectFirst = /[a-z]/.test(folded.slice(0, start));
    const value = Number(top ?? group ?? place);
    return {
      unit: 'RANK',
      value,
      direction: 'AT_MOST',
      strict: false,
      start,
      end: start + whole.length,
      subjectFirst,
    };
  });
}

/** Every percentage or rank target in `text`, in order; offsets are those of `text`. */
export function recognizeTargetPhrases(text: string): TargetPhrase[] {
  const folded = foldKeepingOffsets(text);
  return [...percentPhrases(folded), ...rankPhrases(folded)].sort((a, b) => a.start - b.start);
}
