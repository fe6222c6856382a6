import { Field, ID, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { InspectionFindingSeverity } from '@partrack/shared';
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
import { IsLocalDate, IsOmittable, IsText } from '../../common/validation/validators';

export const MAX_INSPECTION_CHANGES = 300;
export const MAX_INSPECTION_TEAM = 20;
export const MAX_FINDINGS = 50;

@InputType()
export class InspectionCoverageInput {
  @Field(() => Int, { nullable: true, description: 'Whole percent of the departments; default 30' })
  @IsOmittable()
  @IsInt(msg('validation.invalid'))
  @Min(0, msg('validation.invalid'))
  @Max(100, msg('validation.invalid'))
  coverageProvince?: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent of the districts; default 30' })
  @IsOmittable()
  @IsInt(msg('validation.invalid'))
  @Min(0, msg('validation.invalid'))
  @Max(100, msg('validation.invalid'))
  coverageDistrict?: number;

  @Field(() => Int, { nullable: true, description: 'Whole percent of the communes; default 30' })
  @IsOmittable()
  @IsInt(msg('validation.invalid'))
  @Min(0, msg('validation.invalid'))
  @Max(100, msg('validation.invalid'))
  coverageCommune?: number;
}

@InputType()
export class ProposeInspectionsInput extends InspectionCoverageInput {
  @Field(() => Int)
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field(() => ID, { nullable: true, description: "Root agency of the province; default the caller's" })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;
}

/** Agencies added and inspections removed in one versioned step; coverage targets may change with them. */
@InputType()
export class AdjustInspectionPlanInput extends IntersectionType(VersionedInput, InspectionCoverageInput) {
  @Field(() => [ID], { nullable: true, description: 'Agencies of the province to add (not yet in the plan)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INSPECTION_CHANGES, msg('validation.invalid'))
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  addAgencyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Inspections of the plan to drop (still PLANNED)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INSPECTION_CHANGES, msg('validation.invalid'))
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  removeInspectionIds?: string[];
}

@InputType()
export class ScheduleInspectionInput extends VersionedInput {
  @Field(() => Int, { nullable: true, description: 'Month of the visit, 1–12' })
  @IsOmittable()
  @IsInt(msg('validation.invalid'))
  @Min(1, msg('validation.invalid'))
  @Max(12, msg('validation.invalid'))
  month?: number;

  @Field(() => [ID], { nullable: true, description: 'Active users of the province, the leader first' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_INSPECTION_TEAM, msg('validation.invalid'))
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  teamUserIds?: string[];
}

@InputType()
export class InspectionFindingInput {
  @Field()
  @IsText(2000)
  text: string;

  @Field(() => InspectionFindingSeverity)
  @IsEnum(InspectionFindingSeverity, msg('validation.invalid'))
  severity: InspectionFindingSeverity;

  @Field(() => LocalDateScalar, { description: 'By when the agency remedies it: its task’s due date' })
  @IsLocalDate()
  deadline: string;
}

@InputType()
export class RecordInspectionFindingsInput extends VersionedInput {
  @Field(() => ID, { description: 'The plan of the year that receives the corrective tasks' })
  @IsUUID('all', msg('validation.uuid'))
  taskPlanId: string;

  @Field(() => [InspectionFindingInput], { description: 'Each one becomes a task of the inspected agency' })
  @IsArray()
  @ArrayMaxSize(MAX_FINDINGS, msg('validation.invalid'))
  @ValidateNested({ each: true })
  @Type(() => InspectionFindingInput)
  findings: InspectionFindingInput[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default today' })
  @IsOptional()
  @IsLocalDate()
  conductedOn?: string | null;
}

@InputType()
export class ReinspectionResultInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  findingId: string;

  @Field({ description: 'true: remedied, the finding closes; false: it stays open' })
  @IsBoolean(msg('validation.invalid'))
  closed: boolean;

  @Field(() => String, { nullable: true, description: 'What the team saw' })
  @IsOptional()
  @IsText(2000)
  note?: string | null;
}

@InputType()
export class ReinspectInput extends VersionedInput {
  @Field(() => [ReinspectionResultInput])
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(MAX_FINDINGS, msg('validation.invalid'))
  @ValidateNested({ each: true })
  @Type(() => ReinspectionResultInput)
  results: ReinspectionResultInput[];
}

@InputType()
export class InspectionPlanFilter {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(msg('validation.invalid'))
  year?: number;
}

/** The plan's coverage as the year's figure of the indicator drafted from result 1.14. */
@InputType()
export class RecordInspectionCoverageInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field(() => ID, {
    description: "An ACTIVE yearly indicator of the province's plan of the year, reported at province level",
  })
  @IsUUID('all', msg('validation.uuid'))
  indicatorId: string;
}
