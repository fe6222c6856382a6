import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate, IsPoints, IsText } from '../../common/validation/validators';
import { ParCycleDeadlinesInput } from './par-appraisal.input';

@InputType()
export class OpenParCycleInput extends ParCycleDeadlinesInput {
  @Field(() => Int)
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field({ description: 'e.g. "Chỉ số CCHC năm 2022"' })
  @IsText(300)
  name: string;

  @Field(() => [ID], { description: 'One framework of the year per target group; DRAFTs are locked' })
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(4)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  frameworkIds: string[];

  @Field(() => LocalDateScalar, { description: 'Last day agencies may score themselves' })
  @IsLocalDate()
  selfAssessmentDue: string;

  @Field(() => [ID], { nullable: true, description: 'Users of the appraisal council; may be set later' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  councilUserIds?: string[];

  @Field({
    defaultValue: true,
    description: 'Whether the satisfaction surveys are held (may be changed later)',
  })
  @IsOptional()
  @IsBoolean()
  surveyHeld?: boolean;

  @Field(() => ID, { nullable: true, description: "Root agency of the province; default the caller's" })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;
}

@InputType()
export class ParSelfScoreInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  criterionId: string;

  @Field(() => Float, { nullable: true, description: 'null clears the score' })
  @IsOptional()
  @IsPoints()
  points?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, msg('validation.maxLength', () => ({ max: 4000 })))
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why an item that requires evidence has none (replaced with the score, like the note)',
  })
  @IsOptional()
  @IsText(4000, 0)
  noEvidenceReason?: string | null;
}

/** Scores of some items of an assessment (the others keep theirs), against the version the client read. */
@InputType()
export class SaveParSelfScoresInput extends VersionedInput {
  @Field(() => [ParSelfScoreInput])
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParSelfScoreInput)
  scores: ParSelfScoreInput[];
}

@InputType()
export class SubmitParSelfAssessmentInput extends VersionedInput {}
