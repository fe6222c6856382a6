import { Field, Float, ID, InputType, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
} from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsOmittable, IsRequired, IsText } from '../../common/validation/validators';

@InputType()
export class IndicatorFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  planId?: string;

  @Field(() => [IndicatorState], { nullable: true, description: 'Default: every state' })
  @IsOptional()
  @IsEnum(IndicatorState, { each: true, ...msg('validation.invalid') })
  states?: IndicatorState[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  areaCode?: string;

  @Field({ nullable: true, description: 'Code or name, diacritics-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

/**
 * nameVi and the definition (unit … reportingLevels) stay nullable in the schema, as clients know it, but are
 * required here: a missing one answers BAD_USER_INPUT naming it, before anything is written.
 */
@InputType()
export class CreateIndicatorInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field()
  @IsCode()
  code: string;

  @Field({ nullable: true })
  @IsRequired()
  @IsText(500)
  nameVi: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(500)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(8)
  areaCode?: string | null;

  @Field(() => IndicatorUnit, { nullable: true })
  @IsRequired()
  @IsEnum(IndicatorUnit, msg('validation.invalid'))
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection, { nullable: true })
  @IsRequired()
  @IsEnum(IndicatorDirection, msg('validation.invalid'))
  direction: IndicatorDirection;

  @Field(() => IndicatorAggregation, { nullable: true })
  @IsRequired()
  @IsEnum(IndicatorAggregation, msg('validation.invalid'))
  aggregation: IndicatorAggregation;

  @Field(() => IndicatorFrequency, { nullable: true })
  @IsRequired()
  @IsEnum(IndicatorFrequency, msg('validation.invalid'))
  frequency: IndicatorFrequency;

  @Field(() => [AgencyLevel], { nullable: true })
  @IsRequired()
  @IsArray()
  @ArrayMinSize(1, msg('validation.required'))
  @IsEnum(AgencyLevel, { each: true, ...msg('validation.invalid') })
  reportingLevels: AgencyLevel[];

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  cumulative?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, msg('validation.invalid'))
  target?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Plan items the indicator measures (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  linkedItemIds?: string[];
}

/** Everything but the plan and code, each optional; unit, aggregation and frequency lock once figures exist. */
@InputType()
export class UpdateIndicatorInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(CreateIndicatorInput, ['planId', 'code'] as const), { skipNullProperties: false }),
) {}

@InputType()
export class IndicatorTargetInput {
  @Field(() => AgencyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyLevel, msg('validation.invalid'))
  level?: AgencyLevel | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Milestone period (2022-Q2…); omit for the year' })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  period?: string | null;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, msg('validation.invalid'))
  value: number;
}

@InputType()
export class SetIndicatorTargetsInput extends VersionedInput {
  @Field(() => [IndicatorTargetInput], { description: 'Replaces every override of the indicator' })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => IndicatorTargetInput)
  targets: IndicatorTargetInput[];
}

@InputType()
export class SetIndicatorStateInput extends VersionedInput {
  @Field(() => IndicatorState)
  @IsEnum(IndicatorState, msg('validation.invalid'))
  state: IndicatorState;
}
