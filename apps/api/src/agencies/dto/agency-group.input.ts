import { Field, ID, InputType, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsRequired, IsText } from '../../common/validation/validators';

@InputType()
export class CreateAgencyGroupInput {
  @Field()
  @IsCode()
  code: string;

  @Field()
  @IsText(300)
  name: string;

  @Field(() => [String], { nullable: true, description: 'Other wordings, used by the name resolver' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true, ...msg('validation.maxLength', () => ({ max: 300 })) })
  aliases?: string[];

  @Field(() => [ID])
  @IsRequired()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  memberIds: string[];

  @Field(() => ID, {
    nullable: true,
    description:
      "Root agency of the group's province. Default: the caller's province; for an admin without an agency, the members' province",
  })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;
}

/** The create fields but the province (a group stays in its province), each optional; memberIds replaces the list. */
@InputType()
export class UpdateAgencyGroupInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(CreateAgencyGroupInput, ['provinceId'] as const), { skipNullProperties: false }),
) {}
