import { Field, ID, InputType, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { AgencyKind, AgencyLevel } from '@partrack/shared';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsLocalDate, IsRequired, IsText } from '../../common/validation/validators';

@InputType()
export class AgencyFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches code, name, short name and aliases; ignores case and diacritics',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, msg('validation.maxLength', () => ({ max: 200 })))
  search?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;

  @Field(() => AgencyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyLevel)
  level?: AgencyLevel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  parentId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Hierarchy as it was on this date (default: today)',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

@InputType()
export class CreateAgencyInput {
  @Field()
  @IsCode()
  code: string;

  @Field()
  @IsText(300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(120)
  shortName?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true, ...msg('validation.maxLength', () => ({ max: 200 })) })
  aliases?: string[];

  @Field(() => AgencyKind)
  @IsRequired()
  @IsEnum(AgencyKind, msg('validation.invalid'))
  kind: AgencyKind;

  @Field(() => AgencyLevel)
  @IsRequired()
  @IsEnum(AgencyLevel, msg('validation.invalid'))
  level: AgencyLevel;

  @Field(() => ID, { nullable: true, description: 'Null creates a root (a province); admins only' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  parentId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today' })
  @IsOptional()
  @IsLocalDate()
  validFrom?: string;
}

/** When a dated change takes effect (docs/reorganisation.md). */
@InputType()
export class EffectiveDateInput {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day the change holds (default: today); earlier days keep the previous facts',
  })
  @IsOptional()
  @IsLocalDate()
  effectiveDate?: string;
}

/**
 * The create fields, each optional: left out keeps the value, null clears only what create leaves optional.
 * Name, short name, kind and level are dated: they change from `effectiveDate` on, unless `correction` fixes a
 * mistake in the facts of today's version (whatever period it covers). Code and aliases are not dated. The
 * parent (moveAgency) and the start date (deactivate/merge) change through their own mutations.
 */
@InputType()
export class UpdateAgencyInput extends IntersectionType(
  IntersectionType(VersionedInput, EffectiveDateInput),
  PartialType(OmitType(CreateAgencyInput, ['parentId', 'validFrom'] as const), { skipNullProperties: false }),
) {
  @Field({
    nullable: true,
    defaultValue: false,
    description: "Fix today's version in place (a misspelt name) instead of a change from effectiveDate",
  })
  @IsOptional()
  @IsBoolean()
  correction?: boolean;
}

@InputType()
export class MoveAgencyInput extends EffectiveDateInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null makes the agency a root; admins only' })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  newParentId?: string | null;
}

@InputType()
export class DeactivateAgencyInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  id: string;

  @Field(() => LocalDateScalar, { description: 'First day the agency no longer exists' })
  @IsLocalDate()
  date: string;
}

@InputType()
export class MergeAgenciesInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty(msg('validation.notEmptyList'))
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...msg('validation.uuid') })
  sourceIds: string[];

  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  targetId: string;

  @Field(() => LocalDateScalar, { description: 'First day the sources are part of the target' })
  @IsLocalDate()
  effectiveDate: string;
}
