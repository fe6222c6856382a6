import { Kind } from 'graphql';
import { isValidLocalDate, LocalDateScalar } from './scalars';

describe('LocalDate', () => {
  it.each(['2022-03-31', '2024-02-29', '1900-01-01', '2100-12-31'])('accepts %s', (value) => {
    expect(LocalDateScalar.parseValue(value)).toBe(value);
    expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value })).toBe(value);
  });

  it.each([
    '0000-01-01',
    '2022-02-30',
    '2023-02-29',
    '2022-13-01',
    '1899-12-31',
    '2101-01-01',
    '2022-1-1',
    '',
  ])('refuses %j with the accepted format and range', (value) => {
    expect(() => LocalDateScalar.parseValue(value)).toThrow(
      'LocalDate must be a real calendar date "YYYY-MM-DD" from 1900-01-01 to 2100-12-31',
    );
  });

  it('still serialises stored dates outside the input range', () => {
    expect(isValidLocalDate('1890-05-01')).toBe(true);
    expect(LocalDateScalar.serialize('1890-05-01')).toBe('1890-05-01');
  });
});
