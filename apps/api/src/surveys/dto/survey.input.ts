import { Field, ID, InputType, Int, IntersectionType, PartialType, PickType } from '@nestjs/graphql';
import {
  MAX_SATISFIED_LEVELS,
  MIN_SATISFIED_LEVELS,
  SurveyScope,
  SurveySector,
  SurveyStatus,
} from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsOmittable, IsText } from '../../common/validation/validators';

/** Question and aspect codes: what a spreadsheet header can hold, e.g. "1", "1.2", "A3". */
const SURVEY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_SURVEY_QUESTIONS = 100;

@InputType()
export class SurveyQuestionInput {
  @Field({ description: 'Unique in the survey: 1.1, 2.3…' })
  @IsText(20)
  @Matches(SURVEY_CODE, msg('validation.code'))
  code: string;

  @Field()
  @IsText(20)
  @Matches(SURVEY_CODE, msg('validation.code'))
  aspectCode: string;

  @Field({ description: 'e.g. "Tiếp cận dịch vụ"' })
  @IsText(200)
  aspectTitle: string;

  @Field()
  @IsText(500)
  text: string;
}

@InputType()
export class SurveyFilter {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(msg('validation.invalid'))
  year?: number;

  @Field(() => SurveyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SurveyStatus, msg('validation.invalid'))
  status?: SurveyStatus;
}

@InputType()
export class CreateSurveyInput {
  @Field(() => Int)
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field({ description: 'The period surveyed, inside the year: 2022, 2022-H1 or 2022-Q3' })
  @IsText(7)
  period: string;

  @Field()
  @IsText(300)
  title: string;

  @Field(() => SurveyScope)
  @IsEnum(SurveyScope, msg('validation.invalid'))
  scope: SurveyScope;

  @Field(() => ID, { nullable: true, description: 'Required for an AGENCY survey, refused otherwise' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string | null;

  @Field(() => SurveySector, {
    nullable: true,
    description: 'Required for a SECTOR survey, refused otherwise',
  })
  @IsOptional()
  @IsEnum(SurveySector, msg('validation.invalid'))
  sector?: SurveySector | null;

  @Field(() => Int, { nullable: true, description: 'Top levels counted as satisfied, 1–4; default 2' })
  @IsOmittable()
  @IsInt(msg('validation.invalid'))
  @Min(MIN_SATISFIED_LEVELS, msg('validation.invalid'))
  @Max(MAX_SATISFIED_LEVELS, msg('validation.invalid'))
  satisfiedLevels?: number;

  @Field(() => [SurveyQuestionInput], { description: 'In order; codes unique' })
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(MAX_SURVEY_QUESTIONS, msg('validation.invalid'))
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions: SurveyQuestionInput[];

  @Field(() => ID, { nullable: true, description: "Root agency of the province; default the caller's" })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;
}

/**
 * Title, period, rule and status of a survey; its questions only while it is a DRAFT (they are replaced as a
 * whole). Each may be left out.
 */
@InputType()
export class UpdateSurveyInput extends IntersectionType(
  VersionedInput,
  PartialType(PickType(CreateSurveyInput, ['period', 'title', 'satisfiedLevels', 'questions'] as const), {
    skipNullProperties: false,
  }),
) {
  @Field(() => SurveyStatus, { nullable: true, description: 'DRAFT → OPEN → CLOSED; CLOSED → OPEN reopens' })
  @IsOmittable()
  @IsEnum(SurveyStatus, msg('validation.invalid'))
  status?: SurveyStatus;
}
