import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';

/** A filled survey points template (par-survey-xlsx.ts) for a cycle. */
@InputType()
export class ImportParSurveyPointsInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  cycleId: string;

  @Field({ description: 'The filled template (.xlsx), base64-encoded' })
  @IsString()
  fileBase64: string;

  @Field({ defaultValue: true, description: 'Check only; nothing is written' })
  @IsBoolean()
  dryRun: boolean;
}
