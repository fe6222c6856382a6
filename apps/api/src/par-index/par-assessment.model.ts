import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** How far an agency's self-assessment has come, and what its own points add up to. */
@ObjectType()
export class ParSelfSummary {
  @Field(() => Int, { description: 'Items the agency scores itself (MANUAL, bonus, penalty)' })
  toScore: number;

  @Field(() => Int)
  scored: number;

  @Field(() => Float, { description: 'Its own points on MANUAL items, bonus added and penalty subtracted' })
  selfPoints: number;
}
