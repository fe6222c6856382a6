import { Field, Float, ID, InputType, Int, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { ParScoringMethod } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsOmittable, IsPoints, IsText } from '../../common/validation/validators';
import { ParDataRule } from '../par-data-rule.model';

/** "1", "1.2", "1.2.3", "IV.2a": letters and digits in dot-separated parts. */
export const PAR_CODE_PATTERN = /^[0-9A-Za-z]{1,6}(\.[0-9A-Za-z]{1,6}){0,3}$/;

@InputType()
export class ParScaleOptionInput {
  @Field({ description: 'e.g. "Hoàn thành 100% kế hoạch"' })
  @IsText(300)
  label: string;

  @Field(() => Float)
  @IsPoints()
  points: number;
}

@InputType()
export class CreateParCriterionInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  frameworkId: string;

  @Field(() => ID, { nullable: true, description: 'The area or criterion it belongs to; none for an area' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  parentId?: string | null;

  @Field()
  @IsString()
  @MaxLength(20, msg('validation.maxLength', () => ({ max: 20 })))
  @Matches(PAR_CODE_PATTERN, msg('parIndex.code'))
  code: string;

  @Field()
  @IsText(2000)
  title: string;

  @Field(() => Float)
  @IsPoints()
  maxPoints: number;

  @Field(() => ParScoringMethod, {
    nullable: true,
    description: 'For a leaf; leave out on items with children',
  })
  @IsOptional()
  @IsEnum(ParScoringMethod, msg('validation.invalid'))
  method?: ParScoringMethod | null;

  @Field(() => [ParScaleOptionInput], { nullable: true, description: 'The choices of a MANUAL leaf' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ParScaleOptionInput)
  scale?: ParScaleOptionInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, msg('validation.maxLength', () => ({ max: 4000 })))
  guidance?: string | null;

  @Field({ nullable: true, description: 'Default false' })
  @IsOmittable()
  @IsBoolean()
  evidenceRequired?: boolean;

  @Field(() => ParDataRule, { nullable: true, description: "How a DATA leaf reads partrack's records" })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParDataRule)
  dataRule?: ParDataRule | null;

  @Field(() => Int, { nullable: true, description: 'Order among its siblings; default last' })
  @IsOmittable()
  @IsInt(msg('validation.invalid'))
  @Min(0, msg('validation.invalid'))
  position?: number;
}

/** Every field but the framework and the parent (an item does not move; delete and add it instead). */
@InputType()
export class UpdateParCriterionInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(CreateParCriterionInput, ['frameworkId', 'parentId'] as const), {
    skipNullProperties: false,
  }),
) {}
