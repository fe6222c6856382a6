import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParDataSource } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { msg } from '../common/validation/validation-messages';
import { IsCode, IsPoints } from '../common/validation/validators';

registerEnumType(ParDataSource, { name: 'ParDataSource' });

/** From `atLeast` percent (inclusive) on, a DATA item scores `points`. */
@ObjectType('ParThreshold')
@InputType('ParThresholdInput')
export class ParThreshold {
  @Field(() => Float)
  @IsNumber({}, msg('validation.invalid'))
  @Min(0, msg('validation.invalid'))
  @Max(100, msg('validation.invalid'))
  atLeast: number;

  @Field(() => Float)
  @IsPoints()
  points: number;
}

/**
 * How a DATA item reads partrack's records: the source, its parameter (a reform-area filter for tasks, the
 * indicator's code for an indicator), the thresholds.
 */
@ObjectType('ParDataRule')
@InputType('ParDataRuleInput')
export class ParDataRule {
  @Field(() => ParDataSource)
  @IsEnum(ParDataSource, msg('validation.invalid'))
  source: ParDataSource;

  @Field(() => String, {
    nullable: true,
    description: 'Tasks only: the reform area of the plans ("I" … "VII")',
  })
  @IsOptional()
  @IsCode()
  areaCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "INDICATOR_TARGET only, required there: the indicator's code in the plans of the framework's year",
  })
  @IsOptional()
  @IsCode()
  indicatorCode?: string | null;

  @Field(() => [ParThreshold], { description: 'e.g. 100 % → 1, 80 % → 0.5; below every one: 0' })
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ParThreshold)
  thresholds: ParThreshold[];
}
