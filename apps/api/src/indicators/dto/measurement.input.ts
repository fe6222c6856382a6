import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { AgencyLevel, MeasurementDecision, MeasurementStatus } from '@partrack/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate, IsRequiredIf, IsText } from '../../common/validation/validators';

const finite = { allowNaN: false, allowInfinity: false };

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  indicatorId: string;

  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  agencyId: string;

  @Field({ description: '2022-Q1, 2022-H1 or 2022, of the indicator’s frequency' })
  @IsString()
  @MaxLength(16)
  period: string;

  @Field(() => Float, { nullable: true, description: 'Omit for RATIO indicators (derived)' })
  @IsOptional()
  @IsNumber(finite, msg('validation.invalid'))
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite, msg('validation.invalid'))
  numerator?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite, msg('validation.invalid'))
  denominator?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(5000, 0)
  note?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(500, 0)
  source?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(2000, 0)
  evidence?: string | null;

  @Field(() => Int, { nullable: true, description: 'Required when the measurement exists already' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class ReviewMeasurementInput extends VersionedInput {
  @Field(() => MeasurementDecision)
  @IsEnum(MeasurementDecision, msg('validation.invalid'))
  decision: MeasurementDecision;

  @Field(() => String, { nullable: true, description: 'Required when returning' })
  @IsRequiredIf(
    (input) => input instanceof ReviewMeasurementInput && input.decision === MeasurementDecision.RETURN,
    msg('measurement.commentRequired'),
  )
  @IsText(2000, 0)
  comment?: string | null;
}

@InputType()
export class ReopenMeasurementInput extends VersionedInput {
  @Field()
  @IsText(2000)
  reason: string;
}

@InputType()
export class MeasurementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  planId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  indicatorId?: string;

  @Field(() => ID, { nullable: true, description: 'This agency and everything under it' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  period?: string;

  @Field(() => [MeasurementStatus], { nullable: true })
  @IsOptional()
  @IsEnum(MeasurementStatus, { each: true, ...msg('validation.invalid') })
  statuses?: MeasurementStatus[];
}

@ArgsType()
export class RollupArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Hierarchy date: merged agencies count for their successors from the merge date. Default: the period’s last day, or today if earlier',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Count submitted figures not yet approved' })
  @IsOptional()
  @IsBoolean()
  includeUnapproved?: boolean;
}

/** Which scoreboard: the screen's query and its Excel export take the same arguments. */
@ArgsType()
export class ScoreboardArgs extends RollupArgs {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field()
  @IsString()
  @MaxLength(16)
  period: string;

  @Field(() => AgencyLevel)
  @IsEnum(AgencyLevel, msg('validation.invalid'))
  level: AgencyLevel;

  @Field(() => ID, { nullable: true, description: 'Default: the plan owner' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  rootAgencyId?: string;
}

@InputType()
export class MeasurementTemplateInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field(() => [ID], { nullable: true, description: 'Default: every active indicator of the plan' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  indicatorIds?: string[];

  @Field()
  @IsString()
  @MaxLength(16)
  period: string;

  @Field(() => ID, { description: 'One row per agency under it (itself included) that reports' })
  @IsUUID('all', msg('validation.uuid'))
  rootAgencyId: string;

  @Field(() => AgencyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyLevel, msg('validation.invalid'))
  level?: AgencyLevel;
}

@InputType()
export class ImportMeasurementsInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field({ description: 'The filled template (.xlsx), base64-encoded' })
  @IsString()
  contentBase64: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  dryRun: boolean;
}
