import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { AgencyKind, AgencyLevel } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { msg } from '../../common/validation/validation-messages';
import { IsCode, IsLocalDate, IsRequired, IsText } from '../../common/validation/validators';

/** What one line of a reorganisation does (docs/reorganisation.md, "The batch format"). */
export enum ReorganisationAction {
  /** A new agency from the effective date; `target` is its parent's code (none: a root, admins only). */
  CREATE = 'CREATE',
  /** New name, short name, kind or level from the effective date. */
  RENAME = 'RENAME',
  /** Under `target` from the effective date. */
  MOVE = 'MOVE',
  /** Ends; `target` is its successor; its sub-agencies move under `target`. */
  MERGE = 'MERGE',
  /** Ends, its work shared by the agencies `target` lists ("A;B"), the first its successor; move its sub-agencies first. */
  SPLIT = 'SPLIT',
  /** Ends, optionally with a successor `target`; move its sub-agencies first. */
  ABOLISH = 'ABOLISH',
}
registerEnumType(ReorganisationAction, { name: 'ReorganisationAction' });

export enum ReorganisationFileFormat {
  YAML = 'YAML',
  CSV = 'CSV',
  JSON = 'JSON',
  XLSX = 'XLSX',
}
registerEnumType(ReorganisationFileFormat, { name: 'ReorganisationFileFormat' });

@InputType()
export class ReorganisationOperationInput {
  @Field(() => ReorganisationAction)
  @IsRequired()
  @IsEnum(ReorganisationAction, msg('validation.invalid'))
  action: ReorganisationAction;

  @Field({ description: 'Code of the agency acted on (of the new one for CREATE)' })
  @IsCode()
  code: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code(s) of the other agency: see ReorganisationAction',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000, msg('validation.maxLength', () => ({ max: 2000 })))
  target?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(300)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(120)
  shortName?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind, msg('validation.invalid'))
  kind?: AgencyKind | null;

  @Field(() => AgencyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyLevel, msg('validation.invalid'))
  level?: AgencyLevel | null;
}

@InputType()
export class ReorganisationFileInput {
  @Field(() => ReorganisationFileFormat)
  @IsEnum(ReorganisationFileFormat, msg('validation.invalid'))
  format: ReorganisationFileFormat;

  @Field({ description: 'The file: UTF-8 text, or base64 for XLSX' })
  @IsString()
  @MaxLength(5_000_000, msg('validation.maxLength', () => ({ max: 5_000_000 })))
  content: string;
}

@InputType()
export class ReorganisationInput {
  @Field()
  @IsText(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'Legal basis, e.g. "Nghị quyết số 1660/NQ-UBTVQH15"' })
  @IsOptional()
  @IsText(300)
  decision?: string | null;

  @Field(() => LocalDateScalar, { description: 'First day every change holds' })
  @IsLocalDate()
  effectiveDate: string;

  @Field(() => [ReorganisationOperationInput], { nullable: true, description: 'In order; or give `file`' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ReorganisationOperationInput)
  operations?: ReorganisationOperationInput[];

  @Field(() => ReorganisationFileInput, { nullable: true, description: 'The operations as a mapping file' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReorganisationFileInput)
  file?: ReorganisationFileInput;
}
