import { describe, expect, it } from 'vitest';
import { IndicatorUnit } from '@partrack/shared';
import { formatIndicatorValue, formatNumber, formatRatioParts } from './indicator-format.util';

const VI = { rank: (n: string) => `hạng ${n}`, yes: 'Có', no: 'Không' };
const EN = { rank: (n: string) => `rank ${n}`, yes: 'Yes', no: 'No' };

describe('formatIndicatorValue', () => {
  it('shows percentages with one decimal and the Vietnamese decimal comma', () => {
    expect(formatIndicatorValue(85.46, IndicatorUnit.PERCENT, 'vi', VI)).toBe('85,5%');
    expect(formatIndicatorValue(100, IndicatorUnit.PERCENT, 'vi', VI)).toBe('100,0%');
    expect(formatIndicatorValue(85.46, IndicatorUnit.PERCENT, 'en', EN)).toBe('85.5%');
  });

  it('shows counts as whole numbers with thousands separators', () => {
    expect(formatIndicatorValue(1234, IndicatorUnit.COUNT, 'vi', VI)).toBe('1.234');
    expect(formatIndicatorValue(1234, IndicatorUnit.COUNT, 'en', EN)).toBe('1,234');
    // An average of counts rolls up to a fraction; a count is still read as a whole number.
    expect(formatIndicatorValue(12.4, IndicatorUnit.COUNT, 'vi', VI)).toBe('12');
  });

  it('shows ranks as "hạng N" and yes/no for BOOLEAN', () => {
    expect(formatIndicatorValue(3, IndicatorUnit.RANK, 'vi', VI)).toBe('hạng 3');
    expect(formatIndicatorValue(3, IndicatorUnit.RANK, 'en', EN)).toBe('rank 3');
    expect(formatIndicatorValue(1, IndicatorUnit.BOOLEAN, 'vi', VI)).toBe('Có');
    expect(formatIndicatorValue(0, IndicatorUnit.BOOLEAN, 'vi', VI)).toBe('Không');
    expect(formatIndicatorValue(7, IndicatorUnit.BOOLEAN, 'vi', VI)).toBe('7');
  });

  it('shows scores with up to two decimals and no data as a dash, never 0', () => {
    expect(formatIndicatorValue(8.125, IndicatorUnit.SCORE, 'vi', VI)).toBe('8,13');
    expect(formatIndicatorValue(null, IndicatorUnit.PERCENT, 'vi', VI)).toBe('—');
    expect(formatIndicatorValue(undefined, IndicatorUnit.COUNT, 'vi', VI)).toBe('—');
  });

  it('writes the parts of a ratio, or nothing when one is missing', () => {
    expect(formatRatioParts(1200, 1500, 'vi')).toBe('1.200 / 1.500');
    expect(formatRatioParts(12, null, 'vi')).toBeNull();
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
  });
});
