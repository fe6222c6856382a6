import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ParAssessmentStatus, ParTargetGroup } from '@partrack/shared';

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

/** How many of a cycle's assessments of one target group are at one step. */
@ObjectType()
export class ParStatusCount {
  @Field(() => ParTargetGroup, {
    description: "The group: publication waits for all but the province's own national assessment (PROVINCE)",
  })
  targetGroup: ParTargetGroup;

  @Field(() => ParAssessmentStatus)
  status: ParAssessmentStatus;

  @Field(() => Int)
  count: number;
}
