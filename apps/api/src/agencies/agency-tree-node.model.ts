import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyKind, AgencyLevel } from '@partrack/shared';
import { LocalDateScalar } from '../common/graphql/scalars';

@ObjectType({ description: 'One row of agencyTree, in depth-first order (depth 0 = the root)' })
export class AgencyTreeNode {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => [String], { description: 'Other spellings, so a client can search the tree by them' })
  aliases: string[];

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => AgencyLevel)
  level: AgencyLevel;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int)
  depth: number;

  @Field()
  active: boolean;

  @Field(() => LocalDateScalar)
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo: string | null;

  @Field(() => ID, { nullable: true })
  successorId: string | null;

  @Field(() => Int, { description: 'Children shown in this tree' })
  childCount: number;
}
