import { DomainError } from '../common/errors/domain-error';
import { parseYear } from './public-summary.service';

describe('parseYear', () => {
  it('defaults to the year of today in Vietnam', () => {
    expect(parseYear(undefined, '2026-12-07')).toBe(2026);
  });

  it('takes a four-digit year from 2000 to 2100', () => {
    expect(parseYear('2000', '2026-01-01')).toBe(2000);
    expect(parseYear('2100', '2026-01-01')).toBe(2100);
  });

  it.each([['abc'], ['1999'], ['2101'], ['20220'], [''], [' 2022'], [['2022', '2023']], ['2022.0']])(
    'refuses %p naming the field',
    (raw) => {
      expect(() => parseYear(raw, '2026-01-01')).toThrow(DomainError);
      try {
        parseYear(raw, '2026-01-01');
      } catch (e) {
        expect((e as DomainError).fields).toEqual([
          { field: 'year', key: 'public.year', params: { min: 2000, max: 2100 } },
        ]);
      }
    },
  );
});
