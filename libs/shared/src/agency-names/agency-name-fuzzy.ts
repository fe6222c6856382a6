import { ORGANISATION_HEAD_WORDS } from './agency-name-vocabulary';
import type { KeyHit, KeyTable } from './agency-name-key-table';

/** Fuzzy hits are never as trustworthy as a written alias, however small the distance. */
const FUZZY_FACTOR = 0.9;

/**
 * Edits allowed for a key of this many characters (not counting a leading head word such as "so").
 * Short keys get none: "SNV" vs "STP" or "y te" vs "ke" are different bodies, not typos.
 */
export function maxEditDistance(meaningfulLength: number): number {
  if (meaningfulLength < 5) return 0;
  if (meaningfulLength < 9) return 1;
  if (meaningfulLength < 16) return 2;
  return 3;
}

/** Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}

interface FuzzyCandidate {
  key: string;
  firstWord: string;
  hit: KeyHit;
}

/**
 * Typo-tolerant lookup over the unambiguous keys of a KeyTable, bucketed by length so a query only
 * compares against keys that could be within the allowed distance.
 */
export class FuzzyMatcher {
  private readonly byLength = new Map<number, FuzzyCandidate[]>();

  constructor(table: KeyTable) {
    for (const [key, hit] of table.unambiguousEntries()) {
      if (maxEditDistance(meaningfulLength(key)) === 0) continue;
      const bucket = this.byLength.get(key.length) ?? [];
      bucket.push({ key, firstWord: key.split(' ')[0], hit });
      this.byLength.set(key.length, bucket);
    }
  }

  /** The single closest body within the length-aware threshold; none when two bodies tie. */
  find(query: string): KeyHit | undefined {
    const limit = maxEditDistance(meaningfulLength(query));
    if (limit === 0) return undefined;
    const queryFirst = query.split(' ')[0];
    const bestByTarget = new Map<string, { distance: number; candidate: FuzzyCandidate }>();
    for (let length = query.length - limit; length <= query.length + limit; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (!sameHead(queryFirst, candidate.firstWord)) continue;
        const distance = boundedEditDistance(query, candidate.key, limit);
        if (distance > limit) continue;
        const targetKey = `${candidate.hit.target.kind}:${candidate.hit.target.id}`;
        const known = bestByTarget.get(targetKey);
        if (!known || distance < known.distance) bestByTarget.set(targetKey, { distance, candidate });
      }
    }
    const ranked = [...bestByTarget.values()].sort((a, b) => a.distance - b.distance);
    const best = ranked[0];
    if (!best || (ranked[1] && ranked[1].distance === best.distance)) return undefined;
    const similarity = 1 - best.distance / Math.max(query.length, best.candidate.key.length);
    return {
      target: best.candidate.hit.target,
      confidence: best.candidate.hit.confidence * similarity * FUZZY_FACTOR,
    };
  }
}

function meaningfulLength(key: string): number {
  const first = key.split(' ')[0];
  return ORGANISATION_HEAD_WORDS.has(first) && first.length < key.length
    ? key.length - first.length - 1
    : key.length;
}

/** "bo noi vu" (the ministry) must not become "so noi vu" (the department): head words are never edited. */
function sameHead(queryFirst: string, candidateFirst: string): boolean {
  if (ORGANISATION_HEAD_WORDS.has(queryFirst) || ORGANISATION_HEAD_WORDS.has(candidateFirst)) {
    return queryFirst === candidateFirst;
  }
  return true;
}
