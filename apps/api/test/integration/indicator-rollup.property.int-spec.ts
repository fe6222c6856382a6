import {
  aggregate,
  AgencyKind,
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  MeasurementStatus,
} from '@partrack/shared';
import fc from 'fast-check';
import { Agency } from '../../src/agencies/agency.entity';
import { IndicatorRollupService } from '../../src/indicators/indicator-rollup.service';
import { Indicator } from '../../src/indicators/indicator.entity';
import { Measurement } from '../../src/indicators/measurement.entity';
import { Plan } from '../../src/plans/plan.entity';
import { makeAgency } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

const AGGREGATIONS = [
  IndicatorAggregation.RATIO,
  IndicatorAggregation.SUM,
  IndicatorAggregation.AVERAGE,
  IndicatorAggregation.MIN,
  IndicatorAggregation.MAX,
];

/** The SQL rollup agrees with the shared `aggregate()` over each subtree, for any figures. */
describe('SQL rollup = shared aggregate() (property)', () => {
  let t: TestApp;
  let agencies: Agency[];
  let subtree: Map<string, string[]>;
  let indicators: Indicator[];

  beforeAll(async () => {
    t = await createTestApp();
    const root = await makeAgency(t, 'PR', null);
    agencies = [root];
    subtree = new Map([[root.id, [root.id]]]);
    for (const d of [1, 2, 3]) {
      const district = await makeAgency(t, `PR-D${d}`, root, { kind: AgencyKind.PEOPLES_COMMITTEE });
      agencies.push(district);
      subtree.set(district.id, [district.id]);
      subtree.get(root.id)!.push(district.id);
      for (const c of [1, 2, 3]) {
        const commune = await makeAgency(t, `PR-D${d}-C${c}`, district, { level: AgencyLevel.COMMUNE });
        agencies.push(commune);
        subtree.set(commune.id, [commune.id]);
        subtree.get(district.id)!.push(commune.id);
        subtree.get(root.id)!.push(commune.id);
      }
    }
    const plan = await t.dataSource
      .getRepository(Plan)
      .save({ code: 'KH-PR', title: 'x', year: 2022, ownerAgencyId: root.id });
    indicators = await t.dataSource.getRepository(Indicator).save(
      AGGREGATIONS.map((aggregation, i) => ({
        planId: plan.id,
        code: `P-${aggregation}`,
        nameVi: aggregation,
        unit: aggregation === IndicatorAggregation.RATIO ? IndicatorUnit.PERCENT : IndicatorUnit.SCORE,
        direction: IndicatorDirection.AT_LEAST,
        aggregation,
        frequency: IndicatorFrequency.QUARTER,
        reportingLevels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
        target: 50,
        state: IndicatorState.ACTIVE,
        sortOrder: i,
      })),
    );
  });
  afterAll(() => t.close());

  const figure = fc
    .record({
      denominator: fc.integer({ min: 1, max: 5000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      value: fc.integer({ min: 0, max: 10000 }),
    })
    .map(({ denominator, share, value }) => ({
      numerator: Math.floor(denominator * share),
      denominator,
      value: value / 10,
    }));

  it('for every subtree and aggregation', async () => {
    const service = t.app.get(IndicatorRollupService);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(figure, { nil: null }), { minLength: 13, maxLength: 13 }),
        async (figures) => {
          await t.dataSource.query('DELETE FROM measurement');
          const rows = indicators.flatMap((indicator) =>
            figures.flatMap((f, i) =>
              f
                ? [
                    {
                      indicatorId: indicator.id,
                      agencyId: agencies[i].id,
                      period: '2022-Q1',
                      periodEnd: '2022-03-31',
                      status: MeasurementStatus.APPROVED,
                      ...(indicator.aggregation === IndicatorAggregation.RATIO
                        ? { numerator: f.numerator, denominator: f.denominator, value: null }
                        : { value: f.value, numerator: null, denominator: null }),
                    },
                  ]
                : [],
            ),
          );
          if (rows.length) await t.dataSource.getRepository(Measurement).insert(rows);
          const cells = await service.rollup({
            indicators,
            periods: ['2022-Q1'],
            agencies,
            asOf: '2022-03-31',
          });
          for (const indicator of indicators) {
            for (const top of agencies) {
              const inputs = subtree.get(top.id)!.flatMap((id) => {
                const f = figures[agencies.findIndex((a) => a.id === id)];
                return f ? [f] : [];
              });
              const expected = aggregate(indicator.aggregation, inputs, indicator.unit);
              const cell = cells.get(indicator.id, top.id, '2022-Q1');
              if (expected.value === null) expect(cell.value).toBeNull();
              else expect(cell.value).toBeCloseTo(expected.value, 9);
              expect(cell.reportedCount).toBe(expected.count);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
