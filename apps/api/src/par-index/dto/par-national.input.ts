import { Field, ID, InputType, IntersectionType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate } from '../../common/validation/validators';
import { ParAppraisalScoreInput, ParReappraisalInput } from './par-appraisal.input';

@InputType()
export class ParResponsibilityInput {
  @Field(() => ID, { description: 'An item of the framework; it covers the items below it' })
  @IsUUID('all', msg('validation.uuid'))
  criterionId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The agency answering for it; null removes the assignment',
  })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string | null;
}

/** Who answers for which items of the province's own national self-assessment (3.34). */
@InputType()
export class AssignParResponsibilitiesInput extends VersionedInput {
  @Field(() => [ParResponsibilityInput])
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParResponsibilityInput)
  assignments: ParResponsibilityInput[];
}

/** The Ministry's points for one item (required, unlike the council's), with its remark if any. */
@InputType()
export class ParNationalScoreInput extends IntersectionType(
  PickType(ParReappraisalInput, ['criterionId', 'points'] as const),
  PickType(ParAppraisalScoreInput, ['reason'] as const),
) {}

/** The Ministry of Home Affairs' appraised points of the province, item by item, as published. */
@InputType()
export class RecordParNationalAppraisalInput extends VersionedInput {
  @Field(() => [ParNationalScoreInput], { description: 'Every scored item of the framework' })
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParNationalScoreInput)
  scores: ParNationalScoreInput[];
}

/** Next year's plan gets a task for every item that lost points (3.40). */
@InputType()
export class CreateParImprovementTasksInput {
  @Field(() => ID, { description: 'A finalised assessment' })
  @IsUUID('all', msg('validation.uuid'))
  assessmentId: string;

  @Field(() => ID, { description: 'A plan of the following year, in the same province' })
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Deadline of the tasks; none by default' })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string | null;
}
