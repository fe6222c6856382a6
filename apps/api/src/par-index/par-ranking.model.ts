import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ParAssessmentStatus, ParTargetGroup } from '@partrack/shared';
import { ParBand } from './par-framework.model';

/** An area's component index (chỉ số thành phần) in the ranking. */
@ObjectType()
export class ParRankingArea {
  @Field({ description: 'The area\'s code, e.g. "1"' })
  code: string;

  @Field()
  name: string;

  @Field(() => Float, { description: 'Points of its scored items (bonus and penalty aside)' })
  points: number;

  @Field(() => Float, { description: 'Sum of the maxima of its scored items' })
  maxPoints: number;

  @Field(() => Float, { description: 'points ÷ maxPoints × 100, two decimals' })
  index: number;
}

/** One agency's PAR Index in its cycle, with its rank in its target group. */
@ObjectType()
export class ParRankingRow {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => ParTargetGroup)
  targetGroup: ParTargetGroup;

  @Field(() => ParAssessmentStatus)
  status: ParAssessmentStatus;

  @Field({ description: 'The council has finalised it: its index no longer changes' })
  finalised: boolean;

  @Field(() => Int, { description: 'In its target group; equal indices share a rank and the next skips' })
  rank: number;

  @Field(() => Float, { description: '(points + bonus − penalty) ÷ maxPoints × 100, within [0, 100]' })
  index: number;

  @Field(() => Float, { description: 'Final points of the scored items (the appraisal, else 0)' })
  points: number;

  @Field(() => Float)
  bonus: number;

  @Field(() => Float)
  penalty: number;

  @Field(() => Float, { description: "What the index divides by: the scored items' maxima" })
  maxPoints: number;

  @Field(() => ParBand, { nullable: true, description: "The framework's band the index reaches" })
  band: ParBand | null;

  @Field(() => [ParRankingArea], { complexity: 1, description: 'Component indices, in framework order' })
  areas: ParRankingArea[];

  @Field(() => Float, {
    nullable: true,
    description: "The agency's index in the province's cycle of the year before; null without one",
  })
  previousIndex: number | null;
}
