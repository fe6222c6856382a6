import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** A member of a cycle's appraisal council, as agencies see them: a name and an agency. */
@ObjectType()
export class ParCouncilMember {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => ID, { nullable: true })
  agencyId: string | null;

  @Field()
  active: boolean;
}

/** Where the council's work on an assessment stands, and what its points add up to. */
@ObjectType()
export class ParAppraisalSummary {
  @Field(() => Int, { description: 'Items the council appraises (all but survey items)' })
  toAppraise: number;

  @Field(() => Int)
  appraised: number;

  @Field(() => Int, { description: 'Items the agency scored whose appraisal differs from its score' })
  differences: number;

  @Field(() => Int, { description: 'Differences the agency explained' })
  explained: number;

  @Field(() => Int, { description: 'Explanations the council answered' })
  answered: number;

  @Field(() => Float, {
    description: 'Final points (second appraisal, else first), bonus added, penalty subtracted',
  })
  points: number;
}
