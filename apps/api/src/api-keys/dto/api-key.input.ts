import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '@partrack/shared';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { IsRequiredIf, IsText } from '../../common/validation/validators';
import { ApiKey } from '../api-key.entity';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsText(120)
  name: string;

  @Field(() => Role)
  @IsEnum(Role, msg('validation.invalid'))
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Scope of the key; required for every role but ADMIN' })
  @IsRequiredIf(
    (input) => input instanceof CreateApiKeyInput && input.role !== Role.ADMIN,
    msg('user.agencyRequired'),
  )
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The secret, shown only this once. Send it as "Authorization: Bearer <secret>".' })
  secret: string;
}
