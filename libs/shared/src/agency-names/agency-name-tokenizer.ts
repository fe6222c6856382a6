import { foldVietnamese } from '../text/normalize';
import { ABBREVIATIONS, CONJUNCTION_WORDS, STOPWORDS } from './agency-name-vocabulary';

/**
 * WORD: one written word, already folded and expanded (`words` may hold several words for an
 * abbreviation such as "UBND", or none for a stopword such as "các").
 * CONJ: something that may separate two list items (",", "và", "&", a spaced dash) — or may sit inside
 * one name ("Sở Văn hóa, Thể thao và Du lịch"); the parser decides.
 * COLON: "Sở: A, B" distributes "Sở" over A and B.
 */
export type AgencyTokenKind = 'WORD' | 'CONJ' | 'COLON';

export interface AgencyToken {
  kind: AgencyTokenKind;
  words: readonly string[];
  /** Offsets in the original text, so unmatched pieces can be reported as written. */
  start: number;
  end: number;
}

/** Tokens between hard separators (";", line breaks, brackets, "/"), which never occur inside a name. */
export interface AgencyTextSegment {
  tokens: AgencyToken[];
}

const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';
const TOKEN_PATTERN = new RegExp(
  `(?<word>[${WORD_CHARS}]+(?:[&\\-–'’][${WORD_CHARS}]+)*)|(?<conj>[,&+\\-–—])|(?<colon>:)|(?<hard>[;\\n\\r()[\\]/\\\\|])`,
  'gu',
);
const JOINER_PATTERN = /[&\-–]/u;
// Apostrophes are part of some minority-language place names ("Ka'Dăng"); they are dropped, not split on.
const APOSTROPHES = /['’]/gu;

export function tokenizeAgencyText(text: string): AgencyTextSegment[] {
  const segments: AgencyTextSegment[] = [];
  let current: AgencyToken[] = [];
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const start = m.index;
    const raw = m[0];
    const groups = m.groups ?? {};
    if (groups['hard'] !== undefined) {
      if (current.length > 0) segments.push({ tokens: glueSpacedAbbreviations(current, text) });
      current = [];
    } else if (groups['colon'] !== undefined) {
      current.push({ kind: 'COLON', words: [], start, end: start + 1 });
    } else if (groups['conj'] !== undefined) {
      current.push({ kind: 'CONJ', words: [], start, end: start + 1 });
    } else {
      current.push(...wordTokens(raw, start));
    }
  }
  if (current.length > 0) segments.push({ tokens: glueSpacedAbbreviations(current, text) });
  return segments;
}

/** "TN & MT", "PT - TH": a known abbreviation written with spaces around its joiner. */
function glueSpacedAbbreviations(tokens: AgencyToken[], text: string): AgencyToken[] {
  const out: AgencyToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [left, joiner, right] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (left.kind === 'WORD' && joiner?.kind === 'CONJ' && right?.kind === 'WORD') {
      const leftRaw = text.slice(left.start, left.end);
      const rightRaw = text.slice(right.start, right.end);
      const glued = foldPart(leftRaw) + foldPart(rightRaw);
      if (
        /^[&\-–]$/u.test(text.slice(joiner.start, joiner.end)) &&
        isShortUpper(leftRaw) &&
        isShortUpper(rightRaw) &&
        ABBREVIATIONS.has(glued)
      ) {
        out.push(singleWord(glued, left.start, right.end));
        i += 2;
        continue;
      }
    }
    out.push(tokens[i]);
  }
  return out;
}

function isShortUpper(raw: string): boolean {
  return raw.length <= 4 && raw === raw.toUpperCase();
}

/** The folded, expanded words of a whole phrase, separators ignored: the lookup key of a catalogue name. */
export function phraseWords(text: string): string[] {
  return tokenizeAgencyText(text).flatMap((segment) => segment.tokens.flatMap((token) => token.words));
}

/**
 * "TN&MT" and "PT-TH" are single abbreviations, but "Lao động-Thương binh" is two words that lost
 * their spaces; only short upper-case parts or a known abbreviation are glued back together.
 */
function wordTokens(raw: string, start: number): AgencyToken[] {
  const parts = splitJoined(raw, start);
  if (parts.length > 1) {
    const glued = parts.map((p) => foldPart(p.text)).join('');
    const allUpper = parts.every((p) => isShortUpper(p.text));
    if (ABBREVIATIONS.has(glued) || allUpper) return [singleWord(glued, start, start + raw.length)];
    const tokens: AgencyToken[] = [];
    parts.forEach((p, i) => {
      if (i > 0) tokens.push({ kind: 'CONJ', words: [], start: p.start - 1, end: p.start });
      tokens.push(singleWord(foldPart(p.text), p.start, p.start + p.text.length));
    });
    return tokens;
  }
  return [singleWord(foldPart(raw), start, start + raw.length)];
}

function singleWord(folded: string, start: number, end: number): AgencyToken {
  if (CONJUNCTION_WORDS.has(folded)) return { kind: 'CONJ', words: [], start, end };
  if (STOPWORDS.has(folded)) return { kind: 'WORD', words: [], start, end };
  return { kind: 'WORD', words: ABBREVIATIONS.get(folded) ?? [folded], start, end };
}

function splitJoined(raw: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let offset = 0;
  for (const piece of raw.split(JOINER_PATTERN)) {
    parts.push({ text: piece, start: start + offset });
    offset += piece.length + 1;
  }
  return parts;
}

function foldPart(text: string): string {
  return foldVietnamese(text).replace(APOSTROPHES, '').replace(/\s+/g, '');
}
