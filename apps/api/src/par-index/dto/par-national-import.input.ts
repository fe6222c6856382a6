import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { ParXlsxFileInput } from './par-xlsx-file.input';

/** A filled Ministry's points template (par-national-xlsx.ts) for the province's national assessment. */
@InputType()
export class ImportParNationalPointsInput extends ParXlsxFileInput {
  @Field(() => ID, { description: "The province's national assessment, SUBMITTED" })
  @IsUUID('all', msg('validation.uuid'))
  assessmentId: string;

  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @IsInt()
  version: number;
}
