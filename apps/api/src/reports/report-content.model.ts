import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorStatus, IndicatorUnit, PlanItemStatus } from '@partrack/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '../common/graphql/scalars';

const TEXT_MAX = 50_000;

/** Section II's text for one reform area. */
@ObjectType('AreaNarrative')
@InputType('AreaNarrativeInput')
export class AreaNarrative {
  @Field()
  @IsString()
  @MaxLength(8)
  areaCode: string;

  @Field()
  @IsString()
  @MaxLength(TEXT_MAX)
  text: string;
}

/**
 * The narrative of the standard outline: I. direction and management; II. results by reform area;
 * III. overall assessment; IV. tasks for the next period; V. proposals. Plain text where a line starting with
 * "- " is a bullet and **text** is bold (what the DOCX export understands).
 */
@ObjectType('ReportNarrative')
@InputType('ReportNarrativeInput')
export class ReportNarrative {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  direction?: string | null;

  @Field(() => [AreaNarrative], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AreaNarrative)
  areas?: AreaNarrative[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  assessment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  nextTasks?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  proposals?: string | null;
}

@ObjectType()
export class ReportTaskLine {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => PlanItemStatus)
  status: PlanItemStatus;

  @Field(() => Int)
  progress: number;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  completedOn: string | null;

  @Field()
  overdue: boolean;
}

@ObjectType()
export class ReportAreaData {
  @Field(() => String, { nullable: true })
  areaCode: string | null;

  @Field()
  areaName: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  doneLate: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  notStarted: number;

  @Field(() => Int, { description: 'Open past their due date on the data cut-off day' })
  overdue: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => [ReportTaskLine])
  tasks: ReportTaskLine[];
}

@ObjectType()
export class ReportIndicatorLine {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field()
  period: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true })
  numerator: number | null;

  @Field(() => Float, { nullable: true })
  denominator: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => IndicatorStatus)
  status: IndicatorStatus;

  @Field(() => Int, { description: 'Agencies whose figures are in the value' })
  reportedCount: number;
}

@ObjectType()
export class ReportContribution {
  @Field(() => ID)
  itemId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => [String], { description: 'What the agency posted as a coordinating agency, in the window' })
  notes: string[];
}

/** The data sections of a report: drafted from live data until submission, then frozen. */
@ObjectType()
export class ReportData {
  @Field({ description: 'ISO timestamp of the computation' })
  generatedAt: string;

  @Field()
  period: string;

  @Field(() => LocalDateScalar, { description: 'Day the overdue flags and the hierarchy refer to' })
  asOf: string;

  @Field(() => [ReportAreaData])
  areas: ReportAreaData[];

  @Field(() => [ReportIndicatorLine])
  indicators: ReportIndicatorLine[];

  @Field(() => [ReportContribution])
  contributions: ReportContribution[];
}
