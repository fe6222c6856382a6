import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanItemKind, ProductType } from '@partrack/shared';
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
import { AgencyGroup } from '../../agencies/agency-group.entity';
import { Agency } from '../../agencies/agency.entity';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsText } from '../../common/validation/validators';
import { ImportedIndicatorDraft } from '../../indicators/indicator-drafts.writer';
import { Plan } from '../plan.entity';

export enum PlanDocumentFormat {
  TEXT = 'TEXT',
  DOCX = 'DOCX',
  XLSX = 'XLSX',
}
export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(PlanDocumentFormat, {
  name: 'PlanDocumentFormat',
  description: 'TEXT: the plan as plain text (copied from the PDF or Word file)',
});
registerEnumType(ImportAction, { name: 'ImportAction' });

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

@ObjectType()
export class ResolvedAgencyName {
  @Field()
  text: string;

  @Field(() => Agency, { nullable: true })
  agency: Agency | null;

  @Field(() => AgencyGroup, { nullable: true })
  group: AgencyGroup | null;

  @Field(() => Float)
  confidence: number;
}

@ObjectType()
export class ImportedPlanItem {
  @Field(() => Int)
  line: number;

  @Field(() => PlanItemKind)
  kind: PlanItemKind;

  @Field()
  code: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  areaCode: string | null;

  @Field(() => String, { nullable: true })
  productText: string | null;

  @Field(() => ProductType, { nullable: true })
  productType: ProductType | null;

  @Field(() => String, { nullable: true })
  leadText: string | null;

  @Field(() => String, { nullable: true })
  coordinatorText: string | null;

  @Field(() => [ResolvedAgencyName], { complexity: 1 })
  leads: ResolvedAgencyName[];

  @Field(() => [ResolvedAgencyName], { complexity: 1 })
  coordinators: ResolvedAgencyName[];

  @Field(() => String, { nullable: true })
  dueLabel: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true })
  fundingText: string | null;

  @Field(() => ImportAction)
  action: ImportAction;
}

@ObjectType()
export class PlanImportProblem {
  @Field(() => Int)
  line: number;

  @Field({ description: 'ERROR blocks the import; WARNING does not' })
  severity: string;

  @Field({ description: 'EMPTY_LEAD, AGENCY_UNRESOLVED, AGENCY_FUZZY, NUMBERING_GAP, …' })
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  itemCode: string | null;

  @Field(() => String, { nullable: true, description: 'The text concerned, e.g. an unresolved agency name' })
  text: string | null;
}

@ObjectType()
export class PlanDocumentSummary {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true })
  decisionNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true })
  issuerText: string | null;

  @Field(() => Int)
  results: number;

  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  projects: number;
}

@ObjectType()
export class PlanImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when written (not a dry run and no ERROR problems)' })
  applied: boolean;

  @Field(() => Plan, { nullable: true })
  plan: Plan | null;

  @Field(() => PlanDocumentSummary)
  document: PlanDocumentSummary;

  @Field(() => [ImportedPlanItem], { complexity: 5, description: 'Computed in memory: priced as one object' })
  items: ImportedPlanItem[];

  @Field(() => [PlanImportProblem], { complexity: 1 })
  problems: PlanImportProblem[];

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [ImportedIndicatorDraft], {
    complexity: 1,
    description: 'Indicator drafts read from Part I; stored as DRAFT indicators on commit when new',
  })
  indicatorDrafts: ImportedIndicatorDraft[];
}

@ObjectType()
export class ExportedFile {
  @Field()
  filename: string;

  @Field()
  mimeType: string;

  @Field({ description: 'The file, base64-encoded' })
  contentBase64: string;
}
