import type { DraftUnit } from './indicator-draft.types';

/*
 * Fallbacks for subjects the vocabulary does not know. They are derived from the wording, so they are
 * only as stable as the wording; the draft says so in a note.
 */

const LEAD_IN = /^(phan dau|trong do|hoan thanh|dat|thuoc|trong|ve)\s+/;
const TRAIL_OFF = /\s+(dat tu|dat|thuoc|trong|tu)$/;
/* Syllables that carry no meaning in a slug. */
const FILLER = new Set(['cac', 'cua', 'duoc', 'nhung', 'phai', 'se', 'va', 'voi', 'cho', 'la']);
const MAX_SLUG_WORDS = 8;
const MAX_NAME_LENGTH = 100;

/** Offsets [start, end) of `folded` without lead-in and trailing connector words. */
function coreRange(folded: string): [number, number] {
  let start = 0;
  let end = folded.length;
  for (let lead = LEAD_IN.exec(folded); lead; lead = LEAD_IN.exec(folded.slice(start, end)))
    start += lead[0].length;
  for (
    let trail = TRAIL_OFF.exec(folded.slice(start, end));
    trail;
    trail = TRAIL_OFF.exec(folded.slice(start, end))
  ) {
    end -= trail[0].length;
  }
  return [start, end];
}

export function fallbackKey(foldedSubject: string): string {
  const [start, end] = coreRange(foldedSubject);
  const words = foldedSubject
    .slice(start, end)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !FILLER.has(w));
  const slug = words.slice(0, MAX_SLUG_WORDS).join('-');
  return slug === '' ? 'unnamed-target' : slug;
}

function shorten(text: string): string {
  if (text.length <= MAX_NAME_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_NAME_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : MAX_NAME_LENGTH)}…`;
}

/** "người dân được hỗ trợ" → "Tỷ lệ người dân được hỗ trợ"; `subject` and `foldedSubject` align. */
export function fallbackName(subject: string, foldedSubject: string, unit: DraftUnit): string {
  const [start, end] = coreRange(foldedSubject);
  const core = subject.slice(start, end).replace(/\s+/g, ' ').trim();
  const foldedCore = foldedSubject.slice(start, end);
  const named = /^(ty le|ti le|muc do|chi so|xep hang)/.test(foldedCore);
  const prefix = named ? '' : unit === 'RANK' ? 'Xếp hạng ' : 'Tỷ lệ ';
  // The subject keeps its own capitals: it may open with a proper name ("Cổng Dịch vụ công").
  const text = `${prefix}${core}`;
  return shorten(text.charAt(0).toUpperCase() + text.slice(1));
}
