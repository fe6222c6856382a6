import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SurveySector } from '@partrack/shared';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';

@InputType()
export class SurveyTrendsFilter {
  @Field(() => ID, { nullable: true, description: 'Only the results about this agency' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string | null;

  @Field(() => SurveySector, { nullable: true, description: 'Only SECTOR surveys of this sector' })
  @IsOptional()
  @IsEnum(SurveySector, msg('validation.invalid'))
  sector?: SurveySector | null;

  @Field(() => Int)
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  fromYear: number;

  @Field(() => Int, { description: 'At most 20 years after fromYear' })
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  toYear: number;
}
