import { strongEtag, TtlCache } from './public-cache';

describe('TtlCache', () => {
  afterEach(() => jest.restoreAllMocks());

  it('loads once per key within the TTL, shares concurrent loads, and reloads after it', async () => {
    const cache = new TtlCache<number>(1000);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now);
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    jest.spyOn(Date, 'now').mockReturnValue(now + 999);
    expect(await cache.get('a', load)).toBe(1);
    jest.spyOn(Date, 'now').mockReturnValue(now + 1000);
    expect(await cache.get('a', load)).toBe(2);
  });

  it('keeps no failure and forgets everything on clear()', async () => {
    const cache = new TtlCache<string>(60_000);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', () => Promise.resolve('up'))).toBe('up');
    cache.clear();
    expect(await cache.get('a', () => Promise.resolve('new'))).toBe('new');
  });

  it('drops the oldest key when full', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    await cache.get('a', () => Promise.resolve('a1'));
    await cache.get('b', () => Promise.resolve('b1'));
    await cache.get('c', () => Promise.resolve('c1'));
    expect(await cache.get('a', () => Promise.resolve('a2'))).toBe('a2');
    expect(await cache.get('c', () => Promise.resolve('c2'))).toBe('c1');
  });
});

describe('strongEtag', () => {
  it('is a quoted hash of the body: equal bodies, equal tags', () => {
    expect(strongEtag('x')).toBe(strongEtag('x'));
    expect(strongEtag('x')).not.toBe(strongEtag('y'));
    expect(strongEtag('x')).toMatch(/^"[\w-]{43}"$/);
  });
});
