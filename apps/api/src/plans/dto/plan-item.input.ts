import { Field, ID, InputType, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { PlanItemKind, ProductType } from '@partrack/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsLocalDate, IsText } from '../../common/validation/validators';

@InputType()
export class AssignmentsInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  leadAgencyIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  leadGroupIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  coordinatorAgencyIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  coordinatorGroupIds?: string[];
}

@InputType()
export class CreatePlanItemInput extends AssignmentsInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  planId: string;

  @Field(() => PlanItemKind)
  @IsEnum(PlanItemKind, msg('validation.invalid'))
  kind: PlanItemKind;

  @Field()
  @IsString()
  @MaxLength(32, msg('validation.maxLength', () => ({ max: 32 })))
  code: string;

  @Field()
  @IsText(20000)
  title: string;

  @Field(() => String, { nullable: true, description: 'I … VII' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  areaCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  parentId?: string | null;

  @Field(() => ProductType, { nullable: true })
  @IsOptional()
  @IsEnum(ProductType, msg('validation.invalid'))
  productType?: ProductType | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(2000)
  productText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(120)
  dueLabel?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: parsed from dueLabel' })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(2000)
  fundingText?: string | null;
}

/** Everything but the plan, kind and code, each optional. Any assignment list replaces all the assignments. */
@InputType()
export class UpdatePlanItemInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(CreatePlanItemInput, ['planId', 'kind', 'code'] as const), {
    skipNullProperties: false,
  }),
) {}

@InputType()
export class EvidenceInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(120)
  number?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  date?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, msg('validation.invalid'))
  @MaxLength(2000)
  link?: string | null;
}
