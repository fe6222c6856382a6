import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IndicatorDirection,
  IndicatorUnit,
  ParEvidenceRecordType,
  ParProvisionalSource,
  ParScoringMethod,
} from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(ParProvisionalSource, { name: 'ParProvisionalSource' });

/** A record behind lost points: a task not done by its deadline, a report not sent on time. */
@ObjectType()
export class ParLostRecord {
  @Field(() => ParEvidenceRecordType)
  recordType: ParEvidenceRecordType;

  @Field(() => ID)
  recordId: string;

  @Field({ description: 'Task code and title, or the report round' })
  label: string;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Done or sent, when late' })
  doneOn: string | null;

  @Field(() => Float, { description: 'Points the item would gain were this one record on time' })
  gain: number;
}

/** What an INDICATOR_TARGET item read: the indicator, the agency's figure and the target it is held to. */
@ObjectType()
export class ParIndicatorFigure {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;

  @Field({ description: 'The period read: the latest of the year, started by the day, with a figure' })
  period: string;

  @Field(() => Float, {
    nullable: true,
    description: "The agency's figure (its subtree's, submitted or approved); null: none yet, 0 %",
  })
  value: number | null;

  @Field(() => Float, { description: 'The target for the agency and period (agency, level or plan-wide)' })
  target: number;

  @Field(() => Float, {
    description: 'What the figure is held to: the target, pro-rated for a running cumulative figure',
  })
  expected: number;
}

@ObjectType()
export class ParProvisionalItem {
  @Field(() => ID)
  criterionId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => ParScoringMethod)
  method: ParScoringMethod;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Float)
  points: number;

  @Field(() => ParProvisionalSource)
  source: ParProvisionalSource;

  @Field(() => Float, {
    nullable: true,
    description: "COMPUTED: the on-time share read, or the indicator's attainment, in percent",
  })
  share: number | null;

  @Field(() => Int, { nullable: true, description: 'COMPUTED: records due' })
  due: number | null;

  @Field(() => Int, { nullable: true, description: 'COMPUTED: of which on time' })
  onTime: number | null;

  @Field(() => Float, { description: 'COMPUTED: maximum − points; 0 otherwise' })
  atRisk: number;

  @Field(() => [ParLostRecord], { description: 'COMPUTED: the records behind the lost points' })
  records: ParLostRecord[];

  @Field(() => ParIndicatorFigure, {
    nullable: true,
    description: 'COMPUTED from an indicator: the figure behind the points',
  })
  indicator: ParIndicatorFigure | null;
}

/** An agency's score as it stands today: DATA items live, the others from appraisal, draft or last year. */
@ObjectType()
export class ParProvisionalScore {
  @Field(() => LocalDateScalar, { description: 'Records are read as of this day (today, or the year end)' })
  asOf: string;

  @Field(() => Float, { description: 'PAR Index 0–100, two decimals' })
  index: number;

  @Field(() => Float)
  points: number;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Float, { description: 'Points DATA items lose today' })
  pointsAtRisk: number;

  @Field(() => [ParProvisionalItem])
  items: ParProvisionalItem[];
}

/** One agency in the province's picture of points at risk. */
@ObjectType()
export class ParAtRiskRow {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => Agency, { nullable: true })
  agency?: Agency | null;

  @Field(() => Float)
  index: number;

  @Field(() => Float)
  pointsAtRisk: number;

  @Field(() => Int, { description: 'Lead tasks due and not done on time' })
  lateTasks: number;

  @Field(() => Int, { description: 'Reports due and not sent on time' })
  lateReports: number;
}
