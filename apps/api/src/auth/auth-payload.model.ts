import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@partrack/shared';
import { msg } from '../common/validation/validation-messages';
import { IsEmailAddress } from '../common/validation/validators';
import { User } from '../users/user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'JWT, send as "Authorization: Bearer <token>"' })
  accessToken: string;

  @Field({ description: 'Opaque; single use — every refresh returns a new one' })
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  expiresIn: number;

  @Field(() => User)
  user: User;
}

@InputType()
export class LoginInput {
  @Field()
  @IsEmailAddress()
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, msg('validation.minLength', () => ({ min: PASSWORD_MIN_LENGTH })))
  @MaxLength(PASSWORD_MAX_LENGTH, msg('validation.maxLength', () => ({ max: PASSWORD_MAX_LENGTH })))
  newPassword: string;
}
