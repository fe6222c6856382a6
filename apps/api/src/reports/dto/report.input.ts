import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { AgencyLevel, ReportDecision, ReportRoundKind, ReportStatus } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
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
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate, IsRequiredIf, IsText } from '../../common/validation/validators';
import { ReportNarrative } from '../report-content.model';

registerEnumType(ReportDecision, { name: 'ReportDecision' });

/** Periodic rounds take their title, period and dates from the calendar; an ad hoc round must give them. */
const adHoc = (input: object) =>
  input instanceof OpenReportingRoundInput && input.kind === ReportRoundKind.AD_HOC;

@InputType()
export class OpenReportingRoundInput {
  @Field(() => ReportRoundKind)
  @IsEnum(ReportRoundKind, msg('validation.invalid'))
  kind: ReportRoundKind;

  @Field(() => Int)
  @IsInt()
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field(() => ID, { nullable: true, description: "Default: the caller's province" })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;

  @Field(() => [AgencyLevel], { nullable: true, description: 'Default: PROVINCE, DISTRICT, COMMUNE' })
  @IsOptional()
  @ArrayMinSize(1, msg('validation.required'))
  @IsEnum(AgencyLevel, { each: true, ...msg('validation.invalid') })
  levels?: AgencyLevel[];

  @Field(() => String, { nullable: true, description: 'Ad hoc rounds: title' })
  @IsRequiredIf(adHoc)
  @IsText(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Ad hoc rounds: period reported, e.g. 2022-H1' })
  @IsRequiredIf(adHoc)
  @IsString()
  @MaxLength(7)
  period?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ad hoc rounds: data window start' })
  @IsRequiredIf(adHoc)
  @IsLocalDate()
  dataFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ad hoc rounds: data window end' })
  @IsRequiredIf(adHoc)
  @IsLocalDate()
  dataTo?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Ad hoc rounds: due date for every level' })
  @IsRequiredIf(adHoc)
  @IsLocalDate()
  dueDate?: string;
}

@InputType()
export class UpdateAgencyReportInput extends VersionedInput {
  @Field(() => ReportNarrative, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportNarrative)
  narrative?: ReportNarrative;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(64, 0)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200, 0)
  signerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200, 0)
  signerTitle?: string | null;
}

@InputType()
export class ReviewAgencyReportInput extends VersionedInput {
  @Field(() => ReportDecision)
  @IsEnum(ReportDecision, msg('validation.invalid'))
  decision: ReportDecision;

  @Field(() => String, { nullable: true, description: 'Required when returning' })
  @IsRequiredIf(
    (input) => input instanceof ReviewAgencyReportInput && input.decision === ReportDecision.RETURN,
    msg('report.commentRequired'),
  )
  @IsText(5000, 0)
  comment?: string | null;
}

@InputType()
export class AgencyReportFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  roundId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string;

  @Field(() => [ReportStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus, { each: true, ...msg('validation.invalid') })
  statuses?: ReportStatus[];
}

@InputType()
export class UpdateConsolidatedReportInput extends UpdateAgencyReportInput {}
