import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A member of an inspection team, as the plan's readers see them: a name and an agency, never an email. */
@ObjectType()
export class InspectionTeamMember {
  @Field(() => ID)
  id: string;

  @Field({ description: "The user's full name" })
  name: string;

  @Field(() => String, { nullable: true, description: "The name of the user's agency" })
  agencyName: string | null;

  @Field({ description: 'The team leader (trưởng đoàn): the first of the team' })
  leader: boolean;
}

/** A member without the leader flag: what the loader and the candidates query read. */
export type InspectionTeamUser = Omit<InspectionTeamMember, 'leader'>;
