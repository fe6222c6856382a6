import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportStatus } from '@partrack/shared';
import { LocalDateScalar } from '../common/graphql/scalars';

@ObjectType()
export class ReportCompletenessLine {
  @Field(() => ID)
  reportId: string;

  @Field(() => ID)
  agencyId: string;

  @Field()
  agencyName: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp of the last submission' })
  submittedAt: string | null;

  @Field()
  late: boolean;
}

/** Who reported in a round, on time or late, and who has not. */
@ObjectType()
export class ReportCompleteness {
  @Field(() => Int)
  expected: number;

  @Field(() => Int, { description: 'Submitted or accepted' })
  submitted: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int, { description: 'Still in draft (never submitted)' })
  missing: number;

  @Field(() => Int, { description: 'Handed in by the due date' })
  onTime: number;

  @Field(() => Int)
  late: number;

  @Field(() => [ReportCompletenessLine])
  agencies: ReportCompletenessLine[];
}
