import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  MeasurementDecision,
} from '@partrack/shared';
import { graphql } from '../gql';
import type { RecordMeasurementInput } from '../gql/graphql';
import { TestApp } from './test-app';

export const INDICATOR_FIELDS = 'id code state version target unit aggregation frequency reportingLevels';
export const MEASUREMENT_FIELDS = 'id status version value numerator denominator reviewComment period';

export const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const SUBMIT = `mutation($ids: [ID!]!) { submitMeasurements(ids: $ids) { ${MEASUREMENT_FIELDS} } }`;
export const REVIEW = `mutation($i: ReviewMeasurementInput!) { reviewMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const REOPEN = `mutation($i: ReopenMeasurementInput!) { reopenMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const VALUE = `query($ind: ID!, $a: ID!, $p: String!, $asOf: LocalDate, $u: Boolean) {
  indicatorValue(indicatorId: $ind, agencyId: $a, period: $p, asOf: $asOf, includeUnapproved: $u) {
    value numerator denominator reportedCount target targetSource status asOf } }`;

const CREATE_INDICATOR = graphql(`
  mutation CreateIndicatorForFixture($i: CreateIndicatorInput!) {
    createIndicator(input: $i) {
      id
      version
    }
  }
`);
const ACTIVATE_INDICATOR = graphql(`
  mutation ActivateIndicatorForFixture($i: SetIndicatorStateInput!) {
    setIndicatorState(input: $i) {
      id
    }
  }
`);
/** Typed counterparts of RECORD, SUBMIT and REVIEW, which stay strings for the specs that send them raw. */
export const RECORD_MEASUREMENT = graphql(`
  mutation RecordMeasurementForFixture($i: RecordMeasurementInput!) {
    recordMeasurement(input: $i) {
      id
      status
      version
      value
      numerator
      denominator
      reviewComment
      period
    }
  }
`);
export const SUBMIT_MEASUREMENTS = graphql(`
  mutation SubmitMeasurementsForFixture($ids: [ID!]!) {
    submitMeasurements(ids: $ids) {
      id
      status
      version
      value
      numerator
      denominator
      reviewComment
      period
    }
  }
`);
export const REVIEW_MEASUREMENT = graphql(`
  mutation ReviewMeasurementForFixture($i: ReviewMeasurementInput!) {
    reviewMeasurement(input: $i) {
      id
      status
      version
      value
      numerator
      denominator
      reviewComment
      period
    }
  }
`);

export interface MeasurementView {
  id: string;
  status: string;
  version: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reviewComment: string | null;
  period: string;
}

export interface IndicatorSpec {
  code: string;
  unit?: `${IndicatorUnit}`;
  aggregation?: `${IndicatorAggregation}`;
  direction?: `${IndicatorDirection}`;
  frequency?: `${IndicatorFrequency}`;
  reportingLevels?: `${AgencyLevel}`[];
  target?: number | null;
  cumulative?: boolean;
}

/** Creates an indicator through the API and confirms it (ACTIVE); returns its id. */
export async function activeIndicator(
  t: TestApp,
  token: string,
  planId: string,
  spec: IndicatorSpec,
): Promise<string> {
  const {
    unit = 'PERCENT',
    aggregation = 'RATIO',
    direction = 'AT_LEAST',
    frequency = 'QUARTER',
    reportingLevels = ['PROVINCE', 'DISTRICT', 'COMMUNE'],
    ...rest
  } = spec;
  const created = await t.gql(
    CREATE_INDICATOR,
    {
      i: {
        planId,
        nameVi: `Chỉ tiêu ${spec.code}`,
        target: 50,
        ...rest,
        unit: IndicatorUnit[unit],
        aggregation: IndicatorAggregation[aggregation],
        direction: IndicatorDirection[direction],
        frequency: IndicatorFrequency[frequency],
        reportingLevels: reportingLevels.map((level) => AgencyLevel[level]),
      },
    },
    { token },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { id, version } = created.data.createIndicator;
  const active = await t.gql(
    ACTIVATE_INDICATOR,
    { i: { id, version, state: IndicatorState.ACTIVE } },
    { token },
  );
  if (!active.data) throw new Error(JSON.stringify(active.errors));
  return id;
}

/** Records, submits and approves one figure; returns the approved measurement. */
export async function approvedFigure(
  t: TestApp,
  tokens: { enter: string; review: string },
  input: RecordMeasurementInput,
): Promise<MeasurementView> {
  const rec = await t.gql(RECORD_MEASUREMENT, { i: input }, { token: tokens.enter });
  if (!rec.data) throw new Error(JSON.stringify(rec.errors));
  const sub = await t.gql(
    SUBMIT_MEASUREMENTS,
    { ids: [rec.data.recordMeasurement.id] },
    { token: tokens.enter },
  );
  if (!sub.data) throw new Error(JSON.stringify(sub.errors));
  const m = sub.data.submitMeasurements[0];
  const rev = await t.gql(
    REVIEW_MEASUREMENT,
    { i: { id: m.id, version: m.version, decision: MeasurementDecision.APPROVE } },
    { token: tokens.review },
  );
  if (!rev.data) throw new Error(JSON.stringify(rev.errors));
  return rev.data.reviewMeasurement;
}

/** The distinct field names of a BAD_USER_INPUT answer, or the code of any other error. */
export function errorFields(res: { errors?: { extensions?: Record<string, unknown> }[] }): string[] {
  const ext = res.errors?.[0]?.extensions ?? {};
  const fields = ext.fields as { field: string }[] | undefined;
  return fields ? [...new Set(fields.map((f) => f.field))] : [String(ext.code)];
}
