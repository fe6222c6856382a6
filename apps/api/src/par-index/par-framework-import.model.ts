import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ParFramework } from './par-framework.entity';

/** One thing wrong with an imported framework file, where the user finds it. */
@ObjectType()
export class ParFrameworkImportProblem {
  @Field({ description: 'Sheet name; empty for the file as a whole' })
  sheet: string;

  @Field(() => Int, { nullable: true, description: 'Excel row' })
  line: number | null;

  @Field(() => String, { nullable: true, description: 'Column letter' })
  column: string | null;

  @Field({ description: 'e.g. parXlsx.childrenDoNotAddUp' })
  code: string;

  @Field()
  message: string;
}

@ObjectType()
export class ParFrameworkImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when written: not a dry run and no problem at all' })
  applied: boolean;

  @Field(() => Int, { description: 'Items read (areas, criteria, sub-criteria)' })
  items: number;

  @Field(() => Float, { nullable: true })
  totalPoints: number | null;

  @Field(() => [ParFrameworkImportProblem], { complexity: 1 })
  problems: ParFrameworkImportProblem[];

  @Field(() => ParFramework, { nullable: true, description: 'The new DRAFT framework, once applied' })
  framework: ParFramework | null;
}
