import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ParDeadlinePhase } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate, IsPoints, IsText } from '../../common/validation/validators';

const TEXT_MAX = 4000;

/** The council's points for one item; a reason is checked by the service when they differ from the self-score. */
@InputType()
export class ParAppraisalScoreInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  criterionId: string;

  @Field(() => Float, { nullable: true, description: 'null clears the appraisal of the item' })
  @IsOptional()
  @IsPoints()
  points?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(TEXT_MAX, 0)
  reason?: string | null;
}

@InputType()
export class SaveParAppraisalInput extends VersionedInput {
  @Field(() => [ParAppraisalScoreInput])
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParAppraisalScoreInput)
  scores: ParAppraisalScoreInput[];
}

@InputType()
export class SendParAppraisalInput extends VersionedInput {
  @Field({ defaultValue: false, description: 'Items not yet appraised take their self-score' })
  @IsBoolean()
  acceptSelfScores: boolean;
}

@InputType()
export class ParExplanationInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  criterionId: string;

  @Field()
  @IsText(TEXT_MAX)
  text: string;
}

/** The agency's explanations (giải trình), at most one per item whose appraisal differs; sent once. */
@InputType()
export class SubmitParExplanationsInput extends VersionedInput {
  @Field(() => [ParExplanationInput], { description: 'Empty: the agency accepts the appraisal' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParExplanationInput)
  explanations: ParExplanationInput[];
}

/** The council's answer to one explanation: the points it settles on and why. */
@InputType()
export class ParReappraisalInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  criterionId: string;

  @Field(() => Float)
  @IsPoints()
  points: number;

  @Field()
  @IsText(TEXT_MAX)
  answer: string;
}

@InputType()
export class SaveParReappraisalInput extends VersionedInput {
  @Field(() => [ParReappraisalInput])
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParReappraisalInput)
  answers: ParReappraisalInput[];
}

@InputType()
export class FinaliseParAssessmentInput extends VersionedInput {}

@InputType()
export class ReopenParAssessmentInput extends VersionedInput {
  @Field({ description: 'Why (recorded in the audit log)' })
  @IsText(1000)
  reason: string;
}

@InputType()
export class ExtendParDeadlineInput extends VersionedInput {
  @Field(() => ParDeadlinePhase)
  @IsEnum(ParDeadlinePhase, msg('validation.invalid'))
  phase: ParDeadlinePhase;

  @Field(() => LocalDateScalar, { description: 'The new last day (inclusive)' })
  @IsLocalDate()
  until: string;

  @Field({ description: 'Why (recorded in the audit log)' })
  @IsText(1000)
  reason: string;
}

@InputType()
export class SetParCouncilInput extends VersionedInput {
  @Field(() => [ID], { description: 'The members; the first leads it' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  userIds: string[];
}

@InputType()
export class SetParSurveyHeldInput extends VersionedInput {
  @Field({ description: 'false: the SURVEY items leave the maximum and the rest is scaled to 100' })
  @IsBoolean()
  surveyHeld: boolean;
}

@InputType()
export class PublishParCycleInput extends VersionedInput {}

/** Deadlines of a cycle after the self-assessment; omitted ones default to a month after the one before. */
@InputType({ isAbstract: true })
export class ParCycleDeadlinesInput {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "The council's target for its first appraisals (default: 30 days after the self-assessment)",
  })
  @IsOptional()
  @IsLocalDate()
  appraisalDue?: string;

  @Field(() => Int, { defaultValue: 5, description: 'Days to explain, from the appraisal being sent' })
  @IsOptional()
  @IsInt(msg('validation.invalid'))
  @Min(1, msg('validation.invalid'))
  @Max(60, msg('validation.invalid'))
  explanationDays?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: 30 days after the appraisal' })
  @IsOptional()
  @IsLocalDate()
  publicationDue?: string;
}
