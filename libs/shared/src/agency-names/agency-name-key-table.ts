import {
  endsWith,
  GENERIC_KEYS,
  LOCALITY_SUFFIXES,
  ORGANISATION_HEAD_WORDS,
  startsWithAt,
  STRIPPABLE_HEADS,
} from './agency-name-vocabulary';

export interface KeyTarget {
  kind: 'AGENCY' | 'GROUP';
  id: string;
  code: string;
}

export interface KeyHit {
  target: KeyTarget;
  confidence: number;
}

/** A catalogue name, short name or alias as written. */
export const CONFIDENCE_EXACT = 1;
/** A key the index derived from one (head or place word dropped: "Nội vụ", "Viễn thông"). */
export const CONFIDENCE_DERIVED = 0.95;
/** A unique word prefix of a known name ("Sở Lao động"). */
export const CONFIDENCE_PREFIX = 0.85;

interface Slot {
  /** null: two bodies share this key at this confidence, so it names neither. */
  target: KeyTarget | null;
  confidence: number;
}

function sameTarget(a: KeyTarget, b: KeyTarget): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/**
 * key → body, where a stronger registration (written alias) overrides a weaker one (derived key) and
 * equal-strength collisions between different bodies make the key ambiguous rather than first-wins.
 */
export class KeyTable {
  private readonly slots = new Map<string, Slot>();

  add(key: string, target: KeyTarget, confidence: number): void {
    if (!key) return;
    const slot = this.slots.get(key);
    if (!slot || confidence > slot.confidence) {
      this.slots.set(key, { target, confidence });
    } else if (confidence === slot.confidence && slot.target && !sameTarget(slot.target, target)) {
      slot.target = null;
    }
  }

  get(key: string): KeyHit | undefined {
    const slot = this.slots.get(key);
    return slot?.target ? { target: slot.target, confidence: slot.confidence } : undefined;
  }

  ambiguousKeys(): string[] {
    return [...this.slots].filter(([, slot]) => !slot.target).map(([key]) => key);
  }

  *unambiguousEntries(): Generator<[string, KeyHit]> {
    for (const [key, slot] of this.slots) {
      if (slot.target) yield [key, { target: slot.target, confidence: slot.confidence }];
    }
  }
}

/** Keys derived from a full catalogue key: without its place suffix, without its kind head, or both. */
export function derivedKeys(words: readonly string[]): string[] {
  const variants: (readonly string[])[] = [words];
  for (const suffix of LOCALITY_SUFFIXES) {
    if (endsWith(words, suffix)) variants.push(words.slice(0, words.length - suffix.length));
  }
  const out = new Set<string>();
  for (const variant of variants) {
    if (variant !== words && variant.length >= 2) out.add(variant.join(' '));
    for (const head of STRIPPABLE_HEADS) {
      if (variant.length > head.length && startsWithAt(variant, 0, head)) {
        out.add(variant.slice(head.length).join(' '));
      }
    }
  }
  out.delete(words.join(' '));
  return [...out].filter((key) => !GENERIC_KEYS.has(key));
}

/**
 * Word prefixes of names that start with a head word ("so lao dong" → Sở Lao động - Thương binh và
 * Xã hội), for officials who truncate long names. Only prefixes shared by no other body are kept.
 */
export function prefixKeys(words: readonly string[]): string[] {
  if (words.length < 3 || !ORGANISATION_HEAD_WORDS.has(words[0])) return [];
  const keys: string[] = [];
  for (let length = 2; length < words.length; length++) {
    const key = words.slice(0, length).join(' ');
    if (!GENERIC_KEYS.has(key)) keys.push(key);
  }
  return keys;
}
