import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyLevel, IndicatorStatus } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { Indicator } from './indicator.entity';
import { Measurement } from './measurement.entity';

registerEnumType(IndicatorStatus, { name: 'IndicatorStatus' });

export enum TargetSource {
  AGENCY = 'AGENCY',
  LEVEL = 'LEVEL',
  PLAN = 'PLAN',
}
registerEnumType(TargetSource, { name: 'TargetSource' });

/** An indicator's figure for an agency subtree and period, rolled up in SQL, with its target and status. */
@ObjectType()
export class IndicatorValue {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => ID)
  agencyId: string;

  @Field()
  period: string;

  @Field(() => LocalDateScalar, { description: 'Hierarchy date used for the rollup' })
  asOf: string;

  @Field(() => Float, { nullable: true, description: 'Null when nobody reported' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ numerators (RATIO only)' })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ denominators (RATIO only)' })
  denominator: number | null;

  @Field(() => Int, { description: 'Measurements that contributed' })
  reportedCount: number;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => TargetSource, { nullable: true })
  targetSource: TargetSource | null;

  @Field(() => IndicatorStatus)
  status: IndicatorStatus;
}

/**
 * One agency's line of the scoreboard. `cells` has every detail; `values`, `targets` and `statuses` carry the
 * same cells as plain lists, in the order of `indicators`: a province's communes are 18,600 cells, and lists of
 * scalars cost a fraction of objects to execute and serialise (docs/performance.md).
 */
@ObjectType()
export class ScoreboardRow {
  @Field(() => Agency)
  agency: Agency;

  @Field(() => [IndicatorValue], { description: 'One per indicator, in the order of `indicators`' })
  cells: IndicatorValue[];

  constructor(agency: Agency, cells: IndicatorValue[]) {
    this.agency = agency;
    this.cells = cells;
  }

  @Field(() => [Float], {
    nullable: 'items',
    description: 'The value of each cell, in the order of `indicators` (null when nobody reported)',
  })
  get values(): (number | null)[] {
    return this.cells.map((c) => c.value);
  }

  @Field(() => [Float], {
    nullable: 'items',
    description: 'The target of each cell, in the order of `indicators`',
  })
  get targets(): (number | null)[] {
    return this.cells.map((c) => c.target);
  }

  @Field(() => [IndicatorStatus], { description: 'The status of each cell, in the order of `indicators`' })
  get statuses(): IndicatorStatus[] {
    return this.cells.map((c) => c.status);
  }
}

@ObjectType()
export class StatusCount {
  @Field(() => IndicatorStatus)
  status: IndicatorStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class IndicatorScoreboard {
  @Field()
  period: string;

  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => AgencyLevel)
  level: AgencyLevel;

  @Field(() => [Indicator], { complexity: 1 })
  indicators: Indicator[];

  @Field(() => [ScoreboardRow], { complexity: 1, description: 'Agencies by name' })
  rows: ScoreboardRow[];

  @Field(() => [StatusCount])
  statusCounts: StatusCount[];
}

@ObjectType()
export class ReportingCoverage {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  period: string;

  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => Int, { description: 'Agencies that should report (their level reports the indicator)' })
  expected: number;

  @Field(() => Int, { description: 'Of those, with a submitted or approved figure' })
  reported: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int, { description: 'Figures still in draft or returned' })
  inProgress: number;

  @Field(() => [Agency], { description: 'Expected agencies without a submitted figure, by name' })
  missing: Agency[];
}

/** One line of an agency's entry grid: the indicator, its target and the figure entered so far. */
@ObjectType()
export class MeasurementEntry {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Measurement, { nullable: true })
  measurement: Measurement | null;

  @Field(() => Float, { nullable: true })
  target: number | null;
}

@ObjectType()
export class MeasurementImportProblem {
  @Field(() => Int)
  line: number;

  @Field(() => String, { nullable: true, description: 'Column letter' })
  column: string | null;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field()
  code: string;

  @Field()
  message: string;
}

@ObjectType()
export class MeasurementImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when written: not a dry run and no problem at all' })
  applied: boolean;

  @Field()
  period: string;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [MeasurementImportProblem], { complexity: 1 })
  problems: MeasurementImportProblem[];
}
