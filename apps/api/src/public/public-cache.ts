import { createHash } from 'node:crypto';

/** A body ready to send: its bytes and strong ETag are computed once per cache fill, not per request. */
export interface CachedBody {
  body: string;
  etag: string;
}

/** A strong ETag: the body's SHA-256 (same figures, same tag, on every replica). */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

interface Entry<T> {
  expiresAt: number;
  value: Promise<T>;
}

/**
 * An in-process cache with a time to live. Concurrent misses of one key share one load (a burst on a cold
 * key costs one read), a failed load is not kept, and `clear()` drops everything at once (the figures
 * changed). Bounded: the oldest key goes when `maxKeys` is reached (keys are province × year, few).
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxKeys = 500,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (this.entries.size >= this.maxKeys) this.entries.delete(this.entries.keys().next().value as string);
    const value = load();
    const entry = { expiresAt: now + this.ttlMs, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** A load already running answers its own callers; the next request loads again. */
  clear(): void {
    this.entries.clear();
  }
}
