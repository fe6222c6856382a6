import fc from 'fast-check';
import { parseDueLabel, quarterOf } from './due-label';
import { isIsoDate, isoDate, lastDayOfMonth } from './iso-date';

const ROMAN = ['I', 'II', 'III', 'IV'];
const year = fc.integer({ min: 2000, max: 2099 });
const quarterSet = fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });
const monthSet = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 });
const quarterWord = fc.constantFrom('Quý', 'Quy', 'QUÝ', 'quý', 'Quý'.normalize('NFD'));
const separator = fc.constantFrom(', ', ',', ' và ', ' - ', '; ');

function quarterLabel(word: string, quarters: number[], roman: boolean[], sep: string): string {
  return `${word} ${quarters.map((q, i) => (roman[i] ? ROMAN[q - 1] : String(q))).join(sep)}`;
}

function endOf(y: number, month: number): string {
  return isoDate(y, month, lastDayOfMonth(y, month));
}

describe('parseDueLabel properties', () => {
  it('dates a list of quarters at the end of the latest one, within the plan year', () => {
    fc.assert(
      fc.property(
        year,
        quarterSet,
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        quarterWord,
        separator,
        (planYear, quarters, roman, word, sep) => {
          const parsed = parseDueLabel(quarterLabel(word, quarters, roman, sep), planYear);
          expect(parsed.date).toBe(endOf(planYear, Math.max(...quarters) * 3));
          expect(parsed.date?.startsWith(`${planYear}-`)).toBe(true);
          expect(parsed.quarters).toEqual([...quarters].sort((a, b) => a - b));
          expect(quarterOf(parsed.date ?? '')).toBe(Math.max(...quarters));
        },
      ),
    );
  });

  it('uses the year written after the quarters instead of the plan year', () => {
    fc.assert(
      fc.property(
        year,
        year,
        quarterSet,
        fc.constantFrom('/', ' năm ', ' / '),
        (planYear, y, quarters, glue) => {
          const label = `${quarterLabel('Quý', quarters, [true, true, true, true], ', ')}${glue}${y}`;
          expect(parseDueLabel(label, planYear).date).toBe(endOf(y, Math.max(...quarters) * 3));
        },
      ),
    );
  });

  it('dates a list of months at the end of the latest one, within the year', () => {
    fc.assert(
      fc.property(year, monthSet, separator, (planYear, months, sep) => {
        const parsed = parseDueLabel(`Tháng ${months.join(sep)}`, planYear);
        expect(parsed.date).toBe(endOf(planYear, Math.max(...months)));
        expect(parsed.date?.startsWith(`${planYear}-`)).toBe(true);
      }),
    );
  });

  it('dates a bare year at its last day', () => {
    fc.assert(
      fc.property(year, year, fc.constantFrom('', 'Năm ', 'năm '), (planYear, y, prefix) => {
        expect(parseDueLabel(`${prefix}${y}`, planYear).date).toBe(`${y}-12-31`);
      }),
    );
  });

  it('never throws, and any date it gives is a real date', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(year, { nil: null }), (label, planYear) => {
        const { date, quarters } = parseDueLabel(label, planYear);
        expect(date === null || isIsoDate(date)).toBe(true);
        expect(quarters.every((q) => q >= 1 && q <= 4)).toBe(true);
      }),
    );
  });
});
