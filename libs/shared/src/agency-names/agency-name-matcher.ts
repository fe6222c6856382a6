import { FuzzyMatcher } from './agency-name-fuzzy';
import { KeyHit, KeyTable } from './agency-name-key-table';
import { endsWith, QUALIFIER_SUFFIXES } from './agency-name-vocabulary';

/** How far trailing qualifiers are peeled ("các Sở, ban, ngành thuộc tỉnh liên quan" needs two). */
const MAX_QUALIFIERS = 3;

/**
 * Looks up one candidate piece (a list of normalised words) in the index, trying in turn the piece as
 * written and without trailing qualifiers, each with and without the heads a list prefix distributes.
 * The cheap lookups (exact, prefix) are separate from the fuzzy one so callers only pay for edit
 * distance once everything else has failed.
 */
export class NameMatcher {
  constructor(
    private readonly exactTable: KeyTable,
    private readonly prefixTable: KeyTable,
    private readonly fuzzyMatcher: FuzzyMatcher,
  ) {}

  exact(words: readonly string[], heads: readonly (readonly string[])[]): KeyHit | undefined {
    return this.best(words, heads, (key) => this.exactTable.get(key));
  }

  prefix(words: readonly string[], heads: readonly (readonly string[])[]): KeyHit | undefined {
    return this.best(words, heads, (key) => this.prefixTable.get(key));
  }

  fuzzy(words: readonly string[], heads: readonly (readonly string[])[]): KeyHit | undefined {
    return this.best(words, heads, (key) => this.fuzzyMatcher.find(key));
  }

  private best(
    words: readonly string[],
    heads: readonly (readonly string[])[],
    find: (key: string) => KeyHit | undefined,
  ): KeyHit | undefined {
    let best: KeyHit | undefined;
    for (const variant of qualifierVariants(words)) {
      for (const candidate of [...heads.map((head) => [...head, ...variant]), variant]) {
        const hit = find(candidate.join(' '));
        if (hit && (!best || hit.confidence > best.confidence)) best = hit;
      }
      // A match on the piece as written beats any reading that ignores part of it.
      if (best) return best;
    }
    return best;
  }
}

/** The words as written, then with one, two… trailing qualifiers removed (breadth first). */
export function qualifierVariants(words: readonly string[]): (readonly string[])[] {
  const seen = new Set<string>([words.join(' ')]);
  const out: (readonly string[])[] = [words];
  let frontier: (readonly string[])[] = [words];
  for (let depth = 0; depth < MAX_QUALIFIERS && frontier.length > 0; depth++) {
    const next: (readonly string[])[] = [];
    for (const current of frontier) {
      for (const suffix of QUALIFIER_SUFFIXES) {
        if (!endsWith(current, suffix)) continue;
        const stripped = current.slice(0, current.length - suffix.length);
        const key = stripped.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(stripped);
        next.push(stripped);
      }
    }
    frontier = next;
  }
  return out;
}
