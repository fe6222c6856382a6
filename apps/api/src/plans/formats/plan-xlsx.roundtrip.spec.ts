import { classifyProduct, parseDueLabel, PlanItemKind, REFORM_AREAS } from '@partrack/shared';
import fc from 'fast-check';
import { parsePlanXlsx } from './plan-xlsx.reader';
import { buildPlanXlsx, PlanXlsxRow } from './plan-xlsx.template';

/** Vietnamese letters (precomposed and combining), markup and spreadsheet-significant characters. */
const CHARACTERS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'AĂÂĐÊÔƠƯẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ',
  ...'0123456789 ,.;:-–/()"\'&<>=+%…“”',
  'e\u0301',
  '\t',
  '\n',
];

/** Cell text as the reader returns it: ends trimmed, never empty (line breaks inside are kept). */
const text = (maxLength: number) =>
  fc
    .string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s !== '');

const optional = (maxLength: number) => fc.option(text(maxLength), { nil: null });

const row: fc.Arbitrary<PlanXlsxRow> = fc.record({
  code: text(32).filter((s) => !s.includes('\n')),
  kind: fc.constantFrom(...Object.values(PlanItemKind)),
  parentCode: optional(32),
  areaCode: fc.option(fc.constantFrom(...REFORM_AREAS.map((a) => a.code)), { nil: null }),
  title: fc.oneof(text(300), fc.constant('')),
  productText: optional(120),
  leadText: optional(120),
  coordinatorText: optional(200),
  dueLabel: fc.option(fc.oneof(text(40), fc.constantFrom('2022', 'Quý I', 'Quý II, III', 'Quý I/2023')), {
    nil: null,
  }),
  fundingText: optional(120),
});

describe('buildPlanXlsx → parsePlanXlsx', () => {
  it('gives back every row as the same item, at its row, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        text(200),
        fc.integer({ min: 2000, max: 2100 }),
        fc.array(row, { maxLength: 12 }),
        async (title, year, rows) => {
          const parsed = await parsePlanXlsx(await buildPlanXlsx({ title, year, items: rows }), {
            year: null,
          });
          expect(parsed.header).toMatchObject({ title, year });
          expect(parsed.items).toEqual(
            rows.map((r, i) => ({
              ...r,
              line: i + 4,
              productType: r.productText === null ? null : classifyProduct(r.productText),
              dueDate: r.dueLabel === null ? null : parseDueLabel(r.dueLabel, year).date,
            })),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
