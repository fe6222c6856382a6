import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from './keyset-pagination';

describe('keyset cursors', () => {
  it('round-trips values opaquely', () => {
    const cursor = encodeCursor(['Sở Nội vụ', 'b9a3', 3]);
    expect(cursor).not.toContain('Sở');
    expect(decodeCursor(cursor, 3)).toEqual(['Sở Nội vụ', 'b9a3', 3]);
  });

  const crafted = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

  it.each([
    'not-base64!',
    encodeCursor(['only-one']),
    crafted([{ a: 1 }, 'b']),
    crafted([['x'], 'b']),
    crafted(['a\u0000', 'b']),
    crafted(['\ud800', 'b']),
    crafted([true, 'b']),
    crafted(['x'.repeat(1001), 'b']),
  ])('rejects a malformed or crafted cursor %s as `after`', (cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ field: 'after' })] }),
    );
  });

  it('defaults to 20 and caps at 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(DomainError);
    expect(() => pageSize(0)).toThrow(DomainError);
  });
});
