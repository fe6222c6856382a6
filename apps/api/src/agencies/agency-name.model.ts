import { Field, Float, ObjectType } from '@nestjs/graphql';
import { AgencyGroup } from './agency-group.entity';
import { Agency } from './agency.entity';

@ObjectType()
export class AgencyNameMatch {
  @Field({ description: 'The piece of the text this match covers' })
  text: string;

  @Field(() => Agency, { nullable: true })
  agency: Agency | null;

  @Field(() => AgencyGroup, { nullable: true })
  group: AgencyGroup | null;

  @Field(() => Agency, {
    nullable: true,
    description:
      'When the agency has ended: the one carrying its work today (its successor, through later merges)',
  })
  successor: Agency | null;

  @Field(() => Float, { description: '1 = exact name, short name or alias; lower = fuzzy' })
  confidence: number;
}

@ObjectType()
export class AgencyNameResolution {
  @Field(() => [AgencyNameMatch])
  matches: AgencyNameMatch[];

  @Field(() => [String], { description: 'Pieces of the text that name no known agency or group' })
  unresolved: string[];
}
