import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { SurveyImportShape } from '@partrack/shared';
import { IsEnum, IsUUID } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { ParXlsxFileInput } from '../../par-index/dto/par-xlsx-file.input';

registerEnumType(SurveyImportShape, { name: 'SurveyImportShape' });

/** A filled results template for a survey, in one of the two shapes (formats/survey-results-xlsx.ts). */
@InputType()
export class ImportSurveyResultsInput extends ParXlsxFileInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  surveyId: string;

  @Field(() => SurveyImportShape)
  @IsEnum(SurveyImportShape, msg('validation.invalid'))
  shape: SurveyImportShape;
}
