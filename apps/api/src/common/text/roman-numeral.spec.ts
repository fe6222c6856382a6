import { toRoman } from './roman-numeral';

describe('toRoman', () => {
  it('writes Roman numerals', () => {
    expect([1, 4, 5, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'V', 'IX', 'XIV', 'XL']);
  });
});
