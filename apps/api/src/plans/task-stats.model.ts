import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Counts for one group of tasks (an area, a lead agency, a status or a due quarter)',
})
export class TaskStatsRow {
  @Field({ description: 'Area code, agency id, status, or "2022-Q3"; NONE when the tasks have none' })
  key: string;

  @Field(() => String, { nullable: true, description: 'Display name where one exists (area, agency)' })
  label: string | null;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  notStarted: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'Past due and not done or cancelled' })
  overdue: number;

  @Field(() => Float, { description: 'Mean progress, 0–100' })
  averageProgress: number;
}
