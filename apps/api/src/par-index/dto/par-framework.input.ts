import { Field, Float, ID, InputType, Int, IntersectionType, PartialType, PickType } from '@nestjs/graphql';
import { ParTargetGroup } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedInput } from '../../common/graphql/versioned.input';
import { msg } from '../../common/validation/validation-messages';
import { IsOmittable, IsPoints, IsText } from '../../common/validation/validators';

@InputType()
export class ParBandInput {
  @Field()
  @IsText(20)
  code: string;

  @Field({ description: 'e.g. "Tốt", "Nhóm A"' })
  @IsText(100)
  label: string;

  @Field(() => Float, { description: 'Lowest index of the band, 0 to 100' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, msg('validation.invalid'))
  @Min(0, msg('validation.invalid'))
  @Max(100, msg('validation.invalid'))
  minIndex: number;
}

@InputType()
export class ParFrameworkFilter {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(msg('validation.invalid'))
  year?: number;

  @Field(() => ParTargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(ParTargetGroup, msg('validation.invalid'))
  targetGroup?: ParTargetGroup;
}

@InputType()
export class CreateParFrameworkInput {
  @Field(() => Int)
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field(() => ParTargetGroup)
  @IsEnum(ParTargetGroup, msg('validation.invalid'))
  targetGroup: ParTargetGroup;

  @Field()
  @IsText(300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(100)
  decisionNumber?: string | null;

  @Field(() => Float, { nullable: true, description: 'Default 100' })
  @IsOmittable()
  @IsPoints(1000)
  totalPoints?: number;

  @Field(() => [ParBandInput], { nullable: true, description: 'Default: A ≥ 90, B ≥ 80, C ≥ 70, D below' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ParBandInput)
  bands?: ParBandInput[];

  @Field(() => ID, { nullable: true, description: "Root agency of the province; default the caller's" })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;
}

/** Name, decision, total and bands of a DRAFT framework; each may be left out. */
@InputType()
export class UpdateParFrameworkInput extends IntersectionType(
  VersionedInput,
  PartialType(
    PickType(CreateParFrameworkInput, ['name', 'decisionNumber', 'totalPoints', 'bands'] as const),
    {
      skipNullProperties: false,
    },
  ),
) {}

@InputType()
export class CopyParFrameworkInput {
  @Field(() => ID, { description: 'The framework to copy (of any year, locked or not)' })
  @IsUUID('all', msg('validation.uuid'))
  id: string;

  @Field(() => Int, { description: 'Year of the copy' })
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field(() => String, { nullable: true, description: "Default: the original's name" })
  @IsOptional()
  @IsText(300)
  name?: string;
}

@InputType()
export class LockParFrameworkInput extends VersionedInput {}

@InputType()
export class ImportParFrameworkInput {
  @Field(() => Int, { description: 'Year of the new framework' })
  @IsInt(msg('validation.invalid'))
  @Min(2000, msg('validation.invalid'))
  @Max(2100, msg('validation.invalid'))
  year: number;

  @Field({ description: 'The filled template (.xlsx), base64-encoded' })
  @IsString()
  contentBase64: string;

  @Field({ defaultValue: true, description: 'Check only; nothing is written' })
  @IsBoolean()
  dryRun: boolean;

  @Field(() => ID, { nullable: true, description: "Root agency of the province; default the caller's" })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  provinceId?: string;
}
