import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/graphql/scalars';

@ObjectType({
  description: 'Why a line of the batch cannot be applied; any problem means nothing is written',
})
export class ReorganisationProblem {
  @Field(() => Int, { description: 'Line of the file, or position (from 1) in `operations`' })
  line: number;

  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'How one agency changes on the effective date, everything by name' })
export class ReorganisationAgencyChange {
  @Field()
  code: string;

  @Field(() => String, { nullable: true, description: 'Null for a new agency' })
  nameBefore: string | null;

  @Field()
  nameAfter: string;

  @Field(() => String, { nullable: true })
  parentBefore: string | null;

  @Field(() => String, { nullable: true })
  parentAfter: string | null;

  @Field()
  created: boolean;

  @Field()
  ends: boolean;

  @Field(() => String, { nullable: true, description: 'Who carries on its work when it ends' })
  successor: string | null;
}

@ObjectType({ description: 'Something that belongs to an agency that ends, and where it goes' })
export class ReorganisationDependent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'A person, a task, a group, a report: by name or title' })
  label: string;

  @Field({ description: 'The ending agency it belongs to' })
  agency: string;

  @Field(() => String, { nullable: true, description: "The agency's successor, if any" })
  successor: string | null;
}

@ObjectType({ description: 'A dry run: what the batch would change, nothing written' })
export class ReorganisationPreview {
  @Field(() => LocalDateScalar)
  effectiveDate: string;

  @Field(() => [ReorganisationProblem])
  problems: ReorganisationProblem[];

  @Field(() => [ReorganisationAgencyChange])
  agencies: ReorganisationAgencyChange[];

  @Field(() => [ReorganisationDependent], { description: 'Active users of ending agencies (to reassign)' })
  users: ReorganisationDependent[];

  @Field(() => [ReorganisationDependent], {
    description:
      'Unfinished tasks led by ending agencies in plans of the effective year or later (first 200)',
  })
  tasks: ReorganisationDependent[];

  @Field(() => Int)
  taskCount: number;

  @Field(() => [ReorganisationDependent], {
    description: 'Group memberships of ending agencies: their successor joins each of those groups',
  })
  groups: ReorganisationDependent[];

  @Field(() => [ReorganisationDependent], {
    description: 'Reports of ending agencies still open in rounds due on or after the effective date',
  })
  reports: ReorganisationDependent[];

  @Field(() => Int, {
    description: 'Indicator figures of ending agencies: they roll up to the successor from then on',
  })
  measurementCount: number;
}
