import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PlanItemKind, PlanItemStatus } from '@partrack/shared';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate, IsRequiredIf } from '../../common/validation/validators';
import { EvidenceInput } from './plan-item.input';

export enum TaskOrderField {
  DOCUMENT = 'DOCUMENT',
  DUE_DATE = 'DUE_DATE',
  PROGRESS = 'PROGRESS',
  UPDATED_AT = 'UPDATED_AT',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
export enum TaskStatsGroupBy {
  AREA = 'AREA',
  LEAD_AGENCY = 'LEAD_AGENCY',
  STATUS = 'STATUS',
  DUE_QUARTER = 'DUE_QUARTER',
}
registerEnumType(TaskOrderField, { name: 'TaskOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(TaskStatsGroupBy, { name: 'TaskStatsGroupBy' });

@InputType()
export class TaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  planId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  areaCode?: string;

  @Field(() => [PlanItemKind], { nullable: true, description: 'Default: TASK and PROJECT' })
  @IsOptional()
  @IsEnum(PlanItemKind, { each: true })
  kinds?: PlanItemKind[];

  @Field(() => ID, { nullable: true, description: 'Led by this agency, directly or through a group' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  leadAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Coordinated by this agency, directly or through a group' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  coordinatingAgencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Led or coordinated by an agency in this subtree' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencySubtree?: string;

  @Field(() => [PlanItemStatus], { nullable: true })
  @IsOptional()
  @IsEnum(PlanItemStatus, { each: true })
  statuses?: PlanItemStatus[];

  @Field({ nullable: true, description: 'Past due and not done or cancelled (today in Vietnam)' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueTo?: string;

  @Field({ nullable: true, description: 'Code, title or product; ignores case and diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class TaskOrder {
  @Field(() => TaskOrderField, { defaultValue: TaskOrderField.DOCUMENT })
  @IsOptional()
  @IsEnum(TaskOrderField)
  field: TaskOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsOptional()
  @IsEnum(SortDirection)
  direction: SortDirection;
}

/** Progress, status and completion date are the lead agency's changes: they need the task version read. */
const changesTask = (input: object) =>
  input instanceof PostTaskUpdateInput &&
  (input.progress !== undefined || input.status !== undefined || input.completedOn !== undefined);

/** An update that changes nothing and brings no evidence must at least say something. */
const onlyTalks = (input: object) =>
  input instanceof PostTaskUpdateInput && !changesTask(input) && !input.evidence;

@InputType()
export class PostTaskUpdateInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  itemId: string;

  @Field(() => ID, { nullable: true, description: 'Agency the update speaks for; default: your own' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The task version you saw; required to change progress or status',
  })
  @IsRequiredIf(changesTask)
  @IsInt()
  version?: number;

  @Field(() => Int, { nullable: true, description: '0–100; lead agency only' })
  @IsOptional()
  @IsInt()
  @Min(0, msg('validation.invalid'))
  @Max(100, msg('validation.invalid'))
  progress?: number;

  @Field(() => PlanItemStatus, { nullable: true, description: 'Lead agency only' })
  @IsOptional()
  @IsEnum(PlanItemStatus, msg('validation.invalid'))
  status?: PlanItemStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When status becomes DONE; default today' })
  @IsOptional()
  @IsLocalDate()
  completedOn?: string;

  @Field(() => String, { nullable: true })
  @IsRequiredIf(onlyTalks)
  @IsString()
  @MaxLength(10000, msg('validation.maxLength', () => ({ max: 10000 })))
  note?: string;

  @Field(() => EvidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput;
}
