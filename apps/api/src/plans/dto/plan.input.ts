import { Field, ID, InputType, Int, IntersectionType, PartialType, PickType } from '@nestjs/graphql';
import { PlanStatus } from '@partrack/shared';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsLocalDate, IsOmittable, IsText } from '../../common/validation/validators';

const yearRange = { min: 2000, max: 2100 };

@InputType()
export class PlanFilter {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  ownerAgencyId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class CreatePlanInput {
  @Field()
  @IsCode()
  code: string;

  @Field()
  @IsText(500)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(yearRange.min, msg('validation.invalid'))
  @Max(yearRange.max, msg('validation.invalid'))
  year: number;

  @Field(() => ID, {
    description: 'Agency whose plan this is (the province committee for the provincial plan)',
  })
  @IsUUID('all', msg('validation.uuid'))
  ownerAgencyId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(64)
  decisionNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  decisionDate?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  signerAgencyId?: string | null;
}

/** Code, year and owner are the plan's identity: an update changes only the title, decision and status. */
@InputType()
export class UpdatePlanInput extends IntersectionType(
  VersionedInput,
  PartialType(
    PickType(CreatePlanInput, ['title', 'decisionNumber', 'decisionDate', 'signerAgencyId'] as const),
    { skipNullProperties: false },
  ),
) {
  @Field(() => PlanStatus, { nullable: true })
  @IsOmittable()
  @IsEnum(PlanStatus, msg('validation.invalid'))
  status?: PlanStatus;
}
