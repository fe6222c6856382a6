import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One thing wrong with a results file, where the user finds it. */
@ObjectType()
export class SurveyImportProblem {
  @Field(() => Int, { nullable: true, description: 'Excel row; null for the file as a whole' })
  line: number | null;

  @Field(() => String, { nullable: true, description: 'Column letter' })
  column: string | null;

  @Field({ description: 'e.g. surveyXlsx.answer' })
  code: string;

  @Field()
  message: string;
}

@ObjectType()
export class SurveyImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when written: not a dry run and no problem at all' })
  applied: boolean;

  @Field(() => Int, { description: 'Respondents (one row each) or count rows read' })
  rows: number;

  @Field(() => Int, { description: 'Agencies whose counts the file replaces' })
  agencies: number;

  @Field(() => Int, { description: 'People who answered, over those agencies' })
  respondents: number;

  @Field(() => [SurveyImportProblem], { complexity: 1 })
  problems: SurveyImportProblem[];
}
