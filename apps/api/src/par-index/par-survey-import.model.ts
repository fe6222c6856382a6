import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One thing wrong with a survey points file, where the user finds it. */
@ObjectType()
export class ParSurveyImportProblem {
  @Field(() => Int, { nullable: true, description: 'Excel row; null for the file as a whole' })
  line: number | null;

  @Field(() => String, { nullable: true, description: 'Column letter' })
  column: string | null;

  @Field({ description: 'e.g. parSurvey.unknownAgency' })
  code: string;

  @Field()
  message: string;
}

@ObjectType()
export class ParSurveyImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when written: not a dry run and no problem at all' })
  applied: boolean;

  @Field(() => Int, { description: 'Rows read: an agency, an item and a valid rate' })
  rows: number;

  @Field(() => Int, { description: 'Items whose points the file sets or changes' })
  changed: number;

  @Field(() => Int, { description: 'Items that already have these points' })
  unchanged: number;

  @Field(() => Int, { description: 'Rows left without a rate, not imported' })
  skipped: number;

  @Field(() => [ParSurveyImportProblem], { complexity: 1 })
  problems: ParSurveyImportProblem[];
}
