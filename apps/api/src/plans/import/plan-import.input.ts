import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsText } from '../../common/validation/validators';

export enum PlanDocumentFormat {
  TEXT = 'TEXT',
  DOCX = 'DOCX',
  XLSX = 'XLSX',
}
registerEnumType(PlanDocumentFormat, {
  name: 'PlanDocumentFormat',
  description: 'TEXT: the plan as plain text (copied from the PDF or Word file)',
});

@InputType()
export class NewPlanInput {
  @Field()
  @IsCode()
  code: string;

  @Field({ nullable: true, description: 'Default: the document title' })
  @IsOptional()
  @IsText(500)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'Default: the year in the document title' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  ownerAgencyId: string;
}

@InputType({ description: 'Maps a piece of text the resolver could not place to an agency or a group' })
export class AgencyOverrideInput {
  @Field()
  @IsString()
  @MaxLength(500)
  text: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  groupId?: string;
}

@InputType()
export class ImportPlanDocumentInput {
  @Field({ description: 'The text, or the file base64-encoded for DOCX and XLSX' })
  @IsString()
  content: string;

  @Field(() => PlanDocumentFormat, { defaultValue: PlanDocumentFormat.TEXT })
  @IsEnum(PlanDocumentFormat)
  format: PlanDocumentFormat;

  @Field(() => ID, {
    nullable: true,
    description: 'Import into this plan (re-import updates items by code)…',
  })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  planId?: string;

  @Field(() => NewPlanInput, { nullable: true, description: '…or create a new plan' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewPlanInput)
  newPlan?: NewPlanInput;

  @Field(() => [AgencyOverrideInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AgencyOverrideInput)
  agencyOverrides?: AgencyOverrideInput[];

  @Field({ defaultValue: true, description: 'Default true: report only, write nothing' })
  @IsBoolean()
  dryRun: boolean;
}
