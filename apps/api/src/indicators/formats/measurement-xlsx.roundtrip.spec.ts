import { IndicatorAggregation, IndicatorUnit } from '@partrack/shared';
import fc from 'fast-check';
import {
  FIRST_AGENCY_ROW,
  MeasurementXlsxExisting,
  MeasurementXlsxIndicator,
  MeasurementXlsxInput,
  MeasurementXlsxRow,
  pairKey,
  partsOf,
} from './measurement-xlsx.columns';
import { editWorkbook, INPUT, setCells } from './measurement-xlsx.fixture';
import { parseMeasurementXlsx } from './measurement-xlsx.reader';
import { buildMeasurementXlsx } from './measurement-xlsx.template';

/** The note cell of a row shows the one note its figures share, and nothing when they disagree. */
function rowNote(input: MeasurementXlsxInput, agencyId: string): string | null {
  const notes = new Set(
    input.indicators
      .filter((i) => input.expected.has(pairKey(i.id, agencyId)))
      .map((i) => input.existing.get(pairKey(i.id, agencyId))?.note ?? null)
      .filter((n): n is string => n !== null),
  );
  return notes.size === 1 ? ([...notes][0] ?? null) : null;
}

/** What the reader should give back for an untouched template: every pre-filled figure at its row. */
function expectedRows(input: MeasurementXlsxInput): MeasurementXlsxRow[] {
  return input.agencies.flatMap((agency, i) =>
    input.indicators.flatMap((indicator) => {
      const existing = input.existing.get(pairKey(indicator.id, agency.id));
      if (!input.expected.has(pairKey(indicator.id, agency.id)) || existing === undefined) return [];
      const figures = { value: null, numerator: null, denominator: null };
      for (const part of partsOf(indicator)) Object.assign(figures, { [part]: existing[part] });
      if (Object.values(figures).every((v) => v === null)) return [];
      const line = FIRST_AGENCY_ROW + i;
      const note = rowNote(input, agency.id);
      return [{ line, agencyCode: agency.code, indicatorCode: indicator.code, ...figures, note }];
    }),
  );
}

describe('buildMeasurementXlsx → parseMeasurementXlsx', () => {
  it('gives back the fixture’s figures, locked ones included, with the period and plan code', async () => {
    const parsed = await parseMeasurementXlsx(await buildMeasurementXlsx(INPUT));
    expect(parsed).toEqual({
      period: '2022-Q1',
      planCode: 'KH-CCHC-2022',
      indicatorCodes: ['ONLINE-DOSSIERS', 'SATISFACTION', 'INSPECTIONS'],
      rows: expectedRows(INPUT),
      problems: [],
    });
    expect(parsed.rows).toHaveLength(5);
  });

  it('reads back what a user changed and nothing else', async () => {
    const edited = await editWorkbook(
      await buildMeasurementXlsx(INPUT),
      setCells({ F5: '88,25', D8: 7, E8: 9 }),
    );
    const parsed = await parseMeasurementXlsx(edited);
    const changed = expectedRows(INPUT).map((r) =>
      r.line === 5 && r.indicatorCode === 'SATISFACTION' ? { ...r, value: 88.25 } : r,
    );
    const added = { line: 8, agencyCode: '01', indicatorCode: 'ONLINE-DOSSIERS', value: null, note: null };
    expect(parsed.rows).toEqual([...changed, { ...added, numerator: 7, denominator: 9 }]);
    expect(parsed.problems).toEqual([]);
  });

  it('gives back any figures, statuses, notes and expected pairs', async () => {
    const text = fc
      .string({
        unit: fc.constantFrom(...'aăâđêôơưáàảãạ ABC019,.;:-/()"\'&<>%'),
        minLength: 1,
        maxLength: 40,
      })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const figure = fc.option(
      fc.integer({ min: -1_000_000, max: 100_000_000 }).map((n) => n / 100),
      { nil: null },
    );
    const indicator = (i: number) =>
      fc.record({
        id: fc.constant(`i${i}`),
        code: fc.constant(`IND-${i}`),
        name: text,
        unit: fc.constantFrom(...Object.values(IndicatorUnit)),
        aggregation: fc.constantFrom(...Object.values(IndicatorAggregation)),
      });
    const existing = fc.record<MeasurementXlsxExisting>({
      value: figure,
      numerator: figure,
      denominator: figure,
      note: fc.option(text, { nil: null }),
      status: fc.constantFrom('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'),
    });
    const input = fc
      .tuple(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('2022-Q3', '2023-H1', '2024'),
      )
      .chain(([indicatorCount, agencyCount, period]) => {
        const indicators = fc.tuple(...Array.from({ length: indicatorCount }, (_, i) => indicator(i)));
        const agencies = Array.from({ length: agencyCount }, (_, i) => ({
          id: `a${i}`,
          code: `AG${i}`,
          name: `Cơ quan ${i}`,
          level: 'Sở',
        }));
        const keys = Array.from({ length: indicatorCount }, (_, i) =>
          agencies.map((a) => pairKey(`i${i}`, a.id)),
        ).flat();
        return fc.record({
          indicators: indicators.map((list): MeasurementXlsxIndicator[] => list),
          existing: fc.array(fc.tuple(fc.constantFrom('', ...keys), existing)),
          expected: fc.subarray(keys),
          rest: fc.constant({ planCode: 'KH/2022-01', planTitle: 'Kế hoạch CCHC', period, agencies }),
        });
      })
      .map(({ indicators, existing: pairs, expected, rest }): MeasurementXlsxInput => ({
        ...rest,
        indicators,
        existing: new Map(pairs),
        expected: new Set(expected),
      }));
    await fc.assert(
      fc.asyncProperty(input, async (built) => {
        const parsed = await parseMeasurementXlsx(await buildMeasurementXlsx(built));
        expect(parsed.problems).toEqual([]);
        expect([parsed.period, parsed.planCode]).toEqual([built.period, built.planCode]);
        expect(parsed.indicatorCodes).toEqual(built.indicators.map((i) => i.code));
        expect(parsed.rows).toEqual(expectedRows(built));
      }),
      { numRuns: 40 },
    );
  });
});
