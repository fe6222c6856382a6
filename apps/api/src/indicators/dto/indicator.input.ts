import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
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
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsOmittable, IsText } from '../../common/validation/validators';

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

@InputType({ isAbstract: true })
abstract class IndicatorFields {
  @Field({ nullable: true })
  @IsOmittable()
  @IsText(500)
  nameVi?: string;

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
  @IsOmittable()
  @IsEnum(IndicatorUnit, msg('validation.invalid'))
  unit?: IndicatorUnit;

  @Field(() => IndicatorDirection, { nullable: true })
  @IsOmittable()
  @IsEnum(IndicatorDirection, msg('validation.invalid'))
  direction?: IndicatorDirection;

  @Field(() => IndicatorAggregation, { nullable: true })
  @IsOmittable()
  @IsEnum(IndicatorAggregation, msg('validation.invalid'))
  aggregation?: IndicatorAggregation;

  @Field(() => IndicatorFrequency, { nullable: true })
  @IsOmittable()
  @IsEnum(IndicatorFrequency, msg('validation.invalid'))
  frequency?: IndicatorFrequency;

  @Field(() => [AgencyLevel], { nullable: true })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1, msg('validation.required'))
  @IsEnum(AgencyLevel, { each: true, ...msg('validation.invalid') })
  reportingLevels?: AgencyLevel[];

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

@InputType()
export class CreateIndicatorInput extends IndicatorFields {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field()
  @IsCode()
  code: string;
}

@InputType()
export class UpdateIndicatorInput extends IndicatorFields {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @IsInt()
  version: number;
}

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
