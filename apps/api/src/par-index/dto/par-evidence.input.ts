import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ParEvidenceRecordType } from '@partrack/shared';
import { IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { IsText } from '../../common/validation/validators';

export const EVIDENCE_URL_MAX = 2000;
export const EVIDENCE_CANDIDATES_MAX = 50;

/** The item of an assessment that evidence is attached to (a leaf of the assessment's framework). */
@InputType({ isAbstract: true })
class ParEvidenceTargetInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  assessmentId: string;

  @Field(() => ID, { description: 'An item without children of the assessment’s framework' })
  @IsUUID('all', msg('validation.uuid'))
  criterionId: string;
}

@InputType()
export class AddParEvidenceLinkInput extends ParEvidenceTargetInput {
  @Field({ description: 'http:// or https://, at most 2000 characters' })
  @IsString(msg('parIndex.evidence.url'))
  @MaxLength(EVIDENCE_URL_MAX, msg('parIndex.evidence.url'))
  // Only web links: javascript:, file: or data: URLs would run or read something on the reader's machine.
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'], require_tld: false },
    msg('parIndex.evidence.url'),
  )
  url: string;

  @Field(() => String, { nullable: true, description: 'Title shown instead of the link' })
  @IsOptional()
  @IsText(500)
  label?: string | null;
}

@InputType()
export class AddParEvidenceRecordInput extends ParEvidenceTargetInput {
  @Field(() => ParEvidenceRecordType)
  @IsEnum(ParEvidenceRecordType, msg('validation.invalid'))
  recordType: ParEvidenceRecordType;

  @Field(() => ID, { description: 'A record of the assessed agency (see parEvidenceCandidates)' })
  @IsUUID('all', msg('validation.uuid'))
  recordId: string;
}

@ArgsType()
export class ParEvidenceCandidatesArgs {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  assessmentId: string;

  @Field(() => String, { nullable: true, description: 'Words of the code, title, note or period' })
  @IsOptional()
  @IsString()
  @MaxLength(200, msg('validation.maxLength', () => ({ max: 200 })))
  search?: string | null;

  @Field(() => ParEvidenceRecordType, { nullable: true })
  @IsOptional()
  @IsEnum(ParEvidenceRecordType, msg('validation.invalid'))
  recordType?: ParEvidenceRecordType | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `At most ${EVIDENCE_CANDIDATES_MAX}` })
  @IsOptional()
  @IsInt(msg('validation.pageSize', () => ({ max: EVIDENCE_CANDIDATES_MAX })))
  @Min(1, msg('validation.pageSize', () => ({ max: EVIDENCE_CANDIDATES_MAX })))
  @Max(EVIDENCE_CANDIDATES_MAX, msg('validation.pageSize', () => ({ max: EVIDENCE_CANDIDATES_MAX })))
  first?: number | null;
}
