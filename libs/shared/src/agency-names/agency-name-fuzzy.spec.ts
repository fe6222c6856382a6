import fc from 'fast-check';
import { boundedEditDistance, FuzzyMatcher, maxEditDistance } from './agency-name-fuzzy';
import { KeyTable } from './agency-name-key-table';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

describe('boundedEditDistance', () => {
  it('computes Levenshtein distance within the limit', () => {
    expect(boundedEditDistance('ni vu', 'noi vu', 2)).toBe(1);
    expect(boundedEditDistance('so noi vu', 'so ngoai vu', 3)).toBe(2);
    expect(boundedEditDistance('', 'abc', 3)).toBe(3);
  });

  it('returns limit + 1 once the distance is known to exceed the limit', () => {
    expect(boundedEditDistance('so noi vu', 'so tu phap', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('agrees with the unbounded distance (property)', () => {
    // A small alphabet makes near-equal strings, where the early exit matters, common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'o', ' '), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const exact = levenshtein(a, b);
        expect(boundedEditDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('maxEditDistance', () => {
  it('allows no edit on short keys and more on longer ones', () => {
    expect(maxEditDistance(3)).toBe(0);
    expect(maxEditDistance(4)).toBe(0);
    expect(maxEditDistance(5)).toBe(1);
    expect(maxEditDistance(8)).toBe(1);
    expect(maxEditDistance(9)).toBe(2);
    expect(maxEditDistance(15)).toBe(2);
    expect(maxEditDistance(30)).toBe(3);
  });
});

describe('FuzzyMatcher', () => {
  const table = new KeyTable();
  table.add('so noi vu', { kind: 'AGENCY', id: 'snv', code: 'SNV' }, 1);
  table.add('noi vu', { kind: 'AGENCY', id: 'snv', code: 'SNV' }, 0.95);
  table.add('so ngoai vu', { kind: 'AGENCY', id: 'sngv', code: 'SNGV' }, 1);
  table.add('so tu phap', { kind: 'AGENCY', id: 'stp', code: 'STP' }, 1);
  table.add('syt', { kind: 'AGENCY', id: 'syt', code: 'SYT' }, 1);
  const matcher = new FuzzyMatcher(table);

  it('finds the closest key and lowers the confidence', () => {
    const hit = matcher.find('so ni vu');
    expect(hit?.target.code).toBe('SNV');
    expect(hit?.confidence).toBeCloseTo((1 - 1 / 9) * 0.9);
  });

  it('scales the confidence of a derived key', () => {
    expect(matcher.find('ni vu')?.confidence).toBeCloseTo(0.95 * (1 - 1 / 6) * 0.9);
  });

  it('gives up when two bodies are equally close', () => {
    expect(matcher.find('so ngoi vu')).toBeUndefined();
  });

  it('never edits the head word', () => {
    expect(matcher.find('bo noi vu')).toBeUndefined();
  });

  it('does not guess on short keys', () => {
    expect(matcher.find('syx')).toBeUndefined();
    expect(matcher.find('stp')).toBeUndefined();
  });

  it('gives up beyond the threshold', () => {
    expect(matcher.find('so tai phan')).toBeUndefined();
  });
});
