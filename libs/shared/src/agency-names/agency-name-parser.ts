import type { KeyHit } from './agency-name-key-table';
import type { NameMatcher } from './agency-name-matcher';
import type { AgencyTextSegment, AgencyToken } from './agency-name-tokenizer';
import { distributedHeads } from './agency-name-vocabulary';

/** A piece of the cell: matched to a body (hit) or not; offsets point into the original text. */
export interface ParsedPiece {
  start: number;
  end: number;
  hit?: KeyHit;
}

/** Words between two separators, with the offsets of the token each word came from. */
interface Chunk {
  words: string[];
  spans: { start: number; end: number }[];
  start: number;
  end: number;
}

/** Longer items than this are prose, not names; bounding them keeps parsing a cell cheap. */
const MAX_ITEM_CHUNKS = 8;
const MAX_ITEM_WORDS = 24;
/** Pieces recovered by splitting a run that has no separators are a guess about where names end. */
const COVER_FACTOR = 0.9;

type Heads = readonly (readonly string[])[];

interface Plan {
  unresolvedWords: number;
  items: number;
  confidence: number;
  first?: { from: number; to: number; hit?: KeyHit; next: Plan };
}

export function parseSegment(segment: AgencyTextSegment, matcher: NameMatcher): ParsedPiece[] {
  const { heads, tokens } = splitDistributedPrefix(segment.tokens, matcher);
  const chunks = toChunks(tokens);
  const pieces: ParsedPiece[] = [];
  for (let step = bestPlan(chunks, heads, matcher).first; step; step = step.next.first) {
    const span = chunks.slice(step.from, step.to + 1);
    if (step.hit) pieces.push({ start: span[0].start, end: span[span.length - 1].end, hit: step.hit });
    else if (span.some((c) => c.words.length > 0)) pieces.push(...recoverRun(span, heads, matcher));
  }
  return pieces;
}

/**
 * "Sở: TNMT, Xây dựng" — the part before the colon is a head shared by the items after it, unless it
 * names an agency itself ("Sở Nội vụ: …"), in which case the colon is just a separator.
 */
function splitDistributedPrefix(
  tokens: AgencyToken[],
  matcher: NameMatcher,
): { heads: Heads; tokens: AgencyToken[] } {
  const colon = tokens.findIndex((t) => t.kind === 'COLON');
  if (colon < 0) return { heads: [], tokens };
  const prefixWords = tokens.slice(0, colon).flatMap((t) => t.words);
  const prefixHit = matcher.exact(prefixWords, []);
  const heads = prefixHit?.target.kind === 'AGENCY' ? [] : distributedHeads(prefixWords);
  if (heads.length === 0) return { heads: [], tokens };
  return { heads, tokens: tokens.slice(colon + 1) };
}

function toChunks(tokens: readonly AgencyToken[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  for (const token of tokens) {
    if (token.kind !== 'WORD') {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { words: [], spans: [], start: token.start, end: token.end };
      chunks.push(current);
    }
    current.end = token.end;
    for (const word of token.words) {
      current.words.push(word);
      current.spans.push({ start: token.start, end: token.end });
    }
  }
  return chunks;
}

/**
 * Chooses where the separators split the list: fewest unmatched words first (so "và" inside
 * "Sở Tài nguyên và Môi trường" is kept when that yields a known name), then fewest items (the
 * longest known names), then the highest confidence.
 */
function bestPlan(chunks: readonly Chunk[], heads: Heads, matcher: NameMatcher): Plan {
  const plans: Plan[] = [];
  plans[chunks.length] = { unresolvedWords: 0, items: 0, confidence: 0 };
  for (let from = chunks.length - 1; from >= 0; from--) {
    let best: Plan | undefined;
    const words: string[] = [];
    for (let to = from; to < chunks.length && to - from < MAX_ITEM_CHUNKS; to++) {
      words.push(...chunks[to].words);
      if (words.length > MAX_ITEM_WORDS) break;
      const rest = plans[to + 1];
      const hit = words.length > 0 ? matcher.exact(words, heads) : undefined;
      const candidate: Plan = {
        unresolvedWords: rest.unresolvedWords + (hit ? 0 : words.length),
        items: rest.items + 1,
        confidence: rest.confidence + (hit?.confidence ?? 0),
        first: { from, to, hit, next: rest },
      };
      if (!best || better(candidate, best)) best = candidate;
    }
    plans[from] = best ?? plans[from + 1];
  }
  return plans[0];
}

function better(a: Plan, b: Plan): boolean {
  if (a.unresolvedWords !== b.unresolvedWords) return a.unresolvedWords < b.unresolvedWords;
  if (a.items !== b.items) return a.items < b.items;
  return a.confidence > b.confidence;
}

/**
 * A run the exact lookups could not place. Greedily, longest span first: names written without a
 * separator ("Sở Nội vụ Sở Tư pháp"), then truncated names ("Sở Lao động"), then typos — longest first so
 * that a typo in the second half of "Sở Tài nguyên và Môi trườg" is not cut off by a prefix match on the
 * first half. Whatever is left is reported as written.
 */
function recoverRun(run: readonly Chunk[], heads: Heads, matcher: NameMatcher): ParsedPiece[] {
  const pieces: ParsedPiece[] = [];
  let unmatched: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (unmatched) pieces.push(unmatched);
    unmatched = undefined;
  };
  for (let from = 0; from < run.length;) {
    let found: ParsedPiece[] | undefined;
    let to = run.length - 1;
    for (; to >= from && !found; to--) found = recoverSpan(run.slice(from, to + 1), heads, matcher);
    if (found) {
      flush();
      pieces.push(...found);
      from = to + 2;
    } else {
      if (run[from].words.length > 0) {
        unmatched = { start: unmatched?.start ?? run[from].start, end: run[from].end };
      }
      from++;
    }
  }
  flush();
  return pieces;
}

function recoverSpan(span: readonly Chunk[], heads: Heads, matcher: NameMatcher): ParsedPiece[] | undefined {
  const words = span.flatMap((c) => c.words);
  if (words.length === 0) return undefined;
  const spans = span.flatMap((c) => c.spans);
  const covered = coverWithoutSeparators(words, spans, heads, matcher);
  if (covered) return covered;
  const hit = matcher.prefix(words, heads) ?? matcher.fuzzy(words, heads);
  return hit ? [{ start: span[0].start, end: span[span.length - 1].end, hit }] : undefined;
}

/** Splits words into consecutive exact names covering all of them, or gives up. */
function coverWithoutSeparators(
  words: readonly string[],
  spans: readonly { start: number; end: number }[],
  heads: Heads,
  matcher: NameMatcher,
): ParsedPiece[] | undefined {
  const cover: (ParsedPiece[] | undefined)[] = [];
  cover[words.length] = [];
  for (let from = words.length - 1; from >= 0; from--) {
    for (let to = words.length; to > from; to--) {
      const rest = cover[to];
      if (!rest) continue;
      const hit = matcher.exact(words.slice(from, to), heads);
      if (!hit) continue;
      const piece = {
        start: spans[from].start,
        end: spans[to - 1].end,
        hit: { ...hit, confidence: hit.confidence * COVER_FACTOR },
      };
      cover[from] = [piece, ...rest];
      break;
    }
  }
  const result = cover[0];
  return result && result.length > 1 ? result : undefined;
}
