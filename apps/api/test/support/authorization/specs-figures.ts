import { Agency } from '../../../src/agencies/agency.entity';
import { IndicatorAggregation, IndicatorUnit } from '@partrack/shared';
import { pairKey } from '../../../src/indicators/formats/measurement-xlsx.columns';
import { buildMeasurementXlsx } from '../../../src/indicators/formats/measurement-xlsx.template';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { freshIndicator, freshMeasurement } from './objects';

/**
 * The entry template of `indicator` for `rows`, with a figure already in `filled`'s line: built in-process
 * with the server's own template writer (the template query is not what is being tested here).
 */
export async function workbookWithFigure(
  indicator: { id: string; code: string; planCode: string },
  rows: Agency[],
  filled: Agency,
): Promise<string> {
  const file = await buildMeasurementXlsx({
    planCode: indicator.planCode,
    planTitle: indicator.planCode,
    period: '2022-Q1',
    indicators: [
      {
        id: indicator.id,
        code: indicator.code,
        name: indicator.code,
        unit: IndicatorUnit.COUNT,
        aggregation: IndicatorAggregation.SUM,
      },
    ],
    agencies: rows.map((a) => ({ id: a.id, code: a.code, name: a.name, level: a.level })),
    existing: new Map([
      [
        pairKey(indicator.id, filled.id),
        { value: 9, numerator: null, denominator: null, note: null, status: 'DRAFT' },
      ],
    ]),
    expected: new Set(rows.map((a) => pairKey(indicator.id, a.id))),
  });
  return file.toString('base64');
}

const FIGURE = 'status agency { id }';

/** Indicator figures: entry, submission, review, bulk import. */
export const FIGURE_SPECS: MutationSpec[] = [
  {
    mutation: 'recordMeasurement',
    permission: 'MEASUREMENT_ENTER',
    on: async (w, agency) => {
      const indicator = await freshIndicator(w, agency, true);
      return {
        query: `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value ${FIGURE} } }`,
        variables: { i: { indicatorId: indicator.id, agencyId: agency.id, period: '2022-Q1', value: 7 } },
        probe: countOf(w, 'measurement', 'indicator_id = $1', [indicator.id]),
        verify: (d) =>
          expect(d.recordMeasurement).toEqual({ value: 7, status: 'DRAFT', agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'submitMeasurements',
    permission: 'MEASUREMENT_ENTER',
    on: async (w, agency) => {
      const m = await freshMeasurement(w, agency, 'DRAFT');
      return {
        query: `mutation($ids: [ID!]!) { submitMeasurements(ids: $ids) { ${FIGURE} } }`,
        variables: { ids: [m.id] },
        probe: rowOf(w, 'measurement', 'status, version', m.id),
        verify: (d) =>
          expect(d.submitMeasurements).toEqual([{ status: 'SUBMITTED', agency: { id: agency.id } }]),
      };
    },
  },
  {
    mutation: 'reviewMeasurement',
    permission: 'MEASUREMENT_REVIEW',
    on: async (w, agency) => {
      const m = await freshMeasurement(w, agency, 'SUBMITTED');
      return {
        query: `mutation($i: ReviewMeasurementInput!) { reviewMeasurement(input: $i) { ${FIGURE} } }`,
        variables: { i: { id: m.id, version: m.version, decision: 'APPROVE' } },
        probe: rowOf(w, 'measurement', 'status, version', m.id),
        verify: (d) => expect(d.reviewMeasurement).toEqual({ status: 'APPROVED', agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'reopenMeasurement',
    permission: 'MEASUREMENT_REVIEW',
    on: async (w, agency) => {
      const m = await freshMeasurement(w, agency, 'APPROVED');
      return {
        query: `mutation($i: ReopenMeasurementInput!) { reopenMeasurement(input: $i) { ${FIGURE} } }`,
        variables: { i: { id: m.id, version: m.version, reason: 'Sai số liệu' } },
        probe: rowOf(w, 'measurement', 'status, version', m.id),
        verify: (d) => expect(d.reopenMeasurement).toEqual({ status: 'RETURNED', agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'importMeasurements',
    permission: 'MEASUREMENT_ENTER',
    on: async (w, agency) => {
      const indicator = await freshIndicator(w, agency, true);
      const contentBase64 = await workbookWithFigure(indicator, [agency], agency);
      return {
        query:
          'mutation($i: ImportMeasurementsInput!) { importMeasurements(input: $i) { applied created problems { message } } }',
        variables: { i: { planId: indicator.planId, contentBase64, dryRun: false } },
        probe: countOf(w, 'measurement', 'indicator_id = $1', [indicator.id]),
        verify: (d) => expect(d.importMeasurements).toEqual({ applied: true, created: 1, problems: [] }),
      };
    },
  },
];
