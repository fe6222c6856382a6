/**
 * jsdom's getComputedStyle matches the element against every rule of every stylesheet, through its nwsapi
 * instance. nwsapi keeps compiled selectors in LRU caches of 1,000 entries, but a screen rendered with antd
 * carries ~1,300 distinct selectors (CSS-in-JS style tags): walking them in the same order each time evicts
 * every entry before it is reused, so each getComputedStyle call recompiled all of them. That was about half
 * the CPU time of the page specs (textarea autosize and the pointer-events check call it constantly).
 *
 * Swapping the cache's storage for an unbounded Map keeps what is compiled and what matches exactly as it was:
 * a compiled selector depends only on its text and the engine configuration, and configure() still clears it.
 * The cache lives with the jsdom document, so it is dropped with each test file's environment.
 */

interface NwsapiCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): V;
  has(key: string): boolean;
  clear(): void;
  size(): number;
}

interface NwsapiEngine {
  matchLambdas?: NwsapiCache<unknown>;
  matchResolvers?: NwsapiCache<unknown>;
}

interface DocumentImpl {
  _nwsapiDontThrow?: NwsapiEngine;
}

const PATCHED = Symbol('unbounded-selector-cache');

function makeUnbounded<V>(cache: NwsapiCache<V>): void {
  const tagged = cache as NwsapiCache<V> & { [PATCHED]?: true };
  if (tagged[PATCHED]) return;
  const entries = new Map<string, V>();
  cache.get = (key) => entries.get(key);
  cache.set = (key, value) => {
    entries.set(key, value);
    return value;
  };
  cache.has = (key) => entries.has(key);
  cache.clear = () => entries.clear();
  cache.size = () => entries.size;
  tagged[PATCHED] = true;
}

/** jsdom keeps the document's internals behind a private `impl` symbol on the public wrapper. */
function documentImpl(doc: Document): DocumentImpl | undefined {
  const implSymbol = Object.getOwnPropertySymbols(doc).find((symbol) => symbol.description === 'impl');
  if (!implSymbol) return undefined;
  return (doc as unknown as Record<symbol, DocumentImpl | undefined>)[implSymbol];
}

/**
 * Gives the document's style-matching engine unbounded selector caches. Returns false when jsdom's internals
 * are not where expected: tests then run as before, only slower.
 */
export function enableUnboundedSelectorCache(doc: Document = document): boolean {
  const impl = documentImpl(doc);
  if (!impl) return false;
  // jsdom creates the engine lazily, on the first match against its default stylesheet.
  if (!impl._nwsapiDontThrow) doc.defaultView?.getComputedStyle(doc.documentElement);
  const engine = impl._nwsapiDontThrow;
  if (!engine?.matchResolvers || !engine.matchLambdas) return false;
  makeUnbounded(engine.matchResolvers);
  makeUnbounded(engine.matchLambdas);
  return true;
}
