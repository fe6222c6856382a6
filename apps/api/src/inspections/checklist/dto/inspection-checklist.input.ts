import { Field, ID, InputType } from '@nestjs/graphql';
import { InspectionChecklistResult } from '@partrack/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VersionedInput } from '../../../common/graphql/versioned.input';
import { msg } from '../../../common/validation/validation-messages';
import { IsOmittable, IsText } from '../../../common/validation/validators';

export const MAX_CHECKLIST_ITEMS = 200;
export const MAX_CHECKLIST_EVIDENCE = 10;
export const CHECKLIST_TITLE_MAX = 1000;
export const CHECKLIST_NOTE_MAX = 2000;
export const CHECKLIST_URL_MAX = 2000;

/** Either a PAR framework of the inspection's province (its areas and criteria) or the lines written here. */
@InputType()
export class BuildInspectionChecklistInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  inspectionId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "A PAR framework of the province: one item per area and per criterion, in the framework's order",
  })
  @IsOptional()
  @IsUUID('all', msg('validation.uuid'))
  fromFrameworkId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Titles of written items, at most ${MAX_CHECKLIST_ITEMS}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS, msg('validation.invalid'))
  @IsString({ each: true, ...msg('validation.required') })
  @MinLength(1, { each: true, ...msg('validation.required') })
  @MaxLength(CHECKLIST_TITLE_MAX, {
    each: true,
    ...msg('validation.maxLength', () => ({ max: CHECKLIST_TITLE_MAX })),
  })
  items?: string[] | null;
}

@InputType()
export class InspectionChecklistEvidenceInput {
  @Field({ description: 'http:// or https://, at most 2000 characters' })
  @IsString(msg('inspection.checklist.url'))
  @MaxLength(CHECKLIST_URL_MAX, msg('inspection.checklist.url'))
  // Only web links: javascript:, file: or data: URLs would run or read something on the reader's machine.
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'], require_tld: false },
    msg('inspection.checklist.url'),
  )
  url: string;

  @Field(() => String, { nullable: true, description: 'What it shows, at most 500 characters' })
  @IsOptional()
  @IsText(500)
  label?: string | null;
}

/** What the team found for one item. An omitted field stays as it is; null clears it. */
@InputType()
export class UpdateInspectionChecklistItemInput extends VersionedInput {
  @Field(() => InspectionChecklistResult, { nullable: true })
  @IsOptional()
  @IsEnum(InspectionChecklistResult, msg('validation.invalid'))
  result?: InspectionChecklistResult | null;

  @Field(() => String, { nullable: true, description: `At most ${CHECKLIST_NOTE_MAX} characters` })
  @IsOptional()
  @IsText(CHECKLIST_NOTE_MAX)
  note?: string | null;

  @Field(() => [InspectionChecklistEvidenceInput], {
    nullable: true,
    description: `Replaces the item's evidence; at most ${MAX_CHECKLIST_EVIDENCE} links`,
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_CHECKLIST_EVIDENCE, msg('validation.invalid'))
  @ValidateNested({ each: true })
  @Type(() => InspectionChecklistEvidenceInput)
  evidence?: InspectionChecklistEvidenceInput[];
}
