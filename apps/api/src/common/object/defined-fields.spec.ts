import { definedFields } from './defined-fields';

describe('definedFields', () => {
  it('drops the keys holding undefined and keeps null, false, 0 and ""', () => {
    const input: { a?: string; b: number | null; c?: boolean; d: number; e: string } = {
      a: undefined,
      b: null,
      c: false,
      d: 0,
      e: '',
    };
    const out = definedFields(input);
    expect(out).toEqual({ b: null, c: false, d: 0, e: '' });
    expect('a' in out).toBe(false);
  });
});
