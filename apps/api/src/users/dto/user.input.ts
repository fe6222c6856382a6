import { Field, ID, InputType, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Role } from '@partrack/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsEmailAddress, IsRequired, IsText } from '../../common/validation/validators';

const PasswordRules = () => [
  IsString(),
  MinLength(
    PASSWORD_MIN_LENGTH,
    msg('validation.minLength', () => ({ min: PASSWORD_MIN_LENGTH })),
  ),
  MaxLength(
    PASSWORD_MAX_LENGTH,
    msg('validation.maxLength', () => ({ max: PASSWORD_MAX_LENGTH })),
  ),
];

function IsPassword(): PropertyDecorator {
  return (target, key) => PasswordRules().forEach((rule) => rule(target, key));
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'Name or email; ignores case and diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsRequired()
  @IsEmailAddress()
  email: string;

  @Field()
  @IsText(200)
  fullName: string;

  @Field(() => Role)
  @IsRequired()
  @IsEnum(Role, msg('validation.invalid'))
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for every role but ADMIN' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string | null;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @IsPassword()
  password: string;
}

/** The create fields but the password (resetUserPassword, changePassword), each optional. */
@InputType()
export class UpdateUserInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(CreateUserInput, ['password'] as const), { skipNullProperties: false }),
) {}

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  id: string;

  @Field()
  @IsPassword()
  newPassword: string;
}

@InputType()
export class ReassignUsersInput {
  @Field(() => ID, { description: 'The agency whose users move (typically one that has ended)' })
  @IsUUID('all', msg('validation.uuid'))
  fromAgencyId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Default: the agency carrying its work today (its successor)',
  })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  toAgencyId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these users (default: all of the agency)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  userIds?: string[];
}
