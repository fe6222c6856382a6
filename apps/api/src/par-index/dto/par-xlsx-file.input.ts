import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString } from 'class-validator';

/** What every PAR Index workbook import sends: the filled template, and whether to check only. */
@InputType({ isAbstract: true })
export class ParXlsxFileInput {
  @Field({ description: 'The filled template (.xlsx), base64-encoded' })
  @IsString()
  fileBase64: string;

  @Field({ defaultValue: true, description: 'Check only; nothing is written' })
  @IsBoolean()
  dryRun: boolean;
}
