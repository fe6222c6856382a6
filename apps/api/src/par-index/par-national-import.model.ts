import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ParAssessment } from './par-assessment.entity';

/** One thing wrong with a Ministry's points file, where the user finds it. */
@ObjectType()
export class ParNationalImportProblem {
  @Field(() => Int, {
    nullable: true,
    description: 'Excel row; null for the file as a whole or an item missing from it',
  })
  line: number | null;

  @Field(() => String, { nullable: true, description: 'Column letter' })
  column: string | null;

  @Field({ description: 'e.g. parNational.aboveMaximum' })
  code: string;

  @Field()
  message: string;
}

/** The Ministry's points of one scored item, as read from the file. */
@ObjectType()
export class ParNationalImportRow {
  @Field(() => Int, { description: 'Excel row' })
  line: number;

  @Field({ description: "The item's code" })
  code: string;

  @Field()
  title: string;

  @Field(() => Float)
  maxPoints: number;

  @Field(() => Float, { nullable: true, description: "The province's own score" })
  selfPoints: number | null;

  @Field(() => Float, { description: "The Ministry's points" })
  points: number;

  @Field(() => String, { nullable: true, description: "The Ministry's remark" })
  reason: string | null;
}

@ObjectType()
export class ParNationalImportResult {
  @Field()
  dryRun: boolean;

  @Field({
    description: 'True when recorded (and the assessment finalised): not a dry run and no problem at all',
  })
  applied: boolean;

  @Field(() => [ParNationalImportRow], {
    complexity: 1,
    description: 'Every scored item with its points, when the file has no problem',
  })
  rows: ParNationalImportRow[];

  @Field(() => [ParNationalImportProblem], { complexity: 1 })
  problems: ParNationalImportProblem[];

  @Field(() => ParAssessment, { nullable: true, description: 'The finalised assessment, once applied' })
  assessment: ParAssessment | null;
}
