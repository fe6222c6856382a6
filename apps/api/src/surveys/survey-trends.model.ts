import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SurveySector } from '@partrack/shared';

/** Pooled answers of some surveys in one period, their satisfaction share and its change. */
@ObjectType()
export class SurveyTrendFigure {
  @Field(() => Int, { description: 'Answers on the scale (levels 1–5)' })
  valid: number;

  @Field(() => Int, { description: 'Valid answers at a satisfied level (each survey’s own rule)' })
  satisfied: number;

  @Field(() => Float, {
    nullable: true,
    description: 'satisfied ÷ valid × 100, two decimals; null: no answer',
  })
  share: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Percentage points gained (+) or lost (−) since the previous period with a share',
  })
  change: number | null;
}

@ObjectType()
export class SurveyTrendAspect extends SurveyTrendFigure {
  @Field({ description: 'Aspects match by code across surveys' })
  aspectCode: string;

  @Field()
  aspectTitle: string;
}

@ObjectType()
export class SurveyTrendPeriod extends SurveyTrendFigure {
  @Field({ description: '2022, 2022-H1 or 2022-Q3' })
  period: string;

  @Field(() => Int, { description: 'Surveys (not DRAFT) of the period' })
  surveys: number;

  @Field(() => Int)
  respondents: number;

  @Field(() => [SurveyTrendAspect], { description: 'By aspect code, in code order' })
  aspects: SurveyTrendAspect[];
}

@ObjectType({ description: 'One sector’s SECTOR surveys by period, against its target' })
export class SurveySectorTrend {
  @Field(() => SurveySector)
  sector: SurveySector;

  @Field(() => Int, { description: 'Whole percent: 80 for the five named sectors, else 85' })
  target: number;

  @Field(() => [SurveyTrendPeriod])
  periods: SurveyTrendPeriod[];
}

@ObjectType({ description: 'Satisfaction by period over a range of years, overall, by aspect and by sector' })
export class SurveyTrends {
  @Field(() => Int)
  fromYear: number;

  @Field(() => Int)
  toYear: number;

  @Field(() => ID, { nullable: true })
  agencyId: string | null;

  @Field(() => SurveySector, { nullable: true })
  sector: SurveySector | null;

  @Field(() => Int, {
    description: 'The target line, whole percent (80 for the five named sectors, else 85)',
  })
  target: number;

  @Field(() => [SurveyTrendPeriod], { description: 'In calendar order' })
  periods: SurveyTrendPeriod[];

  @Field(() => [SurveySectorTrend], { description: 'SECTOR surveys compared by sector' })
  sectors: SurveySectorTrend[];
}
