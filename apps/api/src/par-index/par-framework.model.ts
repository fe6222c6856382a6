import { Field, Float, ObjectType } from '@nestjs/graphql';

/** One choice of a MANUAL criterion's scale. */
@ObjectType()
export class ParScaleOption {
  @Field()
  label: string;

  @Field(() => Float)
  points: number;
}

/** A band of the ranking (xếp loại): the lowest index that reaches it. */
@ObjectType()
export class ParBand {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field(() => Float)
  minIndex: number;
}

/** Something that keeps a framework from being locked, in the caller's language. */
@ObjectType()
export class ParFrameworkProblem {
  @Field(() => String, {
    nullable: true,
    description: 'Code of the item concerned; null for the whole framework',
  })
  code: string | null;

  @Field({ description: 'e.g. childrenDoNotAddUp, totalDoesNotAddUp, scale' })
  kind: string;

  @Field()
  message: string;
}
