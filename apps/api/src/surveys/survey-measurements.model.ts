import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SurveyMeasurementOutcome {
  /** Written as a DRAFT figure, to be submitted and reviewed like any other */
  RECORDED = 'RECORDED',
  /** The figure is submitted or approved: left as it is (reopen it first) */
  LOCKED = 'LOCKED',
  /** The indicator takes no figures from agencies of this level */
  NOT_REPORTING = 'NOT_REPORTING',
}
registerEnumType(SurveyMeasurementOutcome, { name: 'SurveyMeasurementOutcome' });

@ObjectType()
export class SurveyMeasurementRow {
  @Field(() => ID)
  agencyId: string;

  @Field()
  agencyName: string;

  @Field(() => Int, { description: 'Valid answers at a satisfied level (the numerator)' })
  satisfied: number;

  @Field(() => Int, { description: 'Valid answers (the denominator)' })
  valid: number;

  @Field(() => Float, { description: 'Satisfaction, percent, two decimals' })
  share: number;

  @Field(() => SurveyMeasurementOutcome)
  outcome: SurveyMeasurementOutcome;
}

@ObjectType()
export class SurveyMeasurementsResult {
  @Field(() => Int)
  recorded: number;

  @Field(() => [SurveyMeasurementRow], { description: 'Every agency with valid answers, by name' })
  rows: SurveyMeasurementRow[];
}
