/**
 * Approximate line widths in Times New Roman, to size the rules drawn under the motto and the issuer's
 * name and the columns of data tables. Word lays text out itself; these estimates only need to be within
 * a few percent, so the standard Adobe metrics of Times Roman/Bold (1/1000 em) suffice.
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// prettier-ignore
const REGULAR = {
  upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
  lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
};
// prettier-ignore
const BOLD = {
  upper: [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
  lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
};
const PUNCTUATION: Record<string, number> = {
  ' ': 250,
  '.': 250,
  ',': 250,
  ':': 300,
  ';': 300,
  '/': 278,
  '-': 333,
};
/** The horn of ơ/ư sticks out to the right of the letter. */
const HORN = '\u031b';
const HORN_EXTRA = 100;

/** Width of `text` on one line at `pt` points, in twips. */
export function textWidth(text: string, pt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  // Decomposed, Vietnamese letters are ASCII letters plus marks; đ/Đ are d/D with a bar, same width.
  for (const ch of text.normalize('NFD').replace(/đ/g, 'd').replace(/Đ/g, 'D')) {
    units += glyphUnits(ch, table);
  }
  return Math.round((units / 1000) * pt * 20);
}

function glyphUnits(ch: string, table: typeof REGULAR): number {
  if (ch === HORN) return HORN_EXTRA;
  if (/[\u0300-\u036f]/.test(ch)) return 0;
  const upper = LETTERS.indexOf(ch);
  if (upper >= 0) return table.upper[upper];
  const lower = LETTERS.indexOf(ch.toUpperCase());
  if (lower >= 0) return table.lower[lower];
  if (/[0-9]/.test(ch)) return 500;
  return PUNCTUATION[ch] ?? 400;
}
