import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** Counts and the satisfaction share of a set of answers (a question, an aspect, an agency, the survey). */
@ObjectType()
export class SurveySatisfactionFigure {
  @Field(() => [Int], { description: 'Answers by level: [no answer, 1, 2, 3, 4, 5]' })
  counts: number[];

  @Field(() => Int, { description: 'Answers on the scale (levels 1–5)' })
  valid: number;

  @Field(() => Int, { description: 'Valid answers at a satisfied level' })
  satisfied: number;

  @Field(() => Int, { description: 'Blank or invalid answers, left out of the share' })
  noAnswer: number;

  @Field(() => Float, {
    nullable: true,
    description: 'satisfied ÷ valid × 100, two decimals; null: no answer',
  })
  share: number | null;
}

@ObjectType()
export class SurveyQuestionResult extends SurveySatisfactionFigure {
  @Field(() => ID)
  questionId: string;

  @Field()
  code: string;

  @Field()
  text: string;

  @Field()
  aspectCode: string;
}

@ObjectType()
export class SurveyAspectResult extends SurveySatisfactionFigure {
  @Field()
  aspectCode: string;

  @Field()
  aspectTitle: string;
}

@ObjectType()
export class SurveyAgencyResult extends SurveySatisfactionFigure {
  @Field(() => ID)
  agencyId: string;

  @Field(() => Int, { description: 'People who answered about this agency' })
  respondents: number;
}

@ObjectType({ description: 'Satisfaction of a survey by question, aspect and agency, with the counts' })
export class SurveyResults {
  @Field(() => ID)
  surveyId: string;

  @Field(() => ID, { nullable: true, description: 'The agency asked for; null: every agency pooled' })
  agencyId: string | null;

  @Field(() => Int, { description: 'The rule applied: the top N levels count as satisfied' })
  satisfiedLevels: number;

  @Field(() => Int)
  respondents: number;

  @Field(() => SurveySatisfactionFigure)
  overall: SurveySatisfactionFigure;

  @Field(() => [SurveyAspectResult], { description: 'In the order of their first question' })
  aspects: SurveyAspectResult[];

  @Field(() => [SurveyQuestionResult], { description: 'In survey order' })
  questions: SurveyQuestionResult[];

  @Field(() => [SurveyAgencyResult], { description: 'Agencies with results, by share, highest first' })
  agencies: SurveyAgencyResult[];
}
